from typing import Callable


def make_counter(start: int) -> Callable[[], int]:
    count = start

    def increment() -> int:
        nonlocal count
        count += 1
        return count

    return increment


def make_accumulator() -> Callable[[float], float]:
    total = 0.0

    def add(amount: float) -> float:
        nonlocal total
        total += amount
        return total

    return add


def make_multiplier(factor: int) -> Callable[[int], int]:
    def multiply(x: int) -> int:
        return x * factor

    return multiply


first = make_counter(0)
second = make_counter(100)
print(first(), first(), first(), second(), first())
acc = make_accumulator()
for amount in [1.5, 2.25, -0.75]:
    print(acc(amount))
double = make_multiplier(2)
triple = make_multiplier(3)
print(double(21), triple(14), [double(i) for i in range(4)])


def outer() -> list[int]:
    log: list[int] = []

    def record(v: int) -> None:
        log.append(v)

    for i in range(3):
        record(i * i)
    return log


print(outer())
