# expect: PA3004
class Point:
    def __init__(self, x: int) -> None:
        self.x = x


print(Point(1).__dict__)
