# An operation can run user code behind the scenes: print(m) calls Marker.__str__, which empties the list the
# loop indexes. The index stays checked, so the next read raises CPython's IndexError.


class Marker:
    def __init__(self, items: list[int]) -> None:
        self.items = items

    def __str__(self) -> str:
        self.items.clear()
        return "marker"


def weight(i: int) -> int:
    return i * 2 + 1


def total(xs: list[int], m: Marker) -> int:
    n = len(xs)
    t = 0
    for i in range(n):
        t += weight(i) * xs[i]
        if i == 1:
            print(m)
    return t


def main() -> None:
    xs = [3, 4, 5, 6]
    print(total([1, 2, 3], Marker([])))
    try:
        print(total(xs, Marker(xs)))
    except IndexError as e:
        print("IndexError:", e, xs)


main()
