from typing import Generator


def countdown(n: int) -> Generator[int, None, None]:
    while n > 0:
        yield n
        n -= 1


def evens(limit: int) -> Generator[int, None, None]:
    for i in range(limit):
        if i % 2 == 0:
            yield i


def squares_of(values: list[int]) -> Generator[int, None, None]:
    yield from [v * v for v in values]


print(list(countdown(5)))
print(sum(evens(10)))
total = 0
for s in squares_of([1, 2, 3]):
    total += s
print(total)
print(sum(x * 2 for x in range(5)))
