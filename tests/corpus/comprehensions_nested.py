matrix = [[r * 3 + c for c in range(3)] for r in range(3)]
print(matrix)
transposed = [[row[i] for row in matrix] for i in range(3)]
print(transposed)
flat = [x for row in matrix for x in row if x % 2 == 0]
print(flat)
pairs = [(a, b) for a in range(4) for b in range(a) if (a + b) % 2 == 1]
print(pairs)
words = ["apple", "Bob", "kayak", "level", "noon", "python"]
palindromes = [w for w in words if w.lower() == w.lower()[::-1]]
print(palindromes)
lengths = {w: len(w) for w in words if len(w) > 3}
print(lengths)
by_first: dict[str, list[str]] = {}
for w in words:
    by_first.setdefault(w[0].lower(), []).append(w)
print(by_first)
squares = {n * n for n in range(-4, 5)}
print(sorted(squares))
inverted = {v: k for k, v in lengths.items()}
print(inverted)
grid_sum = sum(sum(row) for row in matrix)
print(grid_sum, max(max(row) for row in matrix), [sum(r[i] for r in matrix) for i in range(3)])
labels = ["even" if n % 2 == 0 else "odd" for n in range(5)]
print(labels)
table = [[f"{r}x{c}={r * c}" for c in range(1, 4)] for r in range(1, 3)]
print(table)
