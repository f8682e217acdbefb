evens = {n for n in range(0, 20, 2)}
threes = set(range(0, 20, 3))
print(sorted(evens & threes), sorted(evens | threes), sorted(evens - threes), sorted(evens ^ threes))
print(len(evens), 6 in evens, 7 in evens, {1, 2} <= {1, 2, 3}, {1, 2} < {1, 2}, {1, 2, 3} > {3})
seen: set[int] = set()
dups: list[int] = []
for v in [3, 1, 4, 1, 5, 9, 2, 6, 5, 3, 5]:
    if v in seen:
        dups.append(v)
    seen.add(v)
print(sorted(seen), dups)
seen.discard(100)
seen.remove(9)
print(sorted(seen), seen.isdisjoint({100, 200}), seen.issubset(range(10)))
u = seen.union([20, 21], {22})
print(sorted(u), sorted(seen.intersection([1, 2, 3, 50])), sorted(seen.difference({1, 2})))
none: set[int] = set()
print({1, 2, 3}, {3, 2, 1} == {1, 2, 3}, none == set(), none, len({x % 3 for x in range(10)}))
