def bisect_left(values: list[int], target: int) -> int:
    lo, hi = 0, len(values)
    while lo < hi:
        mid = (lo + hi) // 2
        if values[mid] < target:
            lo = mid + 1
        else:
            hi = mid
    return lo


def contains(values: list[int], target: int) -> bool:
    i = bisect_left(values, target)
    return i < len(values) and values[i] == target


def integer_sqrt(n: int) -> int:
    lo, hi = 0, n
    while lo < hi:
        mid = (lo + hi + 1) // 2
        if mid * mid <= n:
            lo = mid
        else:
            hi = mid - 1
    return lo


primes = [2, 3, 5, 7, 11, 13, 17, 19, 23, 29]
for t in [1, 2, 4, 13, 29, 30]:
    print(t, bisect_left(primes, t), contains(primes, t))
print([integer_sqrt(n) for n in [0, 1, 15, 16, 17, 10 ** 12, 2 ** 62]])
