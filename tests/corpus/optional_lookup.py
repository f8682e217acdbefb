from typing import Optional

PHONEBOOK: dict[str, str] = {"ana": "555-0101", "bo": "555-0199"}


def lookup(name: str) -> Optional[str]:
    return PHONEBOOK.get(name.lower())


def first_negative(values: list[int]) -> int | None:
    for v in values:
        if v < 0:
            return v
    return None


def describe(value: int | None) -> str:
    if value is None:
        return "nothing"
    return f"value {value} squared {value * value}"


for name in ["Ana", "carl", "BO"]:
    number = lookup(name)
    if number is not None:
        print(name, "->", number, len(number))
    else:
        print(name, "-> unknown")
print(describe(first_negative([3, 4, -2, -8])), "|", describe(first_negative([1, 2])))
best: int | None = None
for candidate in [7, 3, 9, 1, 4]:
    if best is None or candidate < best:
        best = candidate
print("best", best)
maybe = lookup("zed")
print(maybe, maybe or "fallback", lookup("ana") or "fallback")
