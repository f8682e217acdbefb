# expect: PA2002
row = [1, "two", 3.0]
print(row)
