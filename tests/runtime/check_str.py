#!/usr/bin/env python3
"""Differential test of the C++ runtime's str and bytes against CPython (run it with CPython 3.11).

  python3 tests/runtime/check_str.py [--sanitize] [--cxx g++] [--seed N] [--random N]

Builds and runs tests/runtime/cpp/str_basics.cpp (C++-level checks), then builds
tests/runtime/cpp/str_ops_driver.cpp, generates cases (fixed edge cases over ASCII, Latin-1, Greek,
Cyrillic, CJK and emoji texts, plus random ones), runs each in this interpreter and in the driver, and compares
the printed results line by line (repr of the result, or `ExceptionType: message`). Exit status 0 when all agree.
--unicode also checks every code point (predicates and case mappings of each one-character string).
--sanitize builds with -fsanitize=address,undefined (and makes any sanitizer report a failure).
"""
import argparse
import os
import random
import subprocess
import sys
import tempfile

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
DRIVER = os.path.join(ROOT, "tests", "runtime", "cpp", "str_ops_driver.cpp")
BASICS = os.path.join(ROOT, "tests", "runtime", "cpp", "str_basics.cpp")
UNICODE_TABLE = os.path.join(ROOT, "tests", "runtime", "cpp", "str_unicode_table.cpp")
INCLUDE = os.path.join(ROOT, "src", "Compiler.Native", "Runtime", "cpp")


class Omit:
    def __repr__(self):
        return "OMIT"


OMIT = Omit()

TEXTS = [
    "", "a", "ab", "abc", "hello world", "  hello   world  ", " \t\n a\r\n\x0bb\x0c c \x1c\x1d\x1e\x1f ",
    "héllo wörld", "straße", "Straße STRASSE", "日本語のテキスト", "emoji 😀 and 😀😀!", "ΣΑΣ ΟΔΟΣ Σ", "όσος ΌΣΟΣ",
    "Привет, Мир!", "İstanbul ıi", "ǅungla ǆ ǅ", "ﬁne ﬂow ŉ", "a\tb\tc\n12\t3", "x\u2028y\u2029z\x85w\r\nv\rq",
    "\x00\x07\x7f\x80\x9f\xa0\xad\u200b\ufeff", "it's", 'say "hi"', "both ' and \"", "\\back\\slash",
    "\u3000full\u3000width\u3000", "\u00a0nbsp\u00a0", "a,b,,c,", ",a,b", "aaa", "abab", "١٢٣ ²³ ½ Ⅻ 123",
    "Hello World Title", "hello World", "HELLO", "_ident9", "9lives", "déjà_vu", "ℌilbert", "ǈ", "ΐ", "ﬃ",
    "\ud800 lone", "\U0001F600", "𝔘𝔫𝔦𝔠𝔬𝔡𝔢", "ß", "ⓐⒶ", "ῼ", "\u0345", "aΣ", "aΣb", "a\u0345Σ", "Σ",
    "-42", "+7", "007", "--x",
    "日本語 " * 60 + "end", ("mixed é 😀 Σ ascii " * 20).strip(), "a" * 150 + "é",
]
SEPS = ["", " ", ",", "a", "ab", "é", "😀", "Σ", "  ", "\n", "l", "ll", "aa", "xyz"]
INTS = [None, -100, -7, -3, -1, 0, 1, 2, 3, 5, 8, 100]
BYTES = [b"", b"a", b"abc", b"h\xc3\xa9llo", b"\xff", b"\xe6\x97\xa5\xe6", b"\xe6\x97x", b"\xed\xa0\x80",
         b"\xf0\x9f\x98\x80", b"\xf0\x9f\x98", b"\xc0\x80", b"\xf4\x90\x80\x80", b"a\x80b\xfe\xffc", b"it's",
         b'"q"', b"'\"", b"\t\n\r\\\x00\x7f", b"\xe0\x80\x80", b"\xf0\x80\x80\x80", b"\xc3", b"\xc3\xa9\xc3"]
# (attribute and index access in fields, "{0.real}" / "{0[1]}", raise NotImplementedError: a known divergence)
FORMATS = ["", "plain", "{}", "{} {}", "{0}{1}{0}", "{1}", "{}{0}", "{0}{}", "{{}}", "{{{}}}", "}}{{", "}", "{",
           "a}b", "{:>6}", "{:^7}|{:<4}", "{!r}", "{!s:>5}", "{!a}", "{0!r:^10}", "{!x}", "{!}", "{0!rr}", "{:{}}",
           "{:{}.{}f}", "{0:{1}}", "{:{:{}}}", "{name}", "{:d}", "{:.2f}", "{:+,}", "{:x}",
           "{:é^9}", "é{}日{}😀", "{00}", "{99999999999999999999999}", "{ }", "{-1}", "{:", "{0", "{!r", "{0:{1}",
           "{[}", "{0!r}}", "{!ré}", "{!é}", "{:{{}}}", "{:{:{:{}}}}", "x{0:}y", "{!r:}", "{0]}", "{a[}"]
FORMAT_ARGS = [(), (1,), (1, 2), ("ab", 3.5), (-1234567, "x"), ("é😀", 0.1, 7), (True, None), (12, 3, 2), (3.25, 9, 2, "z")]
ENCODINGS = [OMIT, "utf-8", "UTF8", "ascii", "latin-1", "Latin_1", "iso-8859-1", "us-ascii", "bogus"]
ERRORS = [OMIT, "strict", "ignore", "replace", "backslashreplace", "surrogateescape", "surrogatepass",
          "xmlcharrefreplace", "nosuch"]


def strip_omit(args):
    args = list(args)
    while args and args[-1] is OMIT:
        args.pop()
    return args


def positional(method):
    """A method whose optional positional parameters accept None in place of an omitted one."""
    def call(s, *args):
        args = [None if a is OMIT else a for a in strip_omit(args)]
        return getattr(s, method)(*args)
    return call


def keywords(method, names):
    def call(s, *args):
        kw = {n: a for n, a in zip(names, args) if a is not OMIT}
        return getattr(s, method)(**kw)
    return call


def slice_of(s, a=None, b=None, c=None):
    return s[slice(a, b, c)]


PY = {
    "repr": repr, "ascii": ascii, "len": len, "truth": bool, "iter": list, "reversed": lambda s: list(reversed(s)),
    "getitem": lambda s, i: s[i], "slice": slice_of, "contains": lambda s, x: x in s, "add": lambda a, b: a + b,
    "mul": lambda s, n: s * n, "rmul": lambda s, n: n * s, "lt": lambda a, b: a < b, "le": lambda a, b: a <= b,
    "gt": lambda a, b: a > b, "ge": lambda a, b: a >= b, "eq": lambda a, b: a == b, "ne": lambda a, b: a != b,
    "hasheq": lambda a, b: a != b or hash(a) == hash(b), "ord": ord, "chr": chr,
    "join": lambda sep, items, chars=None: sep.join(items if chars is None else chars),
    "join_iter": lambda sep, items: sep.join(iter(items)),
    "format": lambda fmt, *args: fmt.format(*args),
    "split": keywords("split", ["sep", "maxsplit"]), "rsplit": keywords("rsplit", ["sep", "maxsplit"]),
    "splitlines": keywords("splitlines", ["keepends"]),
    "encode": keywords("encode", ["encoding", "errors"]), "decode": keywords("decode", ["encoding", "errors"]),
    "brepr": repr, "bstr": str, "blen": len, "biter": list, "bgetitem": lambda b, i: b[i], "bslice": slice_of,
    "bcontains": lambda b, i: i in b, "badd": lambda a, b: a + b, "blt": lambda a, b: a < b, "beq": lambda a, b: a == b,
}
for m in ["strip", "lstrip", "rstrip", "upper", "lower", "casefold", "title", "capitalize", "swapcase", "replace",
          "startswith", "endswith", "find", "rfind", "index", "rindex", "count", "isascii", "isprintable", "isspace",
          "isalpha", "isdigit", "isdecimal", "isnumeric", "isalnum", "isupper", "islower", "istitle", "isidentifier",
          "center", "ljust", "rjust", "zfill", "expandtabs", "partition", "rpartition", "removeprefix",
          "removesuffix"]:
    PY[m] = positional(m)


def encode_arg(a):
    if a is OMIT:
        return "-"
    if a is None:
        return "N"
    if a is True:
        return "T"
    if a is False:
        return "F"
    if isinstance(a, int):
        return "i%d" % a
    if isinstance(a, float):
        return "f%r" % a
    if isinstance(a, str):
        return "s" + a.encode("utf-8", "surrogatepass").hex()
    if isinstance(a, bytes):
        return "b" + a.hex()
    if isinstance(a, tuple):
        return "t" + ",".join(x.encode("utf-8", "surrogatepass").hex() for x in a)
    raise TypeError(a)


def expected(op, args):
    try:
        r = PY[op](*args)
    except Exception as e:  # noqa: BLE001 - the exception is the expected output
        msg = str(e)
        return type(e).__name__ + (": " + msg if e.args else "")
    return repr(r)


def fixed_cases():
    cases = []
    add = lambda op, *args: cases.append((op, list(args)))  # noqa: E731
    for s in TEXTS:
        for op in ["repr", "ascii", "len", "truth", "iter", "reversed", "upper", "lower", "casefold", "title",
                   "capitalize", "swapcase", "isascii", "isprintable", "isspace", "isalpha", "isdigit", "isdecimal",
                   "isnumeric", "isalnum", "isupper", "islower", "istitle", "isidentifier", "strip", "lstrip",
                   "rstrip", "splitlines", "split", "rsplit", "expandtabs"]:
            add(op, s)
        add("splitlines", s, True)
        add("splitlines", s, False)
        for i in [-100, -len(s) - 1, -len(s), -1, 0, 1, len(s) - 1, len(s), 100]:
            add("getitem", s, i)
        for a in INTS[::2]:
            for b in INTS[1::2]:
                for c in [None, 1, 2, -1, -2, 3, 0]:
                    add("slice", s, a, b, c)
        for sep in SEPS:
            add("split", s, sep)
            add("rsplit", s, sep)
            for m in [-1, 0, 1, 2]:
                add("split", s, sep, m)
                add("rsplit", s, sep, m)
            add("contains", s, sep)
            add("partition", s, sep)
            add("rpartition", s, sep)
            add("strip", s, sep)
            add("lstrip", s, sep)
            add("rstrip", s, sep)
            add("removeprefix", s, sep)
            add("removesuffix", s, sep)
            add("replace", s, sep, "<>")
            add("replace", s, sep, "")
            for c in [-1, 0, 1, 2]:
                add("replace", s, sep, "Ж", c)
            for op in ["find", "rfind", "index", "rindex", "count", "startswith", "endswith"]:
                add(op, s, sep)
                for a in [None, -3, 0, 1, 4, 100]:
                    add(op, s, sep, a)
                    for b in [None, -1, 2, 5, 100]:
                        add(op, s, sep, a, b)
                add(op, s, sep, OMIT, 3)
            for op in ["lt", "le", "gt", "ge", "eq", "ne", "hasheq", "add"]:
                add(op, s, sep)
                add(op, sep, s)
        add("split", s, OMIT, 1)
        add("rsplit", s, OMIT, 1)
        add("split", s, None, 2)
        add("rsplit", s, None, 0)
        add("startswith", s, ("x", "he", ""))
        add("startswith", s, ("zz", "yy"), 1)
        add("endswith", s, ("d", "😀", "!"), 0, -1)
        add("endswith", s, ())
        for w in [-1, 0, len(s), len(s) + 1, len(s) + 4, 20]:
            add("center", s, w)
            add("ljust", s, w)
            add("rjust", s, w)
            add("zfill", s, w)
            for f in ["*", "é", "😀", "", "ab"]:
                add("center", s, w, f)
                add("ljust", s, w, f)
                add("rjust", s, w, f)
        for t in [OMIT, 0, 1, 4, -1]:
            add("expandtabs", s, t)
        for n in [-1, 0, 1, 3]:
            add("mul", s, n)
            add("rmul", s, n)
        add("ord", s)
        add("join", s, ("a", "b", "c"))
        add("join", s, ())
        add("join", s, ("é",))
        add("join", "-", (), s)
        add("join_iter", s, ("x", "日本", ""))
        for enc in ENCODINGS:
            for err in ERRORS:
                add("encode", s, enc, err)
    for f in FORMATS:
        for args in FORMAT_ARGS:
            add("format", f, *args)
    for i in [-1, 0, 9, 10, 65, 127, 128, 233, 0xD800, 0xFFFF, 0x1F600, 0x10FFFF, 0x110000, 2**31, -2**31 - 1]:
        add("chr", i)
    for b in BYTES:
        for op in ["brepr", "bstr", "blen", "biter"]:
            add(op, b)
        for enc in ENCODINGS:
            for err in ERRORS:
                add("decode", b, enc, err)
        for i in [-10, -1, 0, 1, 3, 10]:
            add("bgetitem", b, i)
        for i in [-1, 0, 97, 255, 256]:
            add("bcontains", b, i)
        for a, c, st in [(None, None, None), (1, None, None), (None, None, -1), (-3, None, 2), (0, 100, 1)]:
            add("bslice", b, a, c, st)
        for b2 in BYTES[:6]:
            add("badd", b, b2)
            add("blt", b, b2)
            add("beq", b, b2)
    return cases


ALPHABET = list("aAbB zZ.,;_-09\t\n") + ["é", "ß", "Σ", "σ", "ς", "Ж", "ж", "日", "本", "😀", "\u3000", "\u0345", "İ",
                                         "ǅ", "ﬁ", "٣", "\x85"]


def random_cases(rng, n):
    cases = []
    rs = lambda k: "".join(rng.choice(ALPHABET) for _ in range(rng.randint(0, k)))  # noqa: E731
    ri = lambda: rng.choice([None, rng.randint(-15, 15)])  # noqa: E731
    for _ in range(n):
        s = rs(14)
        op = rng.choice(["split", "rsplit", "find", "rfind", "count", "replace", "slice", "strip", "upper", "lower",
                         "title", "swapcase", "casefold", "capitalize", "startswith", "endswith", "partition",
                         "rpartition", "splitlines", "getitem", "istitle", "isupper", "islower", "center"])
        if op in ("split", "rsplit"):
            cases.append((op, [s, rng.choice([None, rs(2) or "a"]), rng.choice([-1, 0, 1, 2, 3])]))
        elif op in ("find", "rfind", "count", "startswith", "endswith"):
            cases.append((op, [s, rs(2), ri(), ri()]))
        elif op == "replace":
            cases.append((op, [s, rs(2), rs(2), rng.choice([-1, 0, 1, 2])]))
        elif op == "slice":
            cases.append((op, [s, ri(), ri(), rng.choice([None, 1, 2, 3, -1, -2, -3])]))
        elif op == "strip":
            cases.append((op, [s, rng.choice([None, rs(3)])]))
        elif op in ("partition", "rpartition"):
            cases.append((op, [s, rs(2) or "a"]))
        elif op == "getitem":
            cases.append((op, [s, rng.randint(-16, 16)]))
        elif op == "center":
            cases.append((op, [s, rng.randint(0, 20), rng.choice(["*", "é", "😀"])]))
        else:
            cases.append((op, [s]))
    return cases


def unicode_line(cp):
    s = chr(cp)
    bits = [s.isalpha(), s.isdecimal(), s.isdigit(), s.isnumeric(), s.isalnum(), s.isspace(), s.isprintable(),
            s.isupper(), s.islower(), s.istitle(), s.isidentifier()]
    maps = [s.upper(), s.lower(), s.title(), s.casefold(), s.swapcase(), s.capitalize()]
    return "%x %s %s" % (cp, "".join("1" if b else "0" for b in bits),
                         " ".join(",".join("%x" % ord(c) for c in m) for m in maps))


def check_unicode_table(build, tmp):
    """Returns the number of code points where the runtime disagrees with CPython."""
    exe = os.path.join(tmp, "str_unicode_table")
    build(UNICODE_TABLE, exe)
    proc = subprocess.run([exe], capture_output=True)
    if proc.returncode != 0 or proc.stderr:
        sys.stderr.write(proc.stderr.decode("utf-8", "replace"))
        print("str_unicode_table failed: exit code %d" % proc.returncode)
        return 1
    got = proc.stdout.decode("ascii").split("\n")[:-1]
    bad = 0
    for cp in range(0x110000):
        want = unicode_line(cp)
        line = got[cp] if cp < len(got) else "<missing>"
        if want != line:
            bad += 1
            if bad <= 20:
                print("MISMATCH U+%04X\n  python: %s\n  c++:    %s" % (cp, want, line))
    print("unicode: %d code points, %d mismatches" % (0x110000, bad))
    return bad


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--sanitize", action="store_true")
    ap.add_argument("--cxx", default="g++")
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--random", type=int, default=20000)
    ap.add_argument("--unicode", action="store_true")
    opts = ap.parse_args()

    cases = fixed_cases() + random_cases(random.Random(opts.seed), opts.random)
    with tempfile.TemporaryDirectory() as tmp:
        def build(src, exe):
            cmd = [opts.cxx, "-std=c++20", "-O2", "-Wall", "-Wextra", "-Werror", "-I", INCLUDE, src, "-o", exe]
            if opts.sanitize:
                cmd[3:3] = ["-g", "-fsanitize=address,undefined", "-fno-sanitize-recover=all"]
            subprocess.run(cmd, check=True)

        basics = os.path.join(tmp, "str_basics")
        build(BASICS, basics)
        proc = subprocess.run([basics], capture_output=True)
        if proc.returncode != 0 or proc.stderr or proc.stdout != b"ok\n":
            sys.stdout.write(proc.stdout.decode("utf-8", "replace"))
            sys.stderr.write(proc.stderr.decode("utf-8", "replace"))
            print("str_basics failed: exit code %d" % proc.returncode)
            return 1
        print("str_basics: ok")
        if opts.unicode and check_unicode_table(build, tmp):
            return 1
        exe = os.path.join(tmp, "str_ops_driver")
        build(DRIVER, exe)
        inp = "".join(op + "".join("\t" + encode_arg(a) for a in args) + "\n" for op, args in cases)
        proc = subprocess.run([exe], input=inp.encode("utf-8"), capture_output=True)
        if proc.returncode != 0 or proc.stderr:
            sys.stderr.write(proc.stderr.decode("utf-8", "replace"))
            print("driver failed: exit code %d" % proc.returncode)
            return 1
        got = proc.stdout.decode("utf-8", "surrogateescape").split("\n")[:-1]
    if len(got) != len(cases):
        print("driver printed %d lines for %d cases" % (len(got), len(cases)))
        return 1
    failures = 0
    for (op, args), line in zip(cases, got):
        want = expected(op, args)
        if want.encode("utf-8", "surrogateescape") != line.encode("utf-8", "surrogateescape"):
            failures += 1
            if failures <= 40:
                print("MISMATCH %s%r\n  python: %s\n  c++:    %s" % (op, tuple(args), want, line))
    print("%d cases, %d mismatches%s" % (len(cases), failures, " (sanitized)" if opts.sanitize else ""))
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
