def show(a: int, b: int) -> None:
    q = a // b
    r = a % b
    print(f"{a:>4} // {b:>3} = {q:>4}   {a:>4} % {b:>3} = {r:>3}   check {q * b + r == a}")


pairs: list[tuple[int, int]] = [(7, 2), (-7, 2), (7, -2), (-7, -2), (0, 5), (-1, 10), (100, 7), (-100, 7)]
for a, b in pairs:
    show(a, b)

print(divmod(17, 5), divmod(-17, 5), divmod(17, -5), divmod(-17, -5))
print(-7 / 2, 7 / -2, 1 / 4, -9 // 4 * 4 + -9 % 4)
print(2 ** 10, (-2) ** 3, -2 ** 2, pow(3, 4), pow(3, 4, 5), pow(-3, 3, 7))
print(abs(-42), abs(0), -(-5), +3)

total = 0
for i in range(-10, 11):
    total += i % 3
print("sum of i % 3 over -10..10:", total)
print([n % 4 for n in range(-6, 7)])
print([n // 4 for n in range(-6, 7)])
