# A local that reads a list item must keep its object alive while the function steps a generator it was given,
# whose code empties that list (list(steps) and a for loop over steps both run the generator's body).
from typing import Generator


class Body:
    def __init__(self, x: float) -> None:
        self.x = x


BODIES: list[Body] = []


def drain() -> Generator[int, None, None]:
    n = len(BODIES)
    BODIES.clear()
    yield n


def by_list(bodies: list[Body], steps: Generator[int, None, None]) -> float:
    b = bodies[0]
    counts = list(steps)
    return b.x + counts[0]


def by_loop(bodies: list[Body], steps: Generator[int, None, None]) -> float:
    b = bodies[0]
    total = 0.0
    for n in steps:
        total += n
    return b.x + total


def main() -> None:
    BODIES.append(Body(1.5))
    BODIES.append(Body(2.5))
    print(by_list(BODIES, drain()), len(BODIES))
    BODIES.append(Body(4.25))
    print(by_loop(BODIES, drain()), len(BODIES))


main()
