from dataclasses import dataclass


@dataclass
class Point:
    x: float
    y: float

    def norm2(self) -> float:
        return self.x * self.x + self.y * self.y


@dataclass
class Labeled:
    label: str
    point: Point
    weight: int = 1


points = [Point(1.0, 2.0), Point(-3.0, 0.5), Point(0.0, 0.0)]
labeled = [Labeled("p" + str(i), p) for i, p in enumerate(points)]
heavy = Labeled("heavy", Point(9.0, 9.0), 5)
labeled.append(heavy)
for item in labeled:
    print(item.label, item.point.x, item.point.y, item.weight, item.point.norm2())
