def make_counter(start: int) -> int:
    count = start

    def step(by: int) -> int:
        return count + by

    return step(1) + step(2)


people: list[tuple[str, int]] = [("ada", 36), ("alan", 41), ("grace", 85), ("linus", 28)]
by_age = sorted(people, key=lambda p: p[1])
by_name_length = sorted(people, key=lambda p: len(p[0]), reverse=True)
print(by_age)
print(by_name_length)
print(make_counter(10))
square = lambda x: x * x
print(square(7))


def sort_by_distance(values: list[int], pivot: int) -> list[int]:
    return sorted(values, key=lambda v: abs(v - pivot))


print(sort_by_distance([1, 8, 4, 10, 5], 6))
