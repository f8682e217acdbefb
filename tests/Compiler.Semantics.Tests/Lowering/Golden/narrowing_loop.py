def largest(values: list[int]) -> int | None:
    best: int | None = None
    for v in values:
        if best is None or v > best:
            best = v
    return best


def total(values: list[int]) -> float:
    acc = 0.0
    for i in range(len(values)):
        acc += values[i]
    return acc
