# expect-exit: 1
# Unbounded recursion: CPython stops it with RecursionError at its recursion limit; the native build runs into the
# stack's guard page, and the runtime ends the program the same way (stdout so far written, CPython's last stderr
# line, exit status 1). Only in the optimized run: under AddressSanitizer the stack overflow is ASan's to report.


def fact(n: int) -> int:
    if n == 0:
        return 1
    return n * fact(n - 1)


def depth(n: int) -> int:
    return depth(n + 1) + 1


def main() -> None:
    print("before:", fact(20))
    for i in range(3):
        print("line", i)
    print(depth(0))
    print("never printed")


main()
