# expect: PA3002
counter = 1
print(globals()["counter"])
