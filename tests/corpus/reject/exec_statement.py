# expect: PA3001
exec("x = 1")
print("done")
