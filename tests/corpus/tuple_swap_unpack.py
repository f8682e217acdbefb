def min_max(values: list[int]) -> tuple[int, int]:
    lo, hi = values[0], values[0]
    for v in values[1:]:
        if v < lo:
            lo = v
        elif v > hi:
            hi = v
    return lo, hi


a, b = 1, 2
a, b = b, a
print(a, b)
x, y, z = "xyz"
print(x, y, z)
first, *rest = [10, 20, 30, 40]
*init, last = [10, 20, 30, 40]
head, *middle, tail = [1, 2, 3, 4, 5]
print(first, rest, init, last, head, middle, tail)
lo, hi = min_max([5, -3, 8, 0])
print(lo, hi)
(p, q), r = (1, 2), 3
print(p, q, r)
points = [(1, 2), (3, 4), (5, 6)]
for px, py in points:
    print(px * py, end=" ")
print()
i, j = 0, 10
while i < j:
    i, j = i + 2, j - 1
print(i, j)
fib = (0, 1)
for _ in range(10):
    fib = (fib[1], fib[0] + fib[1])
print(fib)
