# expect-exit: 2
import sys


def shutdown(code: int) -> None:
    print("shutting down with", code)
    sys.exit(code)


try:
    shutdown(5)
except SystemExit as exit_request:
    print("intercepted exit")
print("argv has", len(sys.argv), "entry", sys.argv[0].endswith("sys_exit_caught.py"))
print(sys.maxsize, sys.maxsize == 2 ** 63 - 1)
shutdown(2)
