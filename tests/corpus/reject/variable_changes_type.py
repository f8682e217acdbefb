# expect: PA2001
count = 0
count = "zero"
print(count)
