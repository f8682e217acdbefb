# Dict views: d.keys(), d.values() and d.items() are live views of the dict, not copies. Their reprs (empty,
# nested, non-ASCII), what they show after the dict changes, membership, the set-like comparisons and operators of
# keys and items views (any iterable on either side; the result is a set), identity equality of values views,
# reversed, iteration, and the RuntimeErrors when the dict changes size or keys while a view is iterated.

stock: dict[str, int] = {"apple": 3, "pear": 0, "fig": 7}
keys = stock.keys()
values = stock.values()
items = stock.items()
print(keys)
print(values)
print(items)
print(repr(keys), str(items), f"{values}", f"[{keys!r}]")

empty: dict[int, float] = {}
print(empty.keys(), empty.values(), empty.items(), len(empty.items()), bool(empty.keys()), bool(keys))

# Live: views taken before a change see it.
stock["kiwi"] = 5
del stock["pear"]
stock["apple"] += 10
print(len(keys), list(keys), keys)
print(values, sum(values), max(values))
print(items, len(items), bool(items))
stock.clear()
print(keys, values, items, len(keys), bool(values))
stock["plum"] = 1
print(keys, values, items)

# Nested values and non-ASCII keys.
menu: dict[str, dict[str, tuple[int, str]]] = {"café": {"crème": (2, "brûlée")}, "日本": {"茶": (1, "緑")}}
print(menu.keys())
print(menu.values())
print(menu.items())
grid: dict[tuple[int, int], list[float]] = {(0, 1): [0.5, 1.0], (2, 3): []}
print(grid.keys(), grid.values(), grid.items(), sep="\n")

# Membership.
ages = {"ann": 31, "bob": 27, "cy": 40}
print("ann" in ages.keys(), "zed" in ages.keys(), 27 in ages.values(), 99 in ages.values(), 99 not in ages.values())
print(("bob", 27) in ages.items(), ("bob", 28) in ages.items(), ("zed", 27) in ages.items(), ("ann", 31) not in ages.items())

# Keys and items views compare as sets; values views only equal themselves.
other = {"cy": 1, "ann": 2, "bob": 3}
print(ages.keys() == other.keys(), ages.keys() != other.keys(), ages.items() == other.items(), ages.items() != other.items())
print(ages.keys() == {"ann", "bob", "cy"}, {"ann", "bob"} < ages.keys(), ages.keys() <= {"ann"}, ages.keys() >= {"ann"})
print(ages.items() == {("ann", 31), ("bob", 27), ("cy", 40)}, ages.items() > {("cy", 40)}, {("cy", 40)} >= ages.items())
print(ages.values() == ages.values(), ages.values() != ages.values())
same = ages.values()
print(same == same, same != same, same is same, ages.keys() is ages.keys())

# Set operators give new sets; strs are printed sorted (a set of strs has no fixed order across runs).
print(sorted(ages.keys() & other.keys()), sorted(ages.keys() | {"dee"}), sorted(ages.keys() - {"bob"}), sorted(ages.keys() ^ {"bob", "eve"}))
print(sorted({"ann", "zed"} & ages.keys()), sorted(["zed"] | ages.keys()), sorted({"ann", "zed"} - ages.keys()), sorted(["ann", "eve"] ^ ages.keys()))
print(sorted(ages.items() & {("ann", 31), ("bob", 1)}), sorted(ages.items() - {("ann", 31)}), sorted(ages.items() | other.items()))
print(sorted(ages.items() ^ other.items()), sorted(ages.keys() - "bob"), len(ages.keys() & []))

# Sets of small ints print in CPython's order.
squares = {n: n * n for n in range(12)}
evens = {n: 0 for n in range(0, 40, 4)}
print(squares.keys() & evens.keys(), squares.keys() | evens.keys())
print(squares.keys() - evens.keys(), squares.keys() ^ evens.keys(), evens.keys() - squares.keys())
print(squares.keys() & {3, 5, 100}, {100, 3} | squares.keys(), {1, 50} - squares.keys(), [40, 2, 1] ^ squares.keys())
print(squares.items() & {(3, 9), (4, 15)}, squares.items() ^ {(2, 4), (50, 2500)})
print(squares.items() ^ {n: n * n for n in range(5, 15)}.items())
print(squares.keys().isdisjoint({20, 30}), squares.keys().isdisjoint([5]), squares.items().isdisjoint({(5, 25)}))

# reversed, loops, comprehensions and builtins over views.
print(list(reversed(ages.keys())), list(reversed(ages.values())), list(reversed(ages.items())))
for name, age in ages.items():
    print(f"{name}: {age}")
print([k.upper() for k in ages.keys()], {v: k for k, v in ages.items()}, sorted(ages.values(), reverse=True))
print(" ".join(ages.keys()), max(ages.items(), key=lambda kv: kv[1]), min(ages, key=len))
first, *rest = ages.values()
print(first, rest, dict(ages.items()), set(ages.values()) == {27, 31, 40})
print(list(zip(ages.keys(), ages.values())), list(enumerate(ages.items())))

# Changing values while iterating is fine; changing the dict's size raises RuntimeError.
for name in ages.keys():
    ages[name] += 1
print(ages)
try:
    for name in ages.keys():
        ages[name + "!"] = 0
except RuntimeError as error:
    print("RuntimeError:", error)
try:
    for age in ages.values():
        ages.pop("ann")
except RuntimeError as error:
    print("RuntimeError:", error)
try:
    for pair in reversed(ages.items()):
        print(pair)
        ages.clear()
except RuntimeError as error:
    print("RuntimeError:", error)
print(ages, len(items))

# Replacing keys keeps the size, but the loop finds more entries than the dict had: RuntimeError too.
codes = {"x": 1, "y": 2}
try:
    for code in codes.keys():
        del codes[code]
        codes[code + "2"] = 0
except RuntimeError as error:
    print("RuntimeError:", error, codes)

# The keys and items views are unhashable.
try:
    print(hash(ages.keys()))
except TypeError as error:
    print("TypeError:", error)
