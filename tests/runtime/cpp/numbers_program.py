# CPython's side of numbers_program.cpp (same output, exit code and last stderr line).
import math
import sys


class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y


class Vec:
    def __init__(self, x):
        self.x = x

    def __repr__(self):
        return f"Vec({self.x!r})"

    def __eq__(self, o):
        return isinstance(o, Vec) and o.x == self.x

    def __lt__(self, o):
        return self.x < o.x


class MyError(Exception):
    pass


print(1, 2.5, True, None, "héllo")
print(1, 2, sep="-", end="!\n")
print("a", "b", sep=None, end="|\n")
print()
print(sep="x")
print(0.1 + 0.2, 1e16, 1e-5, -0.0, math.inf, math.nan)
print(7 / 2, -7 // 2, -7 % 2, -7.5 % 2.0)
print(format(1234567, ",d"), format(3.14159, ".2f"), format("ab", "*^6"))
print("%5.2f|%-4d|%s" % (2.345, 7, "x"))
p, q = Point(1, 2), Point(1, 2)
print(p == q, p == p, bool(p))
r = repr(p)
print(r[:r.find(" at ")])
a, b = Vec(1.5), Vec(1.5)
print(a, a == b, a < b)
try:
    hash(a)
except TypeError as e:
    print(type(e).__name__, str(e))
try:
    p < q
except TypeError as e:
    print(e)
try:
    raise KeyError("k")
except KeyError as e:
    print(repr(e), str(e))
err = MyError("bad")
print(repr(err), str(err))
print(repr(ValueError()))
print(round(2.675, 2), round(2.5), int(" 42 "))
print(math.fsum([0.1, 0.1, 0.1]), math.factorial(20), math.gcd(12, 18))
if len(sys.argv) > 1 and sys.argv[1] == "exit3":
    sys.exit(3)
if len(sys.argv) > 1 and sys.argv[1] == "exitmsg":
    sys.exit("goodbye")
if len(sys.argv) > 1 and sys.argv[1] == "myerror":
    raise err
if len(sys.argv) > 1 and sys.argv[1] == "keyerror":
    raise KeyError("missing")
if len(sys.argv) > 1 and sys.argv[1] == "empty":
    raise ValueError()
print(int("x"))
