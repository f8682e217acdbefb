names = ["ana", "bo", "cy", "dee"]
scores = [88, 92, 75, 92]
for i, name in enumerate(names, start=1):
    print(i, name)
print(list(zip(names, scores)), dict(zip(names, scores)))
print(list(map(len, names)), list(map(lambda a, b: a * b, [1, 2, 3], [4, 5, 6])))
print(list(filter(lambda s: s > 80, scores)), list(filter(None, [0, 1, 0, 2])))
print(list(reversed(names)), list(reversed(range(5))), "".join(reversed("abc")))
print(min(scores), max(scores), sum(scores), sum(scores) / len(scores))
print(max(names, key=len), min(names, key=lambda n: n[-1]), max(3, 9, 4), min(2.5, 1.5))
print(sorted(zip(scores, names), reverse=True))
print(any(s < 80 for s in scores), all(s > 70 for s in scores), any(s > 100 for s in scores[:0]), all(x for x in scores[:0]))
print(list(range(10, 0, -3)), len(range(0, 100, 7)), list(enumerate("ab")))
print(sum(range(101)), sum([0.5, 0.25]), sum([[1], [2, 3]], [0]))
print(abs(-3), round(2.675, 2), divmod(-7, 2), pow(2, 10), chr(ord("a") + 1))
print(list(zip(range(3), "xyz", [True, False, True])), next(iter(names)))
best_name, best_score = max(zip(names, scores), key=lambda p: p[1])
print(best_name, best_score)
