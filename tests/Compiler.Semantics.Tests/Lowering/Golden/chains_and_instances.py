def square(x):
    return x * x


def between(lo: int, x: int, hi: int) -> bool:
    return lo <= x < hi


print(square(3), square(2.5), between(1, 2, 3))
