def shift_char(ch: str, k: int) -> str:
    if "a" <= ch <= "z":
        return chr((ord(ch) - ord("a") + k) % 26 + ord("a"))
    if "A" <= ch <= "Z":
        return chr((ord(ch) - ord("A") + k) % 26 + ord("A"))
    return ch


def caesar(text: str, k: int) -> str:
    return "".join(shift_char(ch, k) for ch in text)


def letter_frequencies(text: str) -> list[tuple[str, int]]:
    counts: dict[str, int] = {}
    for ch in text.lower():
        if ch.isalpha():
            counts[ch] = counts.get(ch, 0) + 1
    return sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:5]


message = "Hello, Wörld! The quick brown fox jumps over the lazy dog."
secret = caesar(message, 3)
print(secret)
print(caesar(secret, -3))
print(caesar(message, 26) == message, caesar("xyz", -29))
print(letter_frequencies(message))
