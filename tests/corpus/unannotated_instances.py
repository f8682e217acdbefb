def square(x):
    return x * x


def clamp(value, lo, hi):
    if value < lo:
        return lo
    if value > hi:
        return hi
    return value


print(square(7), square(1.5))
print(clamp(15, 0, 10), clamp(-2.5, 0.0, 1.0))
print([square(n) for n in range(5)])
