# Index loops over lists: the shapes whose bounds checks the compiler may prove away (len before the loop,
# [x] * n, list(range(n)), range(i + 1, n)) next to close variants where the check must stay and CPython's
# IndexError shows; and augmented item and field assignments on locals, a walrus and a nonlocal.


class Particle:
    def __init__(self, x: float, v: float) -> None:
        self.x = x
        self.v = v


def pairwise_energy(ps: list[Particle]) -> float:
    n = len(ps)
    e = 0.0
    for i in range(n):
        p = ps[i]
        for j in range(i + 1, n):
            q = ps[j]
            d = p.x - q.x
            e += p.v * q.v / (1.0 + d * d)
    return e


def step(ps: list[Particle], dt: float) -> None:
    n = len(ps)
    for i in range(n):
        p = ps[i]
        for j in range(i + 1, n):
            q = ps[j]
            f = (q.x - p.x) * dt
            p.v += f
            q.v -= f
    for p in ps:
        p.x += dt * p.v


def drain(ps: list[Particle]) -> float:
    # p outlives its list item: the pop drops the list's reference, p must keep the particle.
    total = 0.0
    while len(ps) > 0:
        p = ps[len(ps) - 1]
        ps.pop()
        total += p.x
    return total


def matmul(a: list[list[float]], b: list[list[float]]) -> list[list[float]]:
    n = len(a)
    p = len(b[0])
    inner = len(b)
    c: list[list[float]] = []
    for i in range(n):
        a_row = a[i]
        row = [0.0] * p
        for j in range(p):
            s = 0.0
            for k in range(inner):
                s += a_row[k] * b[k][j]
            row[j] = s
        c.append(row)
    return c


def prefix_sums(xs: list[int]) -> list[int]:
    n = len(xs)
    out = [0] * n
    total = 0
    for i in range(n):
        total += xs[i]
        out[i] = total
    return out


def rotate_left(n: int) -> list[int]:
    perm = list(range(n))
    first = perm[0]
    for i in range(n - 1):
        perm[i] = perm[i + 1]
    perm[n - 1] = first
    return perm


def shrinking_sum(xs: list[int]) -> int:
    # The length is read once; popping inside the loop makes a later index fail.
    n = len(xs)
    t = 0
    for i in range(n):
        xs.pop()
        t += xs[i]
    return t


def stale_length(xs: list[int]) -> int:
    n = len(xs)
    xs.pop()
    t = 0
    for i in range(n):
        t += xs[i]
    return t


def from_before_start(xs: list[int]) -> list[int]:
    # range(i - 1, n) starts at -1: xs[-1] is the last item, as CPython reads it.
    n = len(xs)
    picked: list[int] = []
    for i in range(n):
        for j in range(i - 1, n):
            picked.append(xs[j])
    return picked


def aliased_appends(xs: list[int]) -> int:
    ys = xs
    t = 0
    for i in range(len(xs)):
        if i < 2:
            ys.append(i)
        t += xs[i]
    return t


def rebound_between_rounds(xs: list[int]) -> int:
    out: list[int] = [5, 6, 7]
    t = 0
    for r in range(2):
        n = len(xs)
        for i in range(n):
            out.pop()
            t += xs[i] * (r + 1)
        xs = out
    return t


def dot(a: list[float], b: list[float]) -> float:
    s = 0.0
    for k in range(len(a)):
        s += a[k] * b[k]
    return s


def window_sum(xs: list[int], lo: int, hi: int) -> int:
    # A negative lo reads items from the end, as CPython does.
    t = 0
    for k in range(lo, hi):
        t += xs[k]
    return t


def bump_counts(counts: list[int], keys: list[int]) -> None:
    for k in keys:
        counts[k] += 1
    i = 0
    counts[i] += (i := 2)
    counts[i] *= 10


def nonlocal_target() -> float:
    a = Particle(1.0, 0.0)
    b = Particle(2.0, 0.0)
    cur = a

    def switch() -> float:
        nonlocal cur
        cur = b
        return 0.5

    cur.x += switch()
    return a.x * 10.0 + b.x


def walrus_target() -> str:
    a = Particle(1.0, 0.0)
    b = Particle(2.0, 0.0)
    cur = a
    cur.v += (cur := b).x
    return f"{a.v} {b.v} {cur.x}"


def main() -> None:
    ps = [Particle(float(i), 1.0 + 0.25 * i) for i in range(5)]
    print(f"{pairwise_energy(ps):.6f}")
    for _ in range(3):
        step(ps, 0.01)
    print(" ".join(f"{p.x:.4f}/{p.v:.4f}" for p in ps))
    print(drain([Particle(1.5, 0.0), Particle(2.5, 0.0), Particle(4.0, 0.0)]))
    a = [[float(i + j) for j in range(3)] for i in range(2)]
    b = [[float(i * j + 1) for j in range(4)] for i in range(3)]
    print(matmul(a, b))
    print(prefix_sums([3, 1, 4, 1, 5, 9, 2, 6]))
    print(rotate_left(6))
    try:
        print(shrinking_sum([1, 2, 3, 4]))
    except IndexError as e:
        print("shrinking_sum IndexError:", e)
    try:
        print(stale_length([1, 2, 3]))
    except IndexError as e:
        print("stale_length IndexError:", e)
    print(from_before_start([10, 20, 30]))
    print(aliased_appends([1, 2, 3]))
    try:
        print(rebound_between_rounds([1, 2]))
    except IndexError as e:
        print("rebound_between_rounds IndexError:", e)
    print(dot([1.0, 2.0, 3.0], [4.0, 5.0, 6.0]))
    try:
        print(dot([1.0, 2.0, 3.0], [4.0, 5.0]))
    except IndexError as e:
        print("dot IndexError:", e)
    window = [1, 10, 100, 1000, 10000]
    print(window_sum(window, 1, 3), window_sum(window, -2, 2), window_sum(window, 4, 2))
    try:
        print(window_sum(window, 2, 10))
    except IndexError as e:
        print("window_sum IndexError:", e)
    counts = [0] * 4
    bump_counts(counts, [0, 3, 3, 1])
    print(counts)
    try:
        bump_counts(counts, [4])
    except IndexError as e:
        print("bump_counts IndexError:", e)
    print(nonlocal_target())
    print(walrus_target())
    row = [0.0] * 3
    try:
        for j in range(4):
            row[j] = 1.0
    except IndexError as e:
        print("row IndexError:", e, row)


main()
