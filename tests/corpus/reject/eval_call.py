# expect: PA3001
expression = "1 + 2"
print(eval(expression))
