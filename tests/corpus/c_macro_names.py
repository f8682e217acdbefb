# Python names that are macros of the C and C++ headers under the native runtime (INT64_MAX from <cstdint>, NAN
# and M_PI from <cmath>, EOF and BUFSIZ from <cstdio>, SIGSEGV from <csignal>, offsetof): the C++ backend renames
# them, or the preprocessor would replace them before the compiler sees the emitted code.
INT64_MAX = 2**63 - 1
NAN = "not a number"
M_PI = 3
EOF = -1
BUFSIZ = 16


class SIGSEGV:
    def __init__(self, errno: int) -> None:
        self.errno = errno


def offsetof(stdout: list[int], EXIT_FAILURE: int) -> int:
    return stdout.index(EXIT_FAILURE)


def main() -> None:
    print(INT64_MAX, NAN, M_PI * 2, EOF, BUFSIZ // 4)
    print(SIGSEGV(11).errno, offsetof([5, 6, 7], 7))


main()
