# expect-exit: 1
def average(values: list[int]) -> float:
    return sum(values) / len(values)


print(average([1, 2, 3, 4]))
print(7 // 2, 7 % 3)
empty: list[int] = []
print(average(empty))
