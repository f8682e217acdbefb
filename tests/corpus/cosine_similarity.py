import math

EMBEDDINGS: dict[str, list[float]] = {
    "king": [0.8, 0.65, 0.1, 0.05],
    "queen": [0.78, 0.7, 0.12, 0.9],
    "apple": [0.05, 0.1, 0.95, 0.2],
    "orange": [0.07, 0.12, 0.9, 0.25],
    "prince": [0.7, 0.55, 0.08, 0.1],
}


def dot(a: list[float], b: list[float]) -> float:
    return sum(x * y for x, y in zip(a, b))


def norm(a: list[float]) -> float:
    return math.sqrt(dot(a, a))


def cosine(a: list[float], b: list[float]) -> float:
    denominator = norm(a) * norm(b)
    if denominator == 0.0:
        return 0.0
    return dot(a, b) / denominator


def most_similar(word: str, k: int) -> list[tuple[str, float]]:
    query = EMBEDDINGS[word]
    scored = [(other, cosine(query, vec)) for other, vec in EMBEDDINGS.items() if other != word]
    scored.sort(key=lambda pair: pair[1], reverse=True)
    return scored[:k]


for word in ["king", "apple"]:
    for other, score in most_similar(word, 3):
        print(f"{word:>6} ~ {other:<7} {score:.4f}")
print(round(cosine([1.0, 0.0], [0.0, 1.0]), 6), cosine([1.0, 2.0], [2.0, 4.0]), cosine([0.0, 0.0], [1.0, 1.0]))
print(norm([3.0, 4.0]), dot([1.0, 2.0, 3.0], [4.0, 5.0, 6.0]))
