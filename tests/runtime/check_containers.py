#!/usr/bin/env python3
"""Oracle test for the C++ runtime's containers (H3's headers).

Each tests/runtime/cpp/containers_<name>.cpp has a twin containers_<name>.py that prints the same lines under
CPython 3.11. This driver compiles every C++ program twice (-O2, and -O1 with AddressSanitizer +
UndefinedBehaviorSanitizer, leak checking on), runs both, and compares their stdout line by line with python3's.

    python3 tests/runtime/check_containers.py [name ...] [--no-sanitize] [--cxx g++]
Exit status 0 when every program matches.
"""
import argparse
import os
import pathlib
import subprocess
import sys
import tempfile

ROOT = pathlib.Path(__file__).resolve().parents[2]
CPP_DIR = ROOT / "tests" / "runtime" / "cpp"
INCLUDE = ROOT / "src" / "Compiler.Native" / "Runtime" / "cpp"
FLAGS = ["-std=c++20", "-Wall", "-Wextra", "-Werror", f"-I{INCLUDE}"]


def compile_program(cxx, src, exe, sanitize):
    extra = ["-O1", "-g", "-fsanitize=address,undefined", "-fno-sanitize-recover=undefined"] if sanitize else ["-O2"]
    r = subprocess.run([cxx, *FLAGS, *extra, str(src), "-o", str(exe)], capture_output=True, text=True)
    if r.returncode != 0:
        return r.stderr
    return None


def first_difference(got, want):
    for i, (g, w) in enumerate(zip(got, want)):
        if g != w:
            return f"line {i + 1}:\n  C++:     {g!r}\n  CPython: {w!r}"
    if len(got) != len(want):
        return f"C++ printed {len(got)} lines, CPython {len(want)}"
    return None


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("names", nargs="*")
    ap.add_argument("--no-sanitize", action="store_true")
    ap.add_argument("--cxx", default=os.environ.get("CXX", "g++"))
    args = ap.parse_args()
    sources = sorted(CPP_DIR.glob("containers_*.cpp"))
    if args.names:
        sources = [s for s in sources if s.stem.removeprefix("containers_") in args.names or s.stem in args.names]
    failures = 0
    env = dict(os.environ, ASAN_OPTIONS="detect_leaks=1", UBSAN_OPTIONS="print_stacktrace=1")
    with tempfile.TemporaryDirectory() as tmp:
        for src in sources:
            py = src.with_suffix(".py")
            want = subprocess.run([sys.executable, str(py)], capture_output=True, text=True, check=True).stdout.splitlines()
            modes = [False] if args.no_sanitize else [False, True]
            for sanitize in modes:
                label = f"{src.stem}{' [asan+ubsan]' if sanitize else ''}"
                exe = pathlib.Path(tmp) / (src.stem + ("_san" if sanitize else ""))
                error = compile_program(args.cxx, src, exe, sanitize)
                if error:
                    print(f"FAIL {label}: compile error\n{error[:4000]}")
                    failures += 1
                    continue
                r = subprocess.run([str(exe)], capture_output=True, text=True, env=env)
                diff = first_difference(r.stdout.splitlines(), want)
                if r.returncode != 0 or diff:
                    print(f"FAIL {label}: exit {r.returncode}; {diff or ''}\n{r.stderr[-3000:]}")
                    failures += 1
                else:
                    print(f"ok   {label} ({len(want)} lines)")
    print("all passed" if failures == 0 else f"{failures} failed")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
