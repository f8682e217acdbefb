// Naive doubly recursive Fibonacci: hand-written C++ twin of fib.py.
#include <cstdio>
#include <cstdlib>

namespace {

long fib(long n) { return n < 2 ? n : fib(n - 1) + fib(n - 2); }

}  // namespace

int main(int argc, char** argv) {
    const long n = argc > 1 ? std::atol(argv[1]) : 34;
    std::printf("fib(%ld) = %ld\n", n, fib(n));
}
