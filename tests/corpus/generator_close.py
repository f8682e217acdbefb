# A generator dropped while suspended is closed the moment its last reference goes: GeneratorExit is raised at its
# yield, so its `finally` blocks run then (cleanup of a stream stopped early by `break`, by next() or by rebinding
# the only variable that held it). What a finally raises during that close, or a yield instead of finishing, is
# reported on stderr as ignored and the program goes on.
from typing import Generator


def numbers(label: str, count: int) -> Generator[int, None, None]:
    print("open", label)
    try:
        for i in range(count):
            yield i
    finally:
        print("close", label)


def first(label: str, wanted: int) -> list[int]:
    out: list[int] = []
    for x in numbers(label, 10):
        out.append(x)
        if len(out) == wanted:
            break
    print("loop over", label, "done")
    return out


def swallow_everything(label: str) -> Generator[int, None, None]:
    # `except Exception` does not catch GeneratorExit: it is a BaseException.
    try:
        yield 1
        yield 2
    except Exception:
        print("never: GeneratorExit is not an Exception")
    finally:
        print("finally of", label)


def outer(label: str) -> Generator[int, None, None]:
    inner = numbers(label + ".inner", 5)
    try:
        for x in inner:
            yield x * 10
    finally:
        print("outer finally", label)


def bad_cleanup() -> Generator[int, None, None]:
    try:
        yield 1
    finally:
        print("cleanup raises")
        raise ValueError("cleanup failed")


def stubborn() -> Generator[int, None, None]:
    try:
        yield 1
    except GeneratorExit:
        print("caught GeneratorExit, yielding anyway")
    yield 2


def main() -> None:
    print(first("a", 2))
    g = numbers("b", 3)
    print("next:", next(g))
    g = numbers("c", 3)
    print("rebound; c never started, so it has nothing to close")
    print(sum(numbers("d", 4)))
    s = swallow_everything("s")
    print(next(s))
    s = swallow_everything("t")
    o = outer("o")
    print(next(o), next(o))
    o = outer("p")
    b = bad_cleanup()
    print(next(b))
    b = bad_cleanup()
    print("after the ignored ValueError")
    t = stubborn()
    print(next(t))
    t = stubborn()
    print("after the ignored RuntimeError")


main()
print("end")
