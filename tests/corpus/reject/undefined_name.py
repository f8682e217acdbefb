# expect: PA2014
def greet() -> str:
    return "hello " + username


print(greet())
