from typing import Generator


def batches(items: list[int], size: int) -> Generator[list[int], None, None]:
    batch: list[int] = []
    for item in items:
        batch.append(item)
        if len(batch) == size:
            yield batch
            batch = []
    if batch:
        yield batch


def sliding_windows(tokens: list[str], window: int, stride: int) -> list[list[str]]:
    result: list[list[str]] = []
    start = 0
    while True:
        result.append(tokens[start:start + window])
        if start + window >= len(tokens):
            break
        start += stride
    return result


ids = list(range(1, 12))
for i, b in enumerate(batches(ids, 4)):
    print(i, b, sum(b))
tokens = "a b c d e f g h i".split()
for w in sliding_windows(tokens, 4, 3):
    print(w)
print(len(list(batches([], 3))), [len(b) for b in batches(ids, 5)])
