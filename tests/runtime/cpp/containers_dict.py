def err(f):
    try:
        f(); print("no error")
    except Exception as e:
        print(type(e).__name__ + ": " + str(e))

d = {'b': 1, 'a': 2}
d['c'] = 3
d['b'] = 10
print(d, len(d), d['a'], 'a' in d, 'z' in d)
del d['a']
d['a'] = 5
print(d, list(d), list(d.keys()), list(d.values()), list(d.items()))
err(lambda: d['zz'])
def delz(): del d['zz']
err(delz)
print(d.get('c'), d.get('q'), d.get('q', 7), d.get('c', 7), d.get('q', 'none'))
print(d.pop('c'), d.pop('q', 99), d)
err(lambda: d.pop('q'))
print(d.setdefault('b', 0), d.setdefault('n', 4), d)
print(d.popitem(), d)
e = {}
err(lambda: e.popitem())
d.update({'x': 1, 'b': 2})
d.update([('y', 3), ('x', 4)])
print(d)
print(d | {'z': 0, 'x': 9}, {1: 'a'} == {1: 'a'}, {1: 'a', 2: 'b'} == {2: 'b', 1: 'a'}, {1: 'a'} != {1: 'b'})
d |= {'w': 5}
print(d, bool(d), bool({}))
c = d.copy(); c['new'] = 1; print(len(d) + 1 == len(c))
d.clear(); print(d, len(d))
counts = {}
text = "the quick brown fox jumps over the lazy dog the end fox".split()
for w in text:
    counts[w] = counts.get(w, 0) + 1
print(counts)
print(sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])))
m = {}
for i in range(1000):
    m[i * 7 % 1000] = i
for i in range(0, 1000, 3):
    del m[i]
for i in range(0, 60, 2):
    m[i] = -i
print(len(m), list(m.items())[:12], list(m)[-5:])
nested = {1: [1, 2], 2: {'a': (1,)}, 3: {1.5, 2.5}}
print(nested)
print(dict([(1, 2), (3, 4)]), dict({1: 2}), dict(zip('abc', range(3))))
print(list(reversed({1: 'a', 2: 'b', 3: 'c'})))
def mutate():
    for k in counts:
        counts[k + 'x'] = 1
err(mutate)
f = {(1, 2): 'a', (0,): 'b'}
print(f[(1, 2)], (0,) in f, f)
g = {1: 'int', True: 'bool', 1.0: 'float'}
print(g)
h = {}
for i in range(20):
    h[i] = i
    h.popitem()
    h[-i] = i
print(h)
v = {3: 'c', 1: 'a', 2: 'b'}
ks, vs, its = v.keys(), v.values(), v.items()
v[0] = 'z'
print(ks, vs, its, len(ks), 2 in ks, 'z' in vs, (1, 'a') in its, (1, 'b') in its)
print(ks & {1, 5}, ks | [7, 0], ks - {0}, [5, 3] ^ ks, its & {(3, 'c')}, sorted(its ^ {1: 'a'}.items()))
print(ks == {0, 1, 2, 3}, {1} < ks, its <= its, vs == vs, vs == v.values(), ks.isdisjoint([9]))
print(list(reversed(its)), sorted(its), list(vs))
err(lambda: [v.pop(k) for k in ks])
err(lambda: hash(its))
