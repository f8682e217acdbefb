# Parameters annotated Iterable[T] take any iterable (list, tuple, str, dict, set, range, generator) and go over it
# afresh each time, as CPython does: a list is seen whole by min() and then by max(); a generator is consumed once.
# A generator function annotated Iterator[int] returns an iterator that next() and Iterator parameters accept.
from typing import Iterable, Iterator


def count_up(n: int) -> Iterator[int]:
    for i in range(n):
        yield i


def total(xs: Iterable[int]) -> int:
    s = 0
    for x in xs:
        s += x
    return s


def spread(xs: Iterable[float]) -> float:
    return max(xs) - min(xs)


def evens(xs: Iterable[int]) -> Iterator[int]:
    for x in xs:
        if x % 2 == 0:
            yield x


def first_two(it: Iterator[int]) -> tuple[int, int]:
    return next(it), next(it)


def describe(words: Iterable[str]) -> str:
    print("describing", words, bool(words))
    return ", ".join(words) + " / " + "-".join(sorted(words))


def main() -> None:
    g = count_up(5)
    print(next(g), list(g))
    print(total(count_up(4)), total([1, 2, 3]), total(range(5)), total({4: "a", 5: "b"}), total({7}), total((1, 1)))
    print(spread([3.0, 1.0, 2.5]), spread((2.0, -1.0)))
    print(list(evens(count_up(10))), list(evens([1, 2, 4])), sum(evens(range(7))))
    print(first_two(count_up(9)), first_two(evens(range(10, 20))))
    print(describe(["b", "a"]))
    print(describe(("y", "x")))
    print(describe("héé"))
    print(describe([]))
    print(sum(x * x for x in count_up(4)))
    once = count_up(6)
    print("a generator is consumed once:", total(once), total(once))
    again = [5, 6]
    print("a list is gone over each time:", total(again), total(again))


main()
