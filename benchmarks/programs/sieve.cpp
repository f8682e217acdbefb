// Sieve of Eratosthenes: hand-written C++ twin of sieve.py.
#include <cstdio>
#include <cstdlib>
#include <vector>

namespace {

std::vector<bool> sieve(long n) {
    std::vector<bool> is_prime(n + 1, true);
    is_prime[0] = false;
    is_prime[1] = false;
    for (long i = 2; i * i <= n; ++i)
        if (is_prime[i])
            for (long j = i * i; j <= n; j += i) is_prime[j] = false;
    return is_prime;
}

}  // namespace

int main(int argc, char** argv) {
    const long n = argc > 1 ? std::atol(argv[1]) : 10000000;
    const std::vector<bool> is_prime = sieve(n);
    long count = 0, total = 0, largest = 0;
    for (long p = 0; p <= n; ++p)
        if (is_prime[p]) {
            ++count;
            total += p;
            largest = p;
        }
    std::printf("primes up to %ld: %ld, sum %ld, largest %ld\n", n, count, total, largest);
}
