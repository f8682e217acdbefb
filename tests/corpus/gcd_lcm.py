import math


def gcd(a: int, b: int) -> int:
    while b != 0:
        a, b = b, a % b
    return a


def lcm(a: int, b: int) -> int:
    return a // gcd(a, b) * b


pairs: list[tuple[int, int]] = [(12, 18), (17, 5), (100, 75), (0, 9)]
for a, b in pairs:
    print(f"gcd({a}, {b}) = {gcd(a, b)}, lcm = {lcm(a, b) if a != 0 else 0}, math.gcd = {math.gcd(a, b)}")
