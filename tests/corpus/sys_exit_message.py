# expect-exit: 1
import sys


def require(flag: bool, message: str) -> None:
    if not flag:
        sys.exit(message)


require(True, "unused")
print("first check passed")
require(len(sys.argv) > 1, "usage: sys_exit_message.py NAME")
print("not reached")
