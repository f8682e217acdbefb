def histogram(values: list[float], bins: int, lo: float, hi: float) -> list[int]:
    counts = [0] * bins
    width = (hi - lo) / bins
    for v in values:
        index = int((v - lo) / width)
        if index == bins:
            index -= 1
        if 0 <= index < bins:
            counts[index] += 1
    return counts


samples: list[float] = [((i * 37) % 101) / 10.0 for i in range(60)]
counts = histogram(samples, 5, 0.0, 10.0)
peak = max(counts)
for i, c in enumerate(counts):
    left = i * 2.0
    bar = "█" * (c * 30 // peak)
    print(f"[{left:4.1f}, {left + 2.0:4.1f}) {c:3d} {bar}")
print(sum(counts), len(samples), f"mean={sum(samples) / len(samples):.3f}")
