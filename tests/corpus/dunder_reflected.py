# Reflected operator methods: with a builtin on the left, CPython falls back to the right operand's __rmul__,
# __radd__, __rsub__, ... and to the mirrored comparison (__gt__ for <, __eq__ for ==).
from dataclasses import dataclass


class Vector:
    def __init__(self, x: float, y: float) -> None:
        self.x = x
        self.y = y

    def __mul__(self, k: float) -> "Vector":
        return Vector(self.x * k, self.y * k)

    def __rmul__(self, k: float) -> "Vector":
        print("rmul", k)
        return Vector(self.x * k, self.y * k)

    def __rsub__(self, k: float) -> "Vector":
        return Vector(k - self.x, k - self.y)

    def __repr__(self) -> str:
        return f"Vector({self.x}, {self.y})"


class Money:
    def __init__(self, cents: int) -> None:
        self.cents = cents

    def __add__(self, other: "Money") -> "Money":
        return Money(self.cents + other.cents)

    def __radd__(self, other: int) -> "Money":
        return Money(self.cents + other)

    def __gt__(self, other: int) -> bool:
        print("gt called with", other)
        return self.cents > other

    def __eq__(self, other: int) -> bool:  # type: ignore[override]
        return self.cents == other

    def __repr__(self) -> str:
        return f"Money({self.cents})"


def scale(k: float) -> float:
    print("left operand first")
    return k


def main() -> None:
    v = Vector(1.0, 2.0)
    print(v * 3.0, 3.0 * v, 2.0 * v, 10.0 - v)
    print(scale(2.0) * v)
    m = Money(150)
    print(m + Money(5), 5 + m)
    print(100 < m, 200 < m)
    print(150 == m, 151 == m)


main()
