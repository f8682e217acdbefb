from typing import Optional


def find_index(values: list[str], target: str) -> Optional[int]:
    for i, v in enumerate(values):
        if v == target:
            return i
    return None


def describe(index: int | None) -> str:
    if index is None:
        return "missing"
    return f"at {index + 1}"


colors = ["red", "green", "blue"]
for color in ["green", "purple", "blue"]:
    found = find_index(colors, color)
    print(color, describe(found))
    if found is not None and found > 1:
        print("late", found * 10)
best: int | None = None
for n in [4, 9, 2]:
    if best is None or n > best:
        best = n
print(best)
