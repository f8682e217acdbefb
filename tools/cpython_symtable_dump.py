#!/usr/bin/env python3
"""CPython oracle for PythonAot's binder (scope analysis) tests.

  cpython_symtable_dump.py --out DIR FILE...
  cpython_symtable_dump.py --out DIR --list LISTFILE      (one path per line)
  cpython_symtable_dump.py --out DIR < LISTFILE            (paths on stdin)

For input number i (0-based) writes DIR/<i>.txt (UTF-8, '\\n' line ends), all in one process:

  OK
  then one line per scope, depth-first in get_children() order, indented two spaces per level:
    scope <get_type()> <get_name()> <get_lineno()>
  followed (indented one level deeper) by one line per symbol:
    <name> <SCOPE> <predicate>...
  where SCOPE is LOCAL, GLOBAL_EXPLICIT, GLOBAL_IMPLICIT, FREE or CELL (the resolved scope bits of the
  raw flags) and the predicates are those of symtable.Symbol that are true, in this order:
    local global declared_global free nonlocal parameter imported annotated referenced assigned namespace
  The predicates are symtable.Symbol's own, built as SymbolTable.lookup() builds it, except that
  module_scope is taken from the table's type rather than from its name being "top" (3.11 quirk).
  Symbols come in get_identifiers() order, except the names CPython appends when it only passes a free
  variable of a nested scope through this one (no DEF_* flag of their own): CPython adds those while
  iterating a set, so their order depends on string hashing; they come last, sorted.

or, for a file CPython rejects:
  ERR <stage> <lineno> <offset>
  <ExceptionType>: <msg>
  where stage is "parse" when ast.parse already fails and "symtable" when only symtable.symtable fails
  (symbol table errors, and the __future__ checks it runs first).

Prints "files=N ok=N err=N seconds=S" to stderr at the end.
"""
import argparse
import ast
import sys
import symtable
import warnings

import _symtable

from oracle_driver import dump_files, one_line, read_list, run_in_big_thread

DEF_MASK = (1 << _symtable.SCOPE_OFF) - 1
SCOPE_NAMES = {
    _symtable.LOCAL: "LOCAL",
    _symtable.GLOBAL_EXPLICIT: "GLOBAL_EXPLICIT",
    _symtable.GLOBAL_IMPLICIT: "GLOBAL_IMPLICIT",
    _symtable.FREE: "FREE",
    _symtable.CELL: "CELL",
}
PREDICATES = ("local", "global", "declared_global", "free", "nonlocal", "parameter", "imported",
              "annotated", "referenced", "assigned", "namespace")


def dump_table(table, depth, out):
    pad = "  " * depth
    out.append("%sscope %s %s %d\n" % (pad, table.get_type(), table.get_name(), table.get_lineno()))
    raw = table._table.symbols
    names = [n for n in raw if raw[n] & DEF_MASK]
    names += sorted(n for n in raw if not raw[n] & DEF_MASK)
    children = table.get_children()
    module_scope = table.get_type() == "module"
    for name in names:
        # SymbolTable.lookup(), except that 3.11 decides module_scope by the table's name ("top"), which
        # makes the parameters of any function named top "global"; the table's type is what it means.
        symbol = symtable.Symbol(name, raw[name], [c for c in children if c.get_name() == name],
                                 module_scope=module_scope)
        scope = SCOPE_NAMES.get((raw[name] >> _symtable.SCOPE_OFF) & _symtable.SCOPE_MASK, "NONE")
        words = [p for p in PREDICATES if getattr(symbol, "is_" + p)()]
        out.append("%s  %s %s%s\n" % (pad, name, scope, "".join(" " + w for w in words)))
    for child in children:
        dump_table(child, depth + 1, out)


def oracle(src, path):
    """Returns the oracle text for one source (bytes)."""
    stage = "parse"
    try:
        ast.parse(src)
        stage = "symtable"
        top = symtable.symtable(src, path, "exec")
        out = ["OK\n"]
        dump_table(top, 0, out)
        return "".join(out)
    except SyntaxError as e:
        return "ERR %s %d %d\n%s: %s\n" % (stage, e.lineno or 0, e.offset or 0, type(e).__name__,
                                           one_line(str(e.msg)))
    except (ValueError, UnicodeError, RecursionError, MemoryError, OverflowError, TypeError) as e:
        return "ERR %s 0 0\n%s: %s\n" % (stage, type(e).__name__, one_line(str(e)))


def main(argv):
    ap = argparse.ArgumentParser(description="CPython symtable oracle for PythonAot.")
    ap.add_argument("--out", metavar="DIR", required=True, help="write DIR/<index>.txt per input file")
    ap.add_argument("--list", metavar="LISTFILE", help="read input paths from LISTFILE, one a line")
    ap.add_argument("files", nargs="*")
    args = ap.parse_args(argv)
    files = list(args.files)
    if args.list:
        files += read_list(args.list)
    if not files:
        files = [line.rstrip("\r\n") for line in sys.stdin if line.strip()]
    warnings.simplefilter("ignore")  # SyntaxWarning/DeprecationWarning noise
    return dump_files(args.out, files, oracle, "ERR read")


if __name__ == "__main__":
    sys.exit(run_in_big_thread(lambda: main(sys.argv[1:])))
