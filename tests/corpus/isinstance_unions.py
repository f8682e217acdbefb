def render(value: int | float | str) -> str:
    if isinstance(value, bool):
        return "bool?"
    if isinstance(value, int):
        return f"int:{value:+d}"
    if isinstance(value, float):
        return f"float:{value:.2f}"
    return f"str:{value!r}"


def total_length(items: list[int | str]) -> int:
    total = 0
    for item in items:
        if isinstance(item, str):
            total += len(item)
        else:
            total += item
    return total


cells: list[int | float | str] = [3, -2.5, "naïve", 0, 1e-3, ""]
print([render(c) for c in cells])
mixed: list[int | str] = [1, "abc", 10, "日本"]
print(total_length(mixed), mixed)
