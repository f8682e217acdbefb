import math

TRAIN: list[tuple[list[float], str]] = [
    ([1.0, 1.1], "red"),
    ([1.2, 0.9], "red"),
    ([0.8, 1.0], "red"),
    ([5.0, 5.2], "blue"),
    ([5.5, 4.8], "blue"),
    ([4.9, 5.1], "blue"),
    ([3.0, 3.1], "green"),
]


def distance(a: list[float], b: list[float]) -> float:
    return math.sqrt(sum((x - y) ** 2 for x, y in zip(a, b)))


def classify(point: list[float], k: int) -> str:
    neighbours = sorted(TRAIN, key=lambda sample: distance(point, sample[0]))[:k]
    votes: dict[str, int] = {}
    for _, label in neighbours:
        votes[label] = votes.get(label, 0) + 1
    return max(sorted(votes), key=lambda label: votes[label])


for point in [[1.0, 1.0], [4.0, 4.0], [3.0, 3.0], [2.5, 2.0]]:
    print(point, classify(point, 3), classify(point, 1), f"{distance(point, [0.0, 0.0]):.3f}")
