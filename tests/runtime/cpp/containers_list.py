def err(f):
    try:
        f(); print("no error")
    except Exception as e:
        print(type(e).__name__ + ": " + str(e))

xs = [1, 2, 3]
xs.append(4)
print(xs, len(xs), xs[0], xs[-1])
print([], [1], [[1, 2], []], ['a', "b'c"], [1.5, -0.0, 1e16], [True, None is None])
ys = xs
ys.append(5)
print(xs)
base = [0, 1, 2, 3, 4]
for start in [None, -7, -5, -2, -1, 0, 1, 3, 5, 7]:
    for stop in [None, -7, -3, -1, 0, 2, 4, 5, 8]:
        for step in [None, 1, 2, 3, -1, -2, -4]:
            print(start, stop, step, base[start:stop:step])
err(lambda: base[::0])
err(lambda: base[5])
err(lambda: base[-6])
def setitem(i): base[i] = 9
err(lambda: setitem(5))
a = list(range(10))
a[2:5] = [20, 30]
print(a)
a[1:1] = [7, 7, 7]
print(a)
a[::2] = [0] * len(a[::2])
print(a)
def bad(): a[::2] = [1]
err(bad)
a[::-3] = [5] * len(a[::-3])
print(a)
a[5:2] = [8]
print(a)
a[:] = a
print(a)
a[1:] = a
print(a)
del a[::3]
print(a)
del a[-2:]
print(a)
del a[::-2]
print(a)
def delit(): del a[100]
err(delit)
b = [3, 1, 2]
b.insert(0, 9); b.insert(-1, 8); b.insert(100, 7); b.insert(-100, 6)
print(b)
print(b.pop(), b.pop(0), b.pop(-2), b)
err(lambda: [].pop())
err(lambda: [1].pop(5))
b.remove(9)
print(b)
err(lambda: b.remove(42))
print(b.index(2), [1, 2, 1, 2].index(1, 1), [1, 2, 1, 2].count(2))
err(lambda: b.index(42))
err(lambda: ['a'].index('b'))
err(lambda: [1, 2, 3].index(1, 1))
b.reverse(); print(b)
b.extend(range(3)); b.extend(b); print(b)
b += [1]; print(b)
b *= 2; print(len(b))
c = [1, 2] * 3; print(c, 0 * [1], [1] * -1, 2 * [0])
print([1, 2] + [3], [1, 2] == [1, 2], [1, 2] != [1, 3], [1, 2] < [1, 3], [1, 2] < [1, 2, 0], [2] > [1, 9], [1, 2] <= [1, 2], [] >= [])
print(3 in c, 5 in c, [1] in [[1], [2]])
words = ["pear", "Apple", "fig", "banana", "kiwi", "date", "plum"]
print(sorted(words), sorted(words, key=len), sorted(words, key=len, reverse=True), sorted(words, reverse=True))
pairs = [(1, 'b'), (0, 'a'), (1, 'a'), (0, 'b'), (2, 'c'), (1, 'c')]
pairs.sort(key=lambda p: p[0]); print(pairs)
pairs.sort(key=lambda p: p[0], reverse=True); print(pairs)
pairs.sort(); print(pairs)
fl = [3.5, -1.0, 2.25, 0.0, -0.0]
fl.sort(); print(fl)
print(bool([]), bool([0]))
c.clear(); print(c)
d = b.copy(); d.append(100); print(len(b) + 1 == len(d))
bl = [True] * 5
bl[2] = False
print(bl, sum(bl))
nested = [[0] * 3 for _ in range(2)]
nested[0][1] = 5
print(nested)
