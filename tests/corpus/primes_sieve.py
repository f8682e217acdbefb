def sieve(limit: int) -> list[int]:
    is_prime: list[bool] = [True] * (limit + 1)
    is_prime[0] = False
    is_prime[1] = False
    p = 2
    while p * p <= limit:
        if is_prime[p]:
            for multiple in range(p * p, limit + 1, p):
                is_prime[multiple] = False
        p += 1
    return [n for n in range(limit + 1) if is_prime[n]]


primes = sieve(100)
print(len(primes), primes)
print(sum(primes))
