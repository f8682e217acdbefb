def parse_number(text: str) -> int:
    try:
        return int(text)
    except ValueError:
        return -1


def divide(a: int, b: int) -> float:
    try:
        result = a / b
    except ZeroDivisionError:
        print("division by zero")
        result = 0.0
    else:
        print("divided", a, b)
    finally:
        print("done", a, b)
    return result


print([parse_number(t) for t in ["12", "x", "-7"]])
print(divide(7, 2))
print(divide(1, 0))
try:
    raise KeyError("missing")
except KeyError as error:
    print("caught", error)
