# Naive doubly recursive Fibonacci: function-call overhead and int arithmetic.
# bench: quick=15
import sys


def fib(n: int) -> int:
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)


# The default problem size; run.py passes the size as argv[1], to this program and to its C++ twin alike.
SIZE = 34


def main(n: int) -> None:
    print(f"fib({n}) = {fib(n)}")


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else SIZE)
