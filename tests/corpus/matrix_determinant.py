def minor(m: list[list[float]], row: int, col: int) -> list[list[float]]:
    return [r[:col] + r[col + 1:] for i, r in enumerate(m) if i != row]


def determinant(m: list[list[float]]) -> float:
    if len(m) == 1:
        return m[0][0]
    if len(m) == 2:
        return m[0][0] * m[1][1] - m[0][1] * m[1][0]
    total = 0.0
    for col in range(len(m)):
        sign = -1.0 if col % 2 else 1.0
        total += sign * m[0][col] * determinant(minor(m, 0, col))
    return total


def identity(n: int) -> list[list[float]]:
    return [[1.0 if i == j else 0.0 for j in range(n)] for i in range(n)]


def multiply(a: list[list[float]], b: list[list[float]]) -> list[list[float]]:
    return [[sum(a[i][k] * b[k][j] for k in range(len(b))) for j in range(len(b[0]))] for i in range(len(a))]


m = [[2.0, -3.0, 1.0], [2.0, 0.0, -1.0], [1.0, 4.0, 5.0]]
print(determinant(m), determinant(identity(4)), determinant([[1.0, 2.0], [2.0, 4.0]]))
print(multiply(m, identity(3)) == m)
print(multiply([[1.0, 2.0]], [[3.0], [4.0]]), multiply(m, m)[0])
for row in minor(m, 1, 1):
    print(" ".join(f"{v:6.2f}" for v in row))
