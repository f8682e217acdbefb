def in_range(x: int, lo: int, hi: int) -> bool:
    return lo <= x < hi


def classify(t: float) -> str:
    if t < 0.0:
        return "freezing"
    elif 0.0 <= t < 15.0:
        return "cold"
    elif 15.0 <= t <= 25.0:
        return "mild"
    return "hot"


print([in_range(x, 2, 5) for x in range(7)])
print([classify(t) for t in [-3.0, 4.5, 20.0, 31.0]])
a, b, c = 1, 2, 3
print(a < b < c, a < b > c, a == 1 != b)
print("x" in "xyz", 4 not in [1, 2, 3])
