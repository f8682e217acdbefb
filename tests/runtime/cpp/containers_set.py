def err(f):
    try:
        f(); print("no error")
    except Exception as e:
        print(type(e).__name__ + ": " + str(e))

print({3, 1, 2}, {16, 1, 2, 3, 4}, {8, 16, 24, 32, 40, 1}, {100, 5, 37, -1, -8, 64, 0})
print(set(), set(range(20)), set(range(100, 0, -7)), set([5, 13, 21, 29]))
print({1, 2}, {2, 1}, {-2, -1})
s = set(range(10))
s.remove(3); s.discard(4); s.discard(42)
print(s, len(s), 3 in s, 5 in s)
s.add(19); s.add(3); s.add(27)
print(s)
err(lambda: s.remove(42))
print(s.pop(), s.pop(), s)
err(lambda: set().pop())
seed = 12345
def rnd(n):
    global seed
    seed = (seed * 1103515245 + 12345) % 2147483648
    return seed % n
t = set()
for i in range(400):
    op = rnd(10)
    v = rnd(300) - 50
    if op < 6:
        t.add(v)
    elif op < 9:
        t.discard(v)
    else:
        if t:
            t.pop()
    if i % 25 == 0:
        print(len(t), t)
print(t)
big = set()
for i in range(0, 5000, 7):
    big.add(i * 1000003)
print(len(big), list(big)[:20])
a = {1, 2, 3, 4, 5, 40, 80}
b = {4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 40}
print(a | b, a & b, a - b, b - a, a ^ b, b ^ a)
print(a.union([100, 1], range(3)), a.intersection(b, [4, 40, 5]), a.difference([1], [2]), a.symmetric_difference([1, 99]))
print(a.issubset(b), {4, 5}.issubset(b), {4, 5} <= b, {4, 5} < b, b >= {4}, b > b, a.isdisjoint(b), a.isdisjoint([0, 99]), a.issuperset([1, 2]))
c = set(a); c |= b; print(c)
c = set(a); c &= b; print(c)
c = set(a); c -= b; print(c)
c = set(a); c ^= b; print(c)
c = set(a); c.update([9, 10], {11}); print(c)
c = set(a); c.intersection_update([1, 2, 3, 100]); print(c)
c = set(a); c.difference_update(range(3), [80]); print(c)
c = set(a); c.symmetric_difference_update(range(6)); print(c)
d = set(range(50)); d -= set(range(5, 45)); print(d)
e = set(range(3)); e -= set(range(100)); print(e)
print(a == {1, 2, 3, 4, 5, 40, 80}, a != b, a.copy(), {x * x for x in range(-5, 6)})
print(set({7: 'a', 3: 'b', 15: 'c'}), sorted({5, 1, 3}), bool(set()), bool({0}))
f = {1.5, 2.0, -0.5, 3.25}
print(f, {True, False}, {(1, 2), (3, 4), (0, 0)})
g = set(range(8))
for x in range(8):
    g.discard(x)
    g.add(x + 8)
print(g)
h = {1, 9, 17, 25, 33}
h.discard(9); h.add(41); h.discard(1); h.add(2); print(h)
def mutate():
    for x in h:
        h.add(x + 100)
err(mutate)
