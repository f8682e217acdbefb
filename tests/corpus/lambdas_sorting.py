people: list[tuple[str, int, float]] = [
    ("Zoë", 31, 1.68),
    ("adam", 25, 1.80),
    ("Chloé", 31, 1.60),
    ("bob", 19, 1.75),
    ("Émile", 25, 1.90),
]
print(sorted(people))
print(sorted(people, key=lambda p: p[1]))
print(sorted(people, key=lambda p: (-p[1], p[0])))
print(sorted(people, key=lambda p: p[2], reverse=True))
print([p[0] for p in sorted(people, key=lambda p: p[0].lower())])
print(max(people, key=lambda p: p[2]), min(people, key=lambda p: p[1]))
words = ["banana", "Apple", "cherry", "date", "fig", "elderberry"]
print(sorted(words), sorted(words, key=len), sorted(words, key=lambda w: w.lower()))
print(sorted(words, key=lambda w: (len(w), w)))
nums = [5, -3, 8, -1, 0, 7]
nums.sort(key=abs)
print(nums)
nums.sort(reverse=True)
print(nums)
square = lambda x: x * x
print(square(7), list(map(lambda n: n + 1, nums)), list(filter(lambda n: n > 0, nums)))
