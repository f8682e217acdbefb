import math


class Vector:
    def __init__(self, x: float, y: float) -> None:
        self.x = x
        self.y = y

    def __repr__(self) -> str:
        return f"Vector({self.x!r}, {self.y!r})"

    def __str__(self) -> str:
        return f"<{self.x:g}, {self.y:g}>"

    def __add__(self, other: "Vector") -> "Vector":
        return Vector(self.x + other.x, self.y + other.y)

    def __sub__(self, other: "Vector") -> "Vector":
        return Vector(self.x - other.x, self.y - other.y)

    def __mul__(self, k: float) -> "Vector":
        return Vector(self.x * k, self.y * k)

    def __eq__(self, other: "Vector") -> bool:
        return self.x == other.x and self.y == other.y

    def __lt__(self, other: "Vector") -> bool:
        return self.norm() < other.norm()

    def __len__(self) -> int:
        return 2

    def norm(self) -> float:
        return math.hypot(self.x, self.y)


a = Vector(3.0, 4.0)
b = Vector(-1.0, 0.5)
print(a, b, repr(a), [a, b])
print(a + b, a - b, a * 2.0, (a + b) * 0.5)
print(a == Vector(3.0, 4.0), a == b, a != b, a < b, b < a)
print(len(a), a.norm(), sorted([a, b, Vector(0.0, 0.1)]))
print(f"{a} and {b!r}", str(a + a))
total = Vector(0.0, 0.0)
for v in [a, b, b]:
    total = total + v
print(total)
