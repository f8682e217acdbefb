# A local that reads a list item must keep its object alive even when the runtime runs user code behind an
# operation: print(m) calls Marker.__str__, which empties the list the item came from.


class Body:
    def __init__(self, x: float) -> None:
        self.x = x


class Marker:
    def __str__(self) -> str:
        BODIES.clear()
        return "marker"


BODIES: list[Body] = []


def scan(bodies: list[Body], m: Marker) -> float:
    b = bodies[0]
    print(m)
    return b.x


def main() -> None:
    BODIES.append(Body(1.5))
    BODIES.append(Body(2.5))
    print(scan(BODIES, Marker()))
    print(len(BODIES))


main()
