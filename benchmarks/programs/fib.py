# Naive doubly recursive Fibonacci: function-call overhead and int arithmetic.
# bench: quick=15


def fib(n: int) -> int:
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)


# The problem size: run.py rewrites this line for other sizes; the C++ twin takes it as argv[1].
SIZE = 34


def main(n: int) -> None:
    print(f"fib({n}) = {fib(n)}")


if __name__ == "__main__":
    main(SIZE)
