#!/usr/bin/env python3
"""Differential test of the C++ runtime's numbers and formatting against CPython (the oracle: run under 3.11).

Generates cases (float repr/hash, int hash, format specs for int/float/str/bool, printf-style %, operators), feeds
them to tests/runtime/cpp/numbers_format.cpp built with the runtime headers, and compares line by line.

    python3 tests/runtime/check_numbers.py [--sanitize] [--seed N]

Then builds tests/runtime/cpp/numbers_program.cpp (print, instances, exceptions, run_main, sys.exit) and compares
stdout, exit code and the last stderr line with numbers_program.py under CPython, for several argv variants.
"""
import math
import operator
import os
import random
import struct
import subprocess
import sys
import tempfile

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
INCLUDE = os.path.join(ROOT, "src", "Compiler.Native", "Runtime", "cpp")
SOURCE = os.path.join(ROOT, "tests", "runtime", "cpp", "numbers_format.cpp")


def hx(s):
    return s.encode("utf-8").hex()


def run(f):
    try:
        return "OK:" + f()
    except Exception as e:  # noqa: BLE001 - any Python exception is an expected outcome
        return f"ERR:{type(e).__name__}: {e}"


def fhash(d):
    return 0 if math.isnan(d) else hash(d)


def random_double(rng):
    k = rng.random()
    if k < 0.35:
        return struct.unpack("<d", struct.pack("<Q", rng.getrandbits(64)))[0]
    if k < 0.6:
        return round(rng.uniform(-1e6, 1e6), rng.randint(0, 8))
    if k < 0.75:
        return rng.choice([1, -1]) * rng.randint(0, 10**rng.randint(1, 22)) * 10.0 ** rng.randint(-30, 30)
    if k < 0.85:
        return float(rng.randint(-2**63, 2**63))
    if k < 0.95:
        return rng.random() * 10 ** rng.randint(-10, 20)
    return rng.choice([0.0, -0.0, math.inf, -math.inf, math.nan, 5e-324, -5e-324, 2.2250738585072014e-308,
                       1.7976931348623157e308, 0.1, 0.5, 1.5, 2.5, 0.125, 0.375, 1e16, 1e-4, 1e-5, 9.999999999999999e15,
                       123456789012345.0, 1.2345678901234567e16, 2e16 + 8, 0.3, 1e22, 1e23, 4.35, 2.675])


def gen_cases(rng):
    cases = []
    edge = [0.0, -0.0, 1.0, -1.0, 1e16, 1e-5, 1e-4, 0.0001, 123456789012345.0, 1.2345678901234567e16, 0.1 + 0.2,
            math.inf, -math.inf, math.nan, 5e-324, 1.7976931348623157e308, 2e16 + 8, 1e15, 1e17, 9007199254740993.0,
            0.5, 1.5, 2.5, -2.5, 1e-310, 1e300, 3.141592653589793, 2.0 ** 62, 2.0 ** 63, -2.0 ** 63, 2.0 ** 64]
    for d in edge:
        cases.append(("r", d.hex()))
    for _ in range(4000):
        cases.append(("r", random_double(rng).hex()))
    ints = [0, 1, -1, -2, 2**61 - 2, 2**61 - 1, 2**61, -(2**61 - 1), 2**62, 2**63 - 1, -2**63, -2**63 + 1, 12345]
    ints += [rng.randint(-2**63, 2**63 - 1) for _ in range(300)]
    for i in ints:
        cases.append(("h", str(i)))

    # format specs
    fills = ["", "*", "0", " ", "é", "<"]
    aligns = ["", "<", ">", "^", "="]
    signs = ["", "+", "-", " "]
    int_types = ["", "b", "c", "d", "o", "x", "X", "n", "e", "E", "f", "F", "g", "G", "%", "s"]
    float_types = ["", "e", "E", "f", "F", "g", "G", "n", "%", "d", "x"]

    def random_spec(types):
        spec = ""
        a = rng.choice(aligns)
        if a:
            spec += rng.choice(fills) + a
        spec += rng.choice(signs)
        if rng.random() < 0.1:
            spec += "z"
        if rng.random() < 0.2:
            spec += "#"
        if rng.random() < 0.2:
            spec += "0"
        if rng.random() < 0.6:
            spec += str(rng.randint(0, 25))
        g = rng.random()
        if g < 0.15:
            spec += ","
        elif g < 0.3:
            spec += "_"
        if rng.random() < 0.4:
            spec += "." + str(rng.randint(0, 20))
        spec += rng.choice(types)
        return spec

    int_values = [0, 1, -1, 7, -7, 42, 255, -255, 1000, 123456789, -123456789, 2**63 - 1, -2**63, 65, 0x10ffff,
                  0x110000, 1234567, 10**15]
    for _ in range(1500):
        v = rng.choice(int_values) if rng.random() < 0.5 else rng.randint(-10**rng.randint(1, 18), 10**rng.randint(1, 18))
        cases.append(("fi", str(v), hx(random_spec(int_types))))
    float_values = [0.0, -0.0, 1.0, -1.0, 0.5, 1.5, 2.5, 0.125, 1e16, 1e-5, 123.456, -123.456, 1e300, 1e-300,
                    math.inf, -math.inf, math.nan, 1234567.891, 0.1, 2.675, 1e22, 9.5, 0.05, 5e-324, -1e-7]
    for _ in range(2500):
        v = rng.choice(float_values) if rng.random() < 0.5 else random_double(rng)
        cases.append(("ff", v.hex(), hx(random_spec(float_types))))
    str_values = ["", "a", "abc", "héllo", "日本語", "x" * 30, "tab\tq"]
    for _ in range(500):
        spec = random_spec(["", "s", "d", "r"])
        cases.append(("fs", hx(rng.choice(str_values)), hx(spec)))
    for _ in range(200):
        cases.append(("fb", rng.choice(["0", "1"]), hx(random_spec(int_types))))
    fixed_specs = ["", "10", "<10", ">10", "^10", "=10", "*^11", "+", " ", "010", "0=10,", ",", "_", ",d", "_x", "_b",
                   "#x", "#o", "#b", "#X", "#010x", ".2f", ".0f", ".0e", ".3g", "g", "#g", "#.0f", "z.2f", "z", ".1%",
                   ",.2f", "_.3e", "e", "E", "%", "n", "c", "abc", ",,d", "_,d", ",_d", ".", ".d", "10.5s", ".2s", "x<",
                   "0<5", "=5s", "#s", "+s", " s", "zs", "5z", "é^9", "99999999999999999999999", ".99999999999d",
                   ".400f", ".60e", ".30g", "+.3", "-.3", " .3", "#.3", "0.3", ".20", ".17", ".16", ".1"]
    for spec in fixed_specs:
        for v in [0, 5, -5, 1234567, 0x41]:
            cases.append(("fi", str(v), hx(spec)))
        for v in [0.0, -0.0, 1.5, -1234567.891, 1e100, math.inf, math.nan, 0.1, 1e-7]:
            cases.append(("ff", v.hex(), hx(spec)))
        for v in ["", "abc", "日本"]:
            cases.append(("fs", hx(v), hx(spec)))
        for v in ["0", "1"]:
            cases.append(("fb", v, hx(spec)))

    # printf-style
    convs = ["s", "r", "a", "d", "i", "u", "o", "x", "X", "e", "E", "f", "F", "g", "G", "c", "%", "y", "é"]
    def random_pct():
        s = "%"
        for fl in "-+ #0":
            if rng.random() < 0.15:
                s += fl
        if rng.random() < 0.5:
            s += str(rng.randint(0, 15))
        if rng.random() < 0.4:
            s += "." + str(rng.randint(0, 12))
        return s + rng.choice(convs)
    for _ in range(800):
        fmt = "<" + random_pct() + ">"
        k = rng.random()
        if k < 0.4:
            cases.append(("pi", hx(fmt), str(rng.choice(int_values + [rng.randint(-10**9, 10**9)]))))
        elif k < 0.8:
            cases.append(("pf", hx(fmt), (rng.choice(float_values) if rng.random() < 0.5 else random_double(rng)).hex()))
        else:
            cases.append(("ps", hx(fmt), hx(rng.choice(str_values + ["é"]))))
    for fmt in ["%d %f %s", "%s %s %s", "%r|%r|%r", "%5d|%-8.3f|%10s", "%d", "%d %d %d %d", "%", "%(a)s", "100%%",
                "%*d", "%-*d|", "%.*f", "%c%c", "no conversion", "%s %s %s %%", "%x %e %.2s", "%5%"]:
        cases.append(("pt", hx(fmt), "42", (2.5).hex(), hx("héllo")))
    for fmt in ["abc", "%s", "%s %s", "%5.1s|", "%c", "%d"]:
        cases.append(("ps", hx(fmt), hx("é")))
        cases.append(("pi", hx(fmt), "7"))

    # operators
    names = ["add", "sub", "mul", "truediv", "floordiv", "mod", "pow", "eq", "lt", "le", "gt", "ge", "divmod",
             "lshift", "rshift", "and_", "or_", "xor"]
    special_ints = [0, 1, -1, 2, -2, 3, 7, -7, 63, 64, 2**31, 2**53, 2**53 + 1, 2**62, 2**63 - 1, -2**63, -2**63 + 1]
    special_floats = [0.0, -0.0, 1.0, -1.0, 0.5, 2.0, -2.0, 3.0, 1e308, -1e308, math.inf, -math.inf, math.nan, 1.5,
                      -1.5, 2.0**63, -2.0**63, 9007199254740993.0, 0.1, 1e-320]
    def rint():
        return rng.choice(special_ints) if rng.random() < 0.6 else rng.randint(-2**rng.randint(1, 63), 2**rng.randint(1, 63))
    def rflt():
        return rng.choice(special_floats) if rng.random() < 0.6 else random_double(rng)
    for _ in range(6000):
        name = rng.choice(names)
        a_int = rng.random() < 0.5
        b_int = rng.random() < 0.5 or name in ("lshift", "rshift", "and_", "or_", "xor")
        if name in ("lshift", "rshift", "and_", "or_", "xor"):
            a_int = True
        a = rint() if a_int else rflt()
        b = rint() if b_int else rflt()
        if name in ("lshift", "rshift") and rng.random() < 0.7:
            b = rng.randint(-2, 70)
        if name == "pow" and a_int and b_int and rng.random() < 0.8:
            b = rng.randint(-2, 70)
            a = rng.randint(-20, 20)
        cases.append(("o", name, "i" if a_int else "f", str(a) if a_int else a.hex(), "i" if b_int else "f",
                      str(b) if b_int else b.hex()))
    # int(), float(), round(), pow(a, b, m), bin/oct/hex
    int_texts = ["0", "12", " 12 ", "-5", "+7", "1_000", "1__0", "_1", "1_", "0x1f", "0X1F", "0b101", "0o17", "017",
                 "00", "0_0", "0x_1f", "0x", "", " ", "abc", "12abc", "9223372036854775807", "9223372036854775808",
                 "-9223372036854775808", "-9223372036854775809", "\u0663\u0664", " \u2003 12 \u2003", "1" * 30,
                 "1" * 4301, "z", "Z", "zz", "1.5", "1e3", "\x00", "٣"]
    int_texts = [t.encode().decode("unicode_escape") if "\\" in t else t for t in int_texts]
    for t in int_texts:
        cases.append(("bi", hx(t)))
        for base in [0, 2, 8, 10, 16, 36, 1, 37, -1]:
            cases.append(("bi", hx(t), str(base)))
    float_texts = ["0", "1.5", " 1.5 ", "-2.5e-3", "+.5", "5.", ".", "e5", "1e", "1e+", "1_000.5", "1__0", "_1", "1_",
                   "1._5", "1_.5", "inf", "-Infinity", "nAn", "+nan", "infinit", "nan(1)", "0x10", "1e500", "-1e500",
                   "1e-500", "\u0663.5", "12abc", "", "  ", "1.7976931348623157e308", "2.2250738585072014e-308",
                   "0.1", "123456789012345678901234567890", "1e22", "1e23", "4.35", "\x00"]
    float_texts = [t.encode().decode("unicode_escape") if "\\" in t else t for t in float_texts]
    for t in float_texts:
        cases.append(("bf", hx(t)))
    for _ in range(1500):
        x = random_double(rng) if rng.random() < 0.7 else rng.choice(float_values + [2.675, 0.5, 1.5, 2.5, -2.5, 0.285, 1.005])
        if rng.random() < 0.2:
            cases.append(("rf", x.hex()))
        else:
            cases.append(("rf", x.hex(), str(rng.choice([0, 1, 2, 3, -1, -2, -5, 10, 15, 17, 20, 300, 400, -300, -400, -308, -309, 323, 324]))))
    for _ in range(500):
        v = rint()
        if rng.random() < 0.2:
            cases.append(("ri", str(v)))
        else:
            cases.append(("ri", str(v), str(rng.randint(-21, 3))))
    for _ in range(500):
        m = rng.choice([1, -1, 2, 7, -7, 97, 2**61 - 1, 2**63 - 1, -2**63, 0, 10**9 + 7]) if rng.random() < 0.5 else rint()
        cases.append(("pm", str(rint() if rng.random() < 0.7 else rng.randint(-10, 10)), str(rng.randint(-5, 100) if rng.random() < 0.7 else rint()), str(m)))
    for v in special_ints + [rint() for _ in range(50)]:
        cases.append(("bh", str(v)))

    # math
    m1 = ["sqrt", "cbrt", "exp", "exp2", "expm1", "log", "log2", "log10", "log1p", "sin", "cos", "tan", "asin", "acos",
          "atan", "sinh", "cosh", "tanh", "asinh", "acosh", "atanh", "degrees", "radians", "erf", "erfc", "gamma",
          "lgamma", "floor", "ceil", "trunc", "fabs", "isnan", "isinf", "isfinite", "modf", "frexp"]
    math_floats = [0.0, -0.0, 0.5, -0.5, 1.0, -1.0, 2.0, -2.0, 1e-300, 1e300, 710.0, -710.0, 1000.0, -1000.0, 171.5,
                   171.7, -171.5, 0.1, 3.0, -3.0, 23.0, 24.0, 200.5, -200.5, 1e-25, math.inf, -math.inf, math.nan,
                   math.pi, 1e16, 9.3e18, -9.3e18, 5e-324]
    def mfloat():
        r = rng.random()
        if r < 0.4:
            return rng.choice(math_floats)
        if r < 0.8:
            return rng.uniform(-30, 30)
        return random_double(rng)
    for name in m1:
        for _ in range(60):
            cases.append(("m1", name, mfloat().hex()))
    for name in ["log", "pow", "atan2", "fmod", "remainder", "copysign", "isclose", "ldexp"]:
        for _ in range(150):
            y = mfloat()
            if name == "ldexp":
                y = float(rng.choice([0, 1, -1, 10, -1074, 1023, 1024, -1100, 2000, 2**31, -2**31 - 1]))
            cases.append(("m2", name, mfloat().hex(), y.hex()))
    for _ in range(100):
        cases.append(("mi", "factorial", str(rng.randint(-2, 25))))
        cases.append(("mi", "isqrt", str(rng.choice([rng.randint(-5, 10**6), rint(), 2**63 - 1, 2**62, (2**31)**2 - 1]))))
        cases.append(("mi", "comb", str(rng.randint(-2, 70)), str(rng.randint(-2, 70))))
        cases.append(("mi", "comb", str(rng.randint(0, 10**6)), str(rng.randint(0, 6))))
        cases.append(("mi", "perm", str(rng.randint(-2, 30)), str(rng.randint(-2, 30))))
        cases.append(("mi", "perm", str(rng.randint(-2, 25))))
        cases.append(("mi", "gcd", str(rint()), str(rint())))
        cases.append(("mi", "lcm", str(rng.randint(-10**9, 10**9)), str(rng.randint(-10**9, 10**9))))
        cases.append(("mi", "gcd", str(rng.choice([0, -2**63])), str(rng.choice([0, -2**63, 6]))))
    for _ in range(300):
        n = rng.randint(0, 8)
        vals = [mfloat() if rng.random() < 0.3 else rng.uniform(-1e3, 1e3) * 10 ** rng.randint(-20, 20) for _ in range(n)]
        name = rng.choice(["fsum", "prod", "hypot", "dist"])
        if name == "prod" and n == 0:
            continue  # prod([]) is the int 1 in Python; prod(Iterator[float]) is typed float here (1.0)
        if name == "dist" and n % 2:
            vals.append(1.0)
        cases.append(("mv", name) + tuple(v.hex() for v in vals))
    for vals in [[1e100, 1.0, -1e100, 1e-100, 1e50, -1.0, -1e50], [0.1] * 10, [1e308, 1e308], [math.inf, -math.inf],
                 [math.inf, 1.0], [math.nan, 1.0], [1e-16, 1.0, 1e16], [2.0**53, 1.0, -2.0**53]]:
        cases.append(("mv", "fsum") + tuple(v.hex() for v in vals))
    return cases


INT64 = (-2**63, 2**63 - 1)


def checked(v):
    if isinstance(v, int) and not isinstance(v, bool) and not (INT64[0] <= v <= INT64[1]):
        raise OverflowError("int too large to fit in 64 bits")
    return v


def expected(case):
    k = case[0]
    if k == "r":
        d = float.fromhex(case[1])
        return run(lambda: f"{d!r} {fhash(d)}")
    if k == "h":
        return run(lambda: str(hash(int(case[1]))))
    if k == "fi":
        return run(lambda: format(int(case[1]), bytes.fromhex(case[2]).decode()))
    if k == "ff":
        return run(lambda: format(float.fromhex(case[1]), bytes.fromhex(case[2]).decode()))
    if k == "fs":
        return run(lambda: format(bytes.fromhex(case[1]).decode(), bytes.fromhex(case[2]).decode()))
    if k == "fb":
        return run(lambda: format(case[1] == "1", bytes.fromhex(case[2]).decode()))
    if k == "pi":
        return run(lambda: bytes.fromhex(case[1]).decode() % int(case[2]))
    if k == "pf":
        def pf():
            fmt, x = bytes.fromhex(case[1]).decode(), float.fromhex(case[2])
            r = fmt % x
            if math.isfinite(x) and abs(math.trunc(x)) >= 2**63 and any(c in fmt for c in "diu"):
                return checked(math.trunc(x)) and r  # int64: %d of a float beyond int64 overflows
            return r
        return run(pf)
    if k == "ps":
        return run(lambda: bytes.fromhex(case[1]).decode() % bytes.fromhex(case[2]).decode())
    if k == "pt":
        return run(lambda: bytes.fromhex(case[1]).decode() % (int(case[2]), float.fromhex(case[3]),
                                                              bytes.fromhex(case[4]).decode()))
    if k == "bi":
        t = bytes.fromhex(case[1]).decode()
        return run(lambda: repr(checked(int(t, int(case[2])) if len(case) > 2 else int(t))))
    if k == "bf":
        return run(lambda: repr(float(bytes.fromhex(case[1]).decode())))
    if k == "rf":
        x = float.fromhex(case[1])
        return run(lambda: repr(checked(round(x, int(case[2])) if len(case) > 2 else round(x))))
    if k == "ri":
        return run(lambda: repr(checked(round(int(case[1]), int(case[2])) if len(case) > 2 else round(int(case[1])))))
    if k == "pm":
        return run(lambda: repr(pow(int(case[1]), int(case[2]), int(case[3]))))
    if k == "bh":
        v = int(case[1])
        return run(lambda: f"{bin(v)} {oct(v)} {hex(v)}")
    if k == "m1":
        x = float.fromhex(case[2])
        return run(lambda: repr(checked(getattr(math, case[1])(x))))
    if k == "m2":
        x, y = float.fromhex(case[2]), float.fromhex(case[3])
        if case[1] == "ldexp":
            return run(lambda: repr(math.ldexp(x, int(y))))
        return run(lambda: repr(getattr(math, case[1])(x, y)))
    if k == "mi":
        args = [int(a) for a in case[2:]]
        return run(lambda: repr(checked(getattr(math, case[1])(*args))))
    if k == "mv":
        vals = [float.fromhex(v) for v in case[2:]]
        if case[1] == "dist":
            h = len(vals) // 2
            return run(lambda: repr(math.dist(vals[:h], vals[h:])))
        if case[1] == "hypot":
            return run(lambda: repr(math.hypot(*vals)))
        return run(lambda: repr(getattr(math, case[1])(vals)))
    if k == "o":
        name = case[1]
        a = int(case[3]) if case[2] == "i" else float.fromhex(case[3])
        b = int(case[5]) if case[4] == "i" else float.fromhex(case[5])

        def go():
            if name == "pow" and isinstance(a, int) and isinstance(b, int) and b < 0:
                if a == 0:
                    raise ZeroDivisionError("0.0 cannot be raised to a negative power")
                raise ValueError("int ** negative int gives a float, which an int result cannot hold (write float(a) ** b)")
            if name == "pow" and isinstance(a, int) and isinstance(b, int) and abs(a) > 1 and b > 64:
                raise OverflowError("int too large to fit in 64 bits")
            if name == "pow" and (isinstance(a, float) or isinstance(b, float)):
                fa, fb = float(a), float(b)
                if fa < 0 and math.isfinite(fa) and math.isfinite(fb) and fb != math.floor(fb):
                    raise ValueError("negative number cannot be raised to a fractional power (Python gives a complex)")
            if name == "lshift" and b >= 0 and a != 0 and b > 64:
                raise OverflowError("int too large to fit in 64 bits")
            r = divmod(a, b) if name == "divmod" else getattr(operator, name)(a, b)
            if isinstance(r, tuple):
                return "(" + ", ".join(repr(checked(v)) for v in r) + ")"
            if isinstance(r, bool):
                return repr(r)
            return repr(checked(r))
        return run(go)
    return "?"


def check_program(tmp, sanitize):
    exe = os.path.join(tmp, "numbers_program")
    cmd = ["g++", "-std=c++20", "-O1", "-g", "-Wall", "-Wextra", "-Werror", "-I", INCLUDE,
           os.path.join(ROOT, "tests", "runtime", "cpp", "numbers_program.cpp"), "-o", exe]
    if sanitize:
        cmd[4:4] = ["-fsanitize=address,undefined", "-fno-sanitize-recover=all"]
    subprocess.run(cmd, check=True)
    failures = 0
    variants = ["", "exit3", "exitmsg", "myerror", "keyerror", "empty"]
    for arg in variants:
        argv = [arg] if arg else []
        mine = subprocess.run([exe] + argv, capture_output=True)
        ref = subprocess.run([sys.executable, os.path.join(ROOT, "tests", "runtime", "cpp", "numbers_program.py")] + argv,
                             capture_output=True)
        last = lambda b: (b.decode(errors="replace").strip().split("\n") or [""])[-1]
        if mine.stdout != ref.stdout or mine.returncode != ref.returncode or last(mine.stderr) != last(ref.stderr):
            failures += 1
            print(f"PROGRAM MISMATCH argv={argv}: rc {mine.returncode} vs {ref.returncode}, "
                  f"stderr {last(mine.stderr)!r} vs {last(ref.stderr)!r}")
            if mine.stdout != ref.stdout:
                print("  stdout differs:\n" + mine.stdout.decode(errors="replace") + "---\n" + ref.stdout.decode())
    print(f"{len(variants) - failures}/{len(variants)} program runs equal")
    return failures


def main():
    seed = 1
    args = sys.argv[1:]
    if "--seed" in args:
        seed = int(args[args.index("--seed") + 1])
    sanitize = "--sanitize" in args
    rng = random.Random(seed)
    cases = gen_cases(rng)
    with tempfile.TemporaryDirectory() as tmp:
        exe = os.path.join(tmp, "numbers_format")
        cmd = ["g++", "-std=c++20", "-O1", "-g", "-Wall", "-Wextra", "-Werror", "-I", INCLUDE, SOURCE, "-o", exe]
        if sanitize:
            cmd[4:4] = ["-fsanitize=address,undefined", "-fno-sanitize-recover=all"]
        subprocess.run(cmd, check=True)
        text = "".join("\t".join(c) + "\n" for c in cases)
        env = dict(os.environ, ASAN_OPTIONS="detect_leaks=1", UBSAN_OPTIONS="print_stacktrace=1")
        proc = subprocess.run([exe], input=text.encode(), capture_output=True, env=env)
        if proc.returncode != 0:
            sys.stderr.write(proc.stderr.decode(errors="replace"))
            print(f"FAIL: the C++ test program exited with {proc.returncode}")
            return 1
        got = proc.stdout.decode().split("\n")
        program_failures = check_program(tmp, sanitize)
    failures = 0
    for i, case in enumerate(cases):
        want = expected(case)
        have = got[i] if i < len(got) else "<missing>"
        if want != have:
            failures += 1
            if failures <= 40:
                print(f"MISMATCH {case!r}\n  CPython: {want!r}\n  C++:     {have!r}")
    print(f"{len(cases) - failures}/{len(cases)} cases equal (seed {seed}{', sanitized' if sanitize else ''})")
    return 1 if failures or program_failures else 0


if __name__ == "__main__":
    sys.exit(main())
