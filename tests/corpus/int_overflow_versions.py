# Functions the compiler versions on the magnitude of their int parameters: a test on entry picks a copy without the
# overflow checks small arguments make needless, and larger arguments run the checked body. Each is called with small
# arguments, at the test's bound and near 2**62 and 2**63 - 1. CPython computes a bignum where the compiled int64
# raises OverflowError: `show` prints CPython's bignums as "overflow" and the callers catch the compiled program's
# OverflowError and print the same word, so both print the same lines.

MAX_INT64 = 9223372036854775807


def show(value: int) -> str:
    if value > MAX_INT64 or value < -MAX_INT64 - 1:
        return "overflow"
    return str(value)


def diagonal_reach(row: int, width: int) -> int:
    # nqueens' diagonals: row + col and row - col + width - 1 for each column.
    best = 0
    for col in range(width):
        d1 = row + col
        d2 = row - col + width - 1
        best = max(best, abs(d1), abs(d2))
    return best


def pair_index(i: int, j: int) -> int:
    # spectral_norm's eval_a denominator.
    return (i + j) * (i + j + 1) // 2 + i + 1


def halve_then_scale(a: int, b: int) -> int:
    a = a // 2
    return a * b


def walk_down(n: int, k: int) -> int:
    if n <= 0:
        return k
    return walk_down(n - 1, k + n)


for row, width in [(3, 8), (2 ** 61, 3), (2 ** 61 + 1, 3), (2 ** 62, 4), (MAX_INT64 - 2, 2), (MAX_INT64 - 1, 3),
                   (-(2 ** 61), 5), (-MAX_INT64 - 1, 2), (-MAX_INT64, 1)]:
    try:
        print("diagonals", row, width, show(diagonal_reach(row, width)))
    except OverflowError:
        print("diagonals", row, width, "overflow")

for i, j in [(0, 0), (3, 4), (2 ** 30, 2 ** 30), (2 ** 30 + 1, 2 ** 30 - 1), (2 ** 31, 2 ** 31), (-(2 ** 31), 2 ** 30),
             (2 ** 32, -(2 ** 32))]:
    try:
        print("pair", i, j, show(pair_index(i, j)))
    except OverflowError:
        print("pair", i, j, "overflow")

for a, b in [(10, 7), (2 ** 31, 2 ** 31), (2 ** 31 + 2, 2 ** 31), (2 ** 40, 2 ** 40), (MAX_INT64, 2), (MAX_INT64, 3),
             (-MAX_INT64 - 1, -1)]:
    try:
        print("halve", a, b, show(halve_then_scale(a, b)))
    except OverflowError:
        print("halve", a, b, "overflow")

for n, k in [(5, 0), (5, 2 ** 62), (5, MAX_INT64 - 20), (5, MAX_INT64 - 10), (3, -MAX_INT64 - 1)]:
    try:
        print("walk", n, k, show(walk_down(n, k)))
    except OverflowError:
        print("walk", n, k, "overflow")
