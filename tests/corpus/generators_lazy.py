from typing import Generator, Iterator


def naturals() -> Iterator[int]:
    n = 0
    while True:
        yield n
        n += 1


def take_while_small(limit: int) -> Iterator[int]:
    for n in naturals():
        if n * n > limit:
            return
        yield n * n


def fibonacci() -> Generator[int, None, None]:
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b


def chunks(items: list[str], size: int) -> Iterator[list[str]]:
    for i in range(0, len(items), size):
        yield items[i:i + size]


for n in naturals():
    if n >= 5:
        break
    print("n", n)
print(list(take_while_small(50)))
fibs: list[int] = []
for f in fibonacci():
    if f > 1000:
        break
    fibs.append(f)
print(fibs)
print(list(chunks(["a", "b", "c", "d", "e"], 2)))
gen = fibonacci()
print(next(gen), next(gen), next(gen), next(gen))
squares = (x * x for x in range(10))
print(sum(squares), sum(x * x for x in range(10)))
print(any(x > 50 for x in fibs), all(x >= 0 for x in fibs), any(x < 0 for x in fibs))
print(max(len(c) for c in chunks(["x"] * 7, 3)), min((f for f in fibs if f > 10), default=-1))
it = iter([1, 2, 3])
print(next(it), list(it), next(it, -1))
