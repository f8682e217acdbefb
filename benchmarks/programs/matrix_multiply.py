# Naive matrix multiplication of two N x N matrices held as lists of lists of floats;
# prints the sum of all entries of the product and its trace.
# bench: quick=20
import sys


def make_matrix(n: int, seed: int) -> list[list[float]]:
    m: list[list[float]] = []
    for i in range(n):
        row: list[float] = []
        for j in range(n):
            row.append(float((i * seed + j * 7) % 13 + 1) / (i + j + 1))
        m.append(row)
    return m


def matmul(a: list[list[float]], b: list[list[float]]) -> list[list[float]]:
    n = len(a)
    p = len(b[0])
    inner = len(b)
    c: list[list[float]] = []
    for i in range(n):
        a_row = a[i]
        row = [0.0] * p
        for j in range(p):
            s = 0.0
            for k in range(inner):
                s += a_row[k] * b[k][j]
            row[j] = s
        c.append(row)
    return c


# The default problem size; run.py passes the size as argv[1], to this program and to its C++ twin alike.
SIZE = 280


def main(n: int) -> None:
    c = matmul(make_matrix(n, 3), make_matrix(n, 5))
    total = 0.0
    trace = 0.0
    for i in range(n):
        trace += c[i][i]
        for j in range(n):
            total += c[i][j]
    print(f"{n}x{n}: sum {total:.9f}, trace {trace:.9f}")


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else SIZE)
