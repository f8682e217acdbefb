TEXT = "the quick brown fox jumps over the lazy dog the fox"


def count_words(text: str) -> dict[str, int]:
    counts: dict[str, int] = {}
    for word in text.split():
        counts[word] = counts.get(word, 0) + 1
    return counts


counts = count_words(TEXT)
for word in sorted(counts):
    print(f"{word:>6}: {counts[word]}")
print(max(counts.values()))
