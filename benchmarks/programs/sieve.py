# Sieve of Eratosthenes up to N: prints how many primes there are, their sum and the largest.
# bench: quick=10000
import sys


def sieve(n: int) -> list[bool]:
    is_prime = [True] * (n + 1)
    is_prime[0] = False
    is_prime[1] = False
    i = 2
    while i * i <= n:
        if is_prime[i]:
            for j in range(i * i, n + 1, i):
                is_prime[j] = False
        i += 1
    return is_prime


# The default problem size; run.py passes the size as argv[1], to this program and to its C++ twin alike.
SIZE = 10000000


def main(n: int) -> None:
    is_prime = sieve(n)
    count = 0
    total = 0
    largest = 0
    for p in range(n + 1):
        if is_prime[p]:
            count += 1
            total += p
            largest = p
    print(f"primes up to {n}: {count}, sum {total}, largest {largest}")


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else SIZE)
