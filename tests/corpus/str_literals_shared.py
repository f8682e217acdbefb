# str literals are built once and shared (as CPython keeps a code object's constants): appending to a variable
# that starts from a literal must never change the literal, and NUL bytes inside a literal are part of it.


def build(n: int) -> str:
    s = ""
    for _ in range(n):
        s += "ab\0c"
        s += "é"
    return s


def tagged(n: int) -> list[str]:
    parts: list[str] = []
    for i in range(n):
        p = "x"
        p += str(i)
        p += "\x00"
        parts.append(p)
    return parts


def main() -> None:
    t = build(3)
    print(len(t), repr(t))
    u = "ab\0c"
    print(len(u), u == "ab\x00c", repr(u + u), u.split("\0"))
    print(tagged(4), "x", len("x"))
    again = tagged(2)
    print(again == ["x0\x00", "x1\x00"], "".join(again).count("\0"))


main()
