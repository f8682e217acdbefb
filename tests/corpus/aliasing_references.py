def add_item(bag: list[int], value: int) -> None:
    bag.append(value)


a = [1, 2, 3]
b = a
b.append(4)
print(a, b, a is b, a == b)
c = a.copy()
c.append(5)
print(a, c, a is c)
add_item(a, 99)
print(b)

grid = [[0] * 3 for _ in range(2)]
grid[0][1] = 7
print(grid)
shared_row = [0] * 3
shared = [shared_row, shared_row]
shared[0][0] = 1
print(shared)

index: dict[str, list[str]] = {}
names = index.setdefault("n", [])
names.append("first")
print(index)
d2 = index
d2["m"] = ["x"]
print(index, len(index))

t = (a, "tuple")
a.append(100)
print(t)
s = {1, 2}
alias = s
alias.add(3)
print(sorted(s), len(s))
x = [1, 2]
y = x
x = x + [3]
print(x, y)
y += [4]
print(x, y)
