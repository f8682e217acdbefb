# Word frequencies over a generated text: a linear congruential generator picks N words from a
# fixed vocabulary (skewed towards its start), the words are joined into one text, split again and
# counted in a dict; prints the number of distinct words and the top 10 by count, then by word.
# bench: quick=2000
import sys

SYLLABLES = ["ka", "lo", "mi", "ne", "ru", "sa", "to", "vi", "ze", "po", "da", "fu", "gi", "he", "ja", "qu"]


def make_vocabulary() -> list[str]:
    words: list[str] = []
    for a in SYLLABLES:
        for b in SYLLABLES:
            words.append(a + b)
            words.append(a + b + "n")
    return words


def generate_text(n: int, vocabulary: list[str]) -> str:
    state = 42
    size = len(vocabulary)
    words: list[str] = []
    for _ in range(n):
        state = (state * 1103515245 + 12345) % 2147483648
        first = (state >> 8) % size
        state = (state * 1103515245 + 12345) % 2147483648
        second = (state >> 8) % size
        words.append(vocabulary[min(first, second)])
    return " ".join(words)


def count_words(words: list[str]) -> dict[str, int]:
    counts: dict[str, int] = {}
    for word in words:
        counts[word] = counts.get(word, 0) + 1
    return counts


# The default problem size; run.py passes the size as argv[1], to this program and to its C++ twin alike.
SIZE = 1200000


def main(n: int) -> None:
    text = generate_text(n, make_vocabulary())
    words = text.split()
    counts = count_words(words)
    print(f"{len(words)} words, {len(counts)} distinct")
    top = sorted(counts.items(), key=lambda item: (-item[1], item[0]))
    for word, count in top[:10]:
        print(f"{word} {count}")


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else SIZE)
