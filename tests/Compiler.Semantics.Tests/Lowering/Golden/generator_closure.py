from typing import Generator


def counter(limit: int) -> Generator[int, None, None]:
    n = 0
    while n < limit:
        yield n
        n += 1


def scaled(values: list[int], factor: int) -> list[int]:
    return sorted(values, key=lambda v: v * factor)


print(sum(counter(3)), scaled([3, 1, 2], -1))
