CORPUS: list[str] = [
    "The cat sat on the mat.",
    "The dog sat on the log!",
    "Le chat est sur le tapis — très bien.",
]
SPECIAL: list[str] = ["<pad>", "<unk>", "<bos>", "<eos>"]


def normalize(text: str) -> str:
    cleaned = ""
    for ch in text.lower():
        cleaned += ch if ch.isalnum() or ch.isspace() else " "
    return cleaned


def tokenize(text: str) -> list[str]:
    return normalize(text).split()


def build_vocab(texts: list[str], min_count: int) -> dict[str, int]:
    counts: dict[str, int] = {}
    for text in texts:
        for token in tokenize(text):
            counts[token] = counts.get(token, 0) + 1
    vocab = {token: i for i, token in enumerate(SPECIAL)}
    for token, count in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])):
        if count >= min_count:
            vocab[token] = len(vocab)
    return vocab


def encode(text: str, vocab: dict[str, int]) -> list[int]:
    unk = vocab["<unk>"]
    return [vocab["<bos>"]] + [vocab.get(t, unk) for t in tokenize(text)] + [vocab["<eos>"]]


def pad(batch: list[list[int]], pad_id: int) -> list[list[int]]:
    width = max(len(row) for row in batch)
    return [row + [pad_id] * (width - len(row)) for row in batch]


vocab = build_vocab(CORPUS, 1)
print(len(vocab), list(vocab.items())[:8])
inverse = {i: t for t, i in vocab.items()}
encoded = [encode(text, vocab) for text in ["the cat sat", "a très big dog"]]
print(encoded)
print(pad(encoded, vocab["<pad>"]))
print([" ".join(inverse[i] for i in row) for row in encoded])
