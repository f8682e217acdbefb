#!/usr/bin/env python3
"""CPython oracle for PythonAot's syntax conformance tests.

Modes (all run in one process, however many files):

  cpython_ast_dump.py --out DIR FILE...
  cpython_ast_dump.py --out DIR --list LISTFILE      (one path per line)
      For input number i (0-based, in the order given) writes DIR/<i>.txt,
      UTF-8, '\\n' line ends, always ending with one '\\n':
        "OK\\n" + ast.dump(ast.parse(src_bytes), include_attributes=True) + "\\n"
      or, for a file CPython rejects (SyntaxError and subclasses, ValueError
      e.g. null bytes, UnicodeDecodeError, RecursionError, MemoryError, ...):
        "ERR <lineno> <offset>\\n<ExceptionType>: <msg>\\n"
      lineno/offset are the exception's (0 when it has none); <msg> is
      SyntaxError.msg for syntax errors, str(exc) otherwise, with newlines
      replaced by spaces. The source is read as bytes, exactly like
        python3 -c "import ast,sys; print(ast.dump(ast.parse(open(sys.argv[1],'rb').read()),
                    include_attributes=True))" FILE
      Prints "files=N ok=N err=N seconds=S" to stderr at the end.

  cpython_ast_dump.py --stdlib-list
      Prints the sorted absolute paths of every .py file under
      sysconfig.get_paths()['stdlib'] (Lib/test included; site-packages and
      dist-packages skipped).

  cpython_ast_dump.py --parse-bench FILE...
  cpython_ast_dump.py --parse-bench --list LISTFILE
      Reads all files first, then times ast.parse over all of them with
      time.perf_counter, best of 3 passes, and prints JSON:
        {"files": n, "bytes": b, "seconds": s, "mb_per_s": x, "errors": e}
      MB = 1e6 bytes. Files CPython rejects are parsed (and timed) too and
      counted in "errors".

  --recursion-limit N   sys.setrecursionlimit(N) first (default: unchanged, 1000).
"""
import argparse
import ast
import gc
import json
import os
import sys
import sysconfig
import time
import warnings

from oracle_driver import dump_files, one_line, read_list, run_in_big_thread

# By default the recursion limit stays CPython's (1000), so results equal the
# one-liner's: a left-nested chain of ~1000-3000 operators parses but ast.dump
# raises "RecursionError: maximum recursion depth exceeded"; above ~3000
# ast.parse raises "... during ast construction". --recursion-limit N raises it
# (both limits scale); oracle_driver runs the work on a thread with a big C stack.


def stdlib_files():
    root = sysconfig.get_paths()["stdlib"]
    out = []
    for dirpath, dirnames, filenames in os.walk(root):
        dirnames[:] = [d for d in dirnames if d not in ("site-packages", "dist-packages")]
        for name in filenames:
            if name.endswith(".py"):
                out.append(os.path.join(dirpath, name))
    out.sort()
    return out


def oracle(src):
    """Returns the oracle text for one source (bytes)."""
    try:
        tree = ast.parse(src)
        return "OK\n" + ast.dump(tree, include_attributes=True) + "\n"
    except SyntaxError as e:
        return "ERR %d %d\n%s: %s\n" % (e.lineno or 0, e.offset or 0, type(e).__name__, one_line(str(e.msg)))
    except (ValueError, UnicodeError, RecursionError, MemoryError, OverflowError, TypeError) as e:
        # ValueError: "source code string cannot contain null bytes";
        # UnicodeDecodeError: bad bytes for the declared/default encoding.
        return "ERR 0 0\n%s: %s\n" % (type(e).__name__, one_line(str(e)))


def parse_bench(files):
    sources = []
    for path in files:
        try:
            with open(path, "rb") as f:
                sources.append(f.read())
        except OSError as e:
            print("error: %s" % e, file=sys.stderr)
            return 2
    total = sum(len(s) for s in sources)
    best = None
    errors = 0
    for _ in range(3):
        gc.collect()
        errors = 0
        t0 = time.perf_counter()
        for src in sources:
            try:
                ast.parse(src)
            except (SyntaxError, ValueError, UnicodeError, RecursionError, MemoryError):
                errors += 1
        dt = time.perf_counter() - t0
        best = dt if best is None else min(best, dt)
    result = {
        "files": len(sources),
        "bytes": total,
        "seconds": round(best, 4),
        "mb_per_s": round(total / 1e6 / best, 3) if best else 0.0,
        "errors": errors,
    }
    print(json.dumps(result))
    return 0


def main(argv):
    ap = argparse.ArgumentParser(description="CPython ast oracle for PythonAot.")
    mode = ap.add_mutually_exclusive_group(required=True)
    mode.add_argument("--out", metavar="DIR", help="write DIR/<index>.txt per input file")
    mode.add_argument("--stdlib-list", action="store_true", help="print the stdlib .py files")
    mode.add_argument("--parse-bench", action="store_true", help="time ast.parse, print JSON")
    ap.add_argument("--list", metavar="LISTFILE", help="read input paths from LISTFILE, one a line")
    ap.add_argument("--recursion-limit", type=int, metavar="N",
                    help="sys.setrecursionlimit(N) (default: CPython's, unchanged)")
    ap.add_argument("files", nargs="*")
    args = ap.parse_args(argv)
    if args.recursion_limit:
        sys.setrecursionlimit(args.recursion_limit)

    if args.stdlib_list:
        sys.stdout.write("".join(p + "\n" for p in stdlib_files()))
        return 0

    files = list(args.files)
    if args.list:
        files += read_list(args.list)
    if not files:
        ap.error("no input files (give FILE... or --list LISTFILE)")

    warnings.simplefilter("ignore")  # SyntaxWarning/DeprecationWarning noise
    if args.parse_bench:
        return parse_bench(files)
    return dump_files(args.out, files, lambda src, path: oracle(src), "ERR")



if __name__ == "__main__":
    sys.exit(run_in_big_thread(lambda: main(sys.argv[1:])))
