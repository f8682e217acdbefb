"""Numeric and string exports for the C ABI tests (every ABI type as a parameter and as a result)."""


def add(a: int, b: int) -> int:
    return a + b


def mean(xs: list[float]) -> float:
    # sum(xs, 0.0): with the default start an empty list sums to the int 0 in CPython (see docs/ARCHITECTURE.md, divergences)
    return sum(xs, 0.0) / len(xs)


def scale(xs: list[float], factor: float) -> list[float]:
    return [x * factor for x in xs]


def outer(a: list[float], b: list[float]) -> list[list[float]]:
    return [[x * y for y in b] for x in a]


def transpose(m: list[list[float]]) -> list[list[float]]:
    return [[m[i][j] for i in range(len(m))] for j in range(len(m[0]))]


def triangle(n: int) -> list[list[float]]:
    return [[1.0] * i for i in range(1, n + 1)]


def is_even(n: int) -> bool:
    return n % 2 == 0


def lengths(texts: list[str]) -> list[int]:
    return [len(t) for t in texts]


def greet(name: str, excited: bool) -> str:
    return "hello, " + name + ("!" if excited else ".")


def check(n: int) -> None:
    if n < 0:
        raise ValueError("negative: " + str(n))


def _helper(x: int) -> int:
    return x


def untyped(x):
    return x


UNTYPED_EXAMPLE = untyped(1)
