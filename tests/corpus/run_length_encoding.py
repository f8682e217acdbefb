def encode(text: str) -> list[tuple[str, int]]:
    runs: list[tuple[str, int]] = []
    for ch in text:
        if len(runs) > 0 and runs[-1][0] == ch:
            runs[-1] = (ch, runs[-1][1] + 1)
        else:
            runs.append((ch, 1))
    return runs


def to_text(runs: list[tuple[str, int]]) -> str:
    return "".join(f"{n}{ch}" if n > 1 else ch for ch, n in runs)


def decode(runs: list[tuple[str, int]]) -> str:
    return "".join(ch * n for ch, n in runs)


for text in ["aaabccdddd", "ééé日日x", "", "abc", "zzzzzzzzzzzz"]:
    runs = encode(text)
    print(repr(text), runs, to_text(runs), decode(runs) == text)
