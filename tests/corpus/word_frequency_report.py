TEXT = """It was the best of times, it was the worst of times,
it was the age of wisdom, it was the age of foolishness;
c'était le meilleur des temps, c'était le pire des temps."""

STOP_WORDS: set[str] = {"the", "of", "it", "le", "des"}


def words(text: str) -> list[str]:
    out: list[str] = []
    for raw in text.lower().split():
        word = raw.strip(".,;!?")
        if word and word not in STOP_WORDS:
            out.append(word)
    return out


def frequencies(tokens: list[str]) -> dict[str, int]:
    counts: dict[str, int] = {}
    for t in tokens:
        counts[t] = counts.get(t, 0) + 1
    return counts


tokens = words(TEXT)
counts = frequencies(tokens)
print(len(tokens), len(counts))
top = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:6]
for word, count in top:
    print(f"{word:<12}{count:>3} {'*' * count}")
print(sorted(w for w in counts if len(w) > 7))
by_length: dict[int, list[str]] = {}
for w in sorted(counts):
    by_length.setdefault(len(w), []).append(w)
print(by_length)
