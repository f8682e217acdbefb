# expect: PA3008
def total(*values):
    return sum(values)


print(total(1, 2, 3))
