def min_max(values: list[int]) -> tuple[int, int]:
    lo = values[0]
    hi = values[0]
    for v in values:
        if v < lo:
            lo = v
        if v > hi:
            hi = v
    return lo, hi


lo, hi = min_max([5, 3, 9, 1, 7])
print(lo, hi)
first, *rest = [10, 20, 30, 40]
print(first, rest)
a, b, c = "xyz"
print(c, b, a)
pairs = [(1, "one"), (2, "two")]
for number, name in pairs:
    print(number, name)
q, r = divmod(17, 5)
print(q, r)
