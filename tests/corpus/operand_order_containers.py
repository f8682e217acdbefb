# Operands are evaluated left to right: a read of a container's contents happens before a later operand's call
# changes it (C++ leaves the order of a call's arguments unspecified; the emitter must fix it).


def grow(xs: list[int]) -> int:
    xs.append(len(xs))
    return 1


def put(d: dict[str, int], key: str) -> int:
    d[key] = len(d)
    return 10


def main() -> None:
    xs = [1, 2]
    print(len(xs) + grow(xs), xs)
    print(xs[-1] * 100 + grow(xs), xs)
    d: dict[str, int] = {"a": 0}
    print(len(d) + put(d, "b"), "b" in d, d)
    print(max(len(xs), grow(xs)), len(xs))


main()
