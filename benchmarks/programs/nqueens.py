# N-queens: counts every placement of N non-attacking queens by backtracking over
# columns and both diagonals (lists of bools).
# bench: quick=6
import sys


def place(row: int, n: int, cols: list[bool], diag1: list[bool], diag2: list[bool]) -> int:
    if row == n:
        return 1
    count = 0
    for col in range(n):
        d1 = row + col
        d2 = row - col + n - 1
        if not cols[col] and not diag1[d1] and not diag2[d2]:
            cols[col] = True
            diag1[d1] = True
            diag2[d2] = True
            count += place(row + 1, n, cols, diag1, diag2)
            cols[col] = False
            diag1[d1] = False
            diag2[d2] = False
    return count


def solve(n: int) -> int:
    return place(0, n, [False] * n, [False] * (2 * n - 1), [False] * (2 * n - 1))


# The default problem size; run.py passes the size as argv[1], to this program and to its C++ twin alike.
SIZE = 12


def main(n: int) -> None:
    for k in range(4, n + 1):
        print(f"{k} queens: {solve(k)} solutions")


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else SIZE)
