# Fannkuch-redux: for every permutation of 0..n-1, count the prefix reversals ("pancake flips")
# until 0 comes first; print the alternating checksum and the maximum (the Benchmarks Game algorithm).
# bench: quick=6
import sys


def fannkuch(n: int) -> tuple[int, int]:
    perm1 = list(range(n))
    perm = [0] * n
    count = [0] * n
    max_flips = 0
    checksum = 0
    perm_count = 0
    r = n
    while True:
        while r != 1:
            count[r - 1] = r
            r -= 1
        for i in range(n):
            perm[i] = perm1[i]
        flips = 0
        k = perm[0]
        while k != 0:
            lo = 0
            hi = k
            while lo < hi:
                t = perm[lo]
                perm[lo] = perm[hi]
                perm[hi] = t
                lo += 1
                hi -= 1
            flips += 1
            k = perm[0]
        if flips > max_flips:
            max_flips = flips
        if perm_count % 2 == 0:
            checksum += flips
        else:
            checksum -= flips
        # Next permutation, in the order the Benchmarks Game specifies.
        while True:
            if r == n:
                return (checksum, max_flips)
            perm0 = perm1[0]
            for i in range(r):
                perm1[i] = perm1[i + 1]
            perm1[r] = perm0
            count[r] -= 1
            if count[r] > 0:
                break
            r += 1
        perm_count += 1


# The default problem size; run.py passes the size as argv[1], to this program and to its C++ twin alike.
SIZE = 9


def main(n: int) -> None:
    checksum, max_flips = fannkuch(n)
    print(checksum)
    print(f"Pfannkuchen({n}) = {max_flips}")


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else SIZE)
