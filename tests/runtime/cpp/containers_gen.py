def err(f):
    try:
        f(); print("no error")
    except Exception as e:
        print(type(e).__name__ + ": " + str(e))

def count(n):
    print("start")
    for i in range(n):
        print("yield", i)
        yield i * i
    print("done")
    return 99

g = count(3)
print("created")
print(next(g))
for v in g:
    print("got", v)
print(next(g, -1))
err(lambda: next(g))

def failing():
    yield 1
    raise ValueError("boom")

f = failing()
print(next(f))
err(lambda: next(f))
err(lambda: next(f))

def infinite():
    i = 0
    while True:
        yield [i] * 3
        i += 1

inf = infinite()
print(next(inf), next(inf))
del inf

squares = (x * x for x in range(5))
print(sum(squares), sum(squares))
evens = (x for x in [1, 2, 3, 4, 5, 6] if x % 2 == 0)
print(list(evens))
h = count(2)
h2 = h
print(next(h), next(h2), list(h))
print(list(zip(count(3), "ab")))
print(max(count(4)), sorted(count(3), reverse=True))
print(3 in (i for i in range(10)))
def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b
out = []
for v in fib():
    if v > 100:
        break
    out.append(v)
print(out)
def words():
    yield "a"
    yield "bb"
print(list(enumerate(words(), 1)), dict(zip(words(), range(2))), set(map(len, words())) == {1, 2})
def reenter():
    yield next(gr)
gr = reenter()
err(lambda: next(gr))
