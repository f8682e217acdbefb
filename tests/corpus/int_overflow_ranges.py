# Int arithmetic next to the int64 limits, where the compiler keeps an overflow check or proves it needless from the
# ranges values can take. CPython computes a bignum where the compiled int64 raises OverflowError: `show` prints
# CPython's bignums as "overflow" and the callers catch the compiled program's OverflowError and print the same word,
# so both print the same lines. A check dropped wrongly would print a wrapped number instead.

MAX_INT64 = 9223372036854775807


def show(value: int) -> str:
    if value > MAX_INT64 or value < -MAX_INT64 - 1:
        return "overflow"
    return str(value)


def lcg_total(seed: int, steps: int, scale: int) -> int:
    # state stays below 2**31, so its update cannot overflow; total and the scaled term can.
    state = seed % 2147483648
    total = 0
    for _ in range(steps):
        state = (state * 1103515245 + 12345) % 2147483648
        total = total + state * scale
    return total


def near_limit(base: int, offset: int) -> int:
    return base + offset


def top_steps(n: int, extra: int) -> int:
    # i <= n - 1, so i + 1 always fits; i + extra need not.
    last = 0
    for i in range(n - 3, n):
        last = i + 1
        last = last - 1 + extra
    return last


def square_below_limit(v: int) -> int:
    # x < 3037000499 and 3037000498 ** 2 + 1 < 2**63: proven, right next to the limit.
    x = v % 3037000499
    return x * x + v % 2


def wide_difference(a: int, b: int, c: int) -> int:
    # a * b may leave int64 while a * b - c does not: CPython prints the difference, and so must we.
    return a * b - c


def rebound(n: int) -> int:
    t = 5

    def bump() -> None:
        nonlocal t
        t = n

    bump()
    return t * 2


def count_up(start: int, rounds: int) -> int:
    count = start % 1000
    for _ in range(rounds):
        count = count + 4611686018427387904
    return count


def running_sums(step: int, n: int) -> list[str]:
    out: list[str] = []
    total = 0
    for k in range(n):
        try:
            total = total + step * k
        except OverflowError:
            out.append("overflow")
            break
        text = show(total)
        out.append(text)
        if text == "overflow":
            break
    return out


def triangle_index(i: int, j: int) -> int:
    return (i + j) * (i + j + 1) // 2 + i + 1


def bounded_terms(values: list[int]) -> int:
    total = 0
    for v in values:
        total = total + v % 1000 * 3 + abs(v % 7 - 3) + min(max(v, -5), 5)
    return total


for seed, steps, scale in [(42, 10, 1), (42, 10, 2 ** 40), (7, 100, 4611686018427387904), (-3, 5, -(2 ** 61))]:
    try:
        print("lcg", seed, steps, scale, show(lcg_total(seed, steps, scale)))
    except OverflowError:
        print("lcg", seed, steps, scale, "overflow")

for base, offset in [(MAX_INT64 - 1, 1), (MAX_INT64, 1), (-MAX_INT64, -1), (-MAX_INT64 - 1, -1), (2 ** 62, 2 ** 62 - 1)]:
    try:
        print("near", base, offset, show(near_limit(base, offset)))
    except OverflowError:
        print("near", base, offset, "overflow")

for n, extra in [(10, 0), (MAX_INT64, 0), (MAX_INT64, 1), (MAX_INT64, 2), (-MAX_INT64 + 5, -9)]:
    try:
        print("top", n, extra, show(top_steps(n, extra)))
    except OverflowError:
        print("top", n, extra, "overflow")

for v in [0, 3037000498, 3037000499 * 2 - 1, MAX_INT64, -MAX_INT64 - 1, -12345]:
    print("square", v, square_below_limit(v))

for a, b, c in [(3037000500, 3037000500, MAX_INT64), (2 ** 40, 2 ** 40, 5), (2 ** 62, 4, 1)]:
    try:
        print("wide", a, b, show(wide_difference(a, b, c)))
    except OverflowError:
        print("wide", a, b, "overflow")

for n in [7, 2 ** 61, 2 ** 62, -(2 ** 62) - 1]:
    try:
        print("rebound", n, show(rebound(n)))
    except OverflowError:
        print("rebound", n, "overflow")

for start, rounds in [(5, 0), (5, 1), (999, 1), (5, 2), (5, 3)]:
    try:
        print("count", start, rounds, show(count_up(start, rounds)))
    except OverflowError:
        print("count", start, rounds, "overflow")

print("sums", running_sums(3, 6))
print("sums", running_sums(2 ** 60, 10))
print("sums", running_sums(-(2 ** 61), 10))

for i, j in [(0, 0), (3, 4), (2 ** 30, 2 ** 30), (2 ** 31, 2 ** 31), (-(2 ** 31), 5)]:
    try:
        print("triangle", i, j, show(triangle_index(i, j)))
    except OverflowError:
        print("triangle", i, j, "overflow")

print("terms", bounded_terms([0, 1, -1, 999, -999, MAX_INT64, -MAX_INT64 - 1, 123456789]))
