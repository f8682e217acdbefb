import math

LOGITS: list[float] = [2.0, -1.0, 0.5, 3.25, 0.0, 1.75, -0.5]
LABELS: list[str] = ["cat", "dog", "bird", "fish", "frog", "lion", "bear"]


def softmax(logits: list[float]) -> list[float]:
    peak = max(logits)
    exps = [math.exp(x - peak) for x in logits]
    total = sum(exps)
    return [e / total for e in exps]


def top_k(probs: list[float], k: int) -> list[int]:
    return sorted(range(len(probs)), key=lambda i: probs[i], reverse=True)[:k]


def argmax(values: list[float]) -> int:
    best = 0
    for i in range(1, len(values)):
        if values[i] > values[best]:
            best = i
    return best


probs = softmax(LOGITS)
print([round(p, 4) for p in probs])
print(f"sum={sum(probs):.6f} argmax={LABELS[argmax(probs)]}")
for rank, i in enumerate(top_k(probs, 3), start=1):
    print(f"{rank}. {LABELS[i]:<5} {probs[i]:6.2%} logit={LOGITS[i]:+.2f}")
temperature = 0.5
sharp = softmax([x / temperature for x in LOGITS])
print([f"{p:.3f}" for p in sharp])
entropy = -sum(p * math.log(p) for p in probs if p > 0)
print(f"entropy {entropy:.5f} nats, {entropy / math.log(2):.5f} bits")
