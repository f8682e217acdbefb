// Fannkuch-redux: hand-written C++ twin of fannkuch.py.
#include <cstdio>
#include <cstdlib>
#include <numeric>
#include <utility>
#include <vector>

namespace {

std::pair<long, long> fannkuch(int n) {
    std::vector<int> perm1(n), perm(n), count(n);
    std::iota(perm1.begin(), perm1.end(), 0);
    long max_flips = 0, checksum = 0, perm_count = 0;
    int r = n;
    while (true) {
        for (; r != 1; --r) count[r - 1] = r;
        perm = perm1;
        long flips = 0;
        for (int k = perm[0]; k != 0; k = perm[0]) {
            for (int lo = 0, hi = k; lo < hi; ++lo, --hi) std::swap(perm[lo], perm[hi]);
            ++flips;
        }
        if (flips > max_flips) max_flips = flips;
        checksum += perm_count % 2 == 0 ? flips : -flips;
        while (true) {
            if (r == n) return {checksum, max_flips};
            const int perm0 = perm1[0];
            for (int i = 0; i < r; ++i) perm1[i] = perm1[i + 1];
            perm1[r] = perm0;
            if (--count[r] > 0) break;
            ++r;
        }
        ++perm_count;
    }
}

}  // namespace

int main(int argc, char** argv) {
    const int n = argc > 1 ? std::atoi(argv[1]) : 9;
    const auto [checksum, max_flips] = fannkuch(n);
    std::printf("%ld\nPfannkuchen(%d) = %ld\n", checksum, n, max_flips);
}
