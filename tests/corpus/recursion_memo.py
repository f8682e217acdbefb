memo: dict[int, int] = {}


def fib(n: int) -> int:
    if n < 2:
        return n
    if n in memo:
        return memo[n]
    result = fib(n - 1) + fib(n - 2)
    memo[n] = result
    return result


def ways_to_climb(n: int, cache: dict[int, int]) -> int:
    if n <= 1:
        return 1
    if n not in cache:
        cache[n] = ways_to_climb(n - 1, cache) + ways_to_climb(n - 2, cache) + (ways_to_climb(n - 3, cache) if n >= 3 else 0)
    return cache[n]


def is_even(n: int) -> bool:
    if n == 0:
        return True
    return is_odd(n - 1)


def is_odd(n: int) -> bool:
    if n == 0:
        return False
    return is_even(n - 1)


def hanoi(n: int, source: str, target: str, spare: str, moves: list[str]) -> None:
    if n == 0:
        return
    hanoi(n - 1, source, spare, target, moves)
    moves.append(source + target)
    hanoi(n - 1, spare, target, source, moves)


def power_set(items: list[int]) -> list[list[int]]:
    if not items:
        return [[]]
    rest = power_set(items[1:])
    return rest + [[items[0]] + r for r in rest]


print(fib(90), len(memo))
print([ways_to_climb(n, {}) for n in range(10)])
print(is_even(10), is_odd(7), is_even(3))
moves: list[str] = []
hanoi(4, "A", "C", "B", moves)
print(len(moves), moves[:5])
print(power_set([1, 2, 3]))
