names = ["ada", "alan", "grace"]
scores = [93, 87, 99]
for index, name in enumerate(names):
    print(index, name)
for name, score in zip(names, scores):
    print(f"{name}: {score}")
best = max(zip(scores, names))
print(best)
table = {name: score for name, score in zip(names, scores)}
print(table)
print(list(enumerate("abc", 1)))
