def factorial(n: int) -> int:
    return 1 if n <= 1 else n * factorial(n - 1)


def hanoi(n: int, source: str, target: str, spare: str, moves: list[str]) -> None:
    if n == 0:
        return
    hanoi(n - 1, source, spare, target, moves)
    moves.append(source + "->" + target)
    hanoi(n - 1, spare, target, source, moves)


def flatten_sum(values: list[int], index: int) -> int:
    if index >= len(values):
        return 0
    return values[index] + flatten_sum(values, index + 1)


moves: list[str] = []
hanoi(3, "A", "C", "B", moves)
print(len(moves), moves)
print([factorial(i) for i in range(8)])
print(flatten_sum([4, 8, 15, 16, 23, 42], 0))
