#!/usr/bin/env python3
"""Sum the <Counters> of VSTest .trx files and print `N passed, N failed[, N skipped]`.

usage: trx_summary.py [--min-failed N] PATH...

PATH is a .trx file or a folder searched recursively for *.trx. Exit status is 1
when anything failed (or --min-failed is above 0), else 0.

failed  = failed + error + timeout + aborted + passedButRunAborted + disconnected,
          plus one for a file whose run outcome is Failed/Error/Aborted/Timeout
          with no failing counter (e.g. a crashed test host);
skipped = notExecuted + inconclusive + notRunnable + pending
          (or total - executed when those are all zero).
"""
import argparse
import os
import sys
import xml.etree.ElementTree as ET

FAILED = ("failed", "error", "timeout", "aborted", "passedButRunAborted", "disconnected")
SKIPPED = ("notExecuted", "inconclusive", "notRunnable", "pending")
BAD_OUTCOMES = {"failed", "error", "aborted", "timeout"}


def local(tag):
    return tag.rsplit("}", 1)[-1]


def find_trx(paths):
    for path in paths:
        if os.path.isdir(path):
            for dirpath, _, files in os.walk(path):
                for name in sorted(files):
                    if name.lower().endswith(".trx"):
                        yield os.path.join(dirpath, name)
        elif os.path.isfile(path):
            yield path


def summarize(path):
    """Returns (passed, failed, skipped) for one .trx file."""
    root = ET.parse(path).getroot()
    summary = next((e for e in root.iter() if local(e.tag) == "ResultSummary"), None)
    if summary is None:
        raise ValueError("no ResultSummary")
    counters = next((e for e in summary if local(e.tag) == "Counters"), None)
    c = {} if counters is None else {k: int(v) for k, v in counters.attrib.items() if v.isdigit()}
    passed = c.get("passed", 0)
    failed = sum(c.get(k, 0) for k in FAILED)
    skipped = sum(c.get(k, 0) for k in SKIPPED)
    if skipped == 0:
        skipped = max(0, c.get("total", 0) - c.get("executed", 0))
    if failed == 0 and summary.get("outcome", "").lower() in BAD_OUTCOMES:
        failed = 1
    return passed, failed, skipped


def main(argv):
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("paths", nargs="+")
    ap.add_argument("--min-failed", type=int, default=0)
    args = ap.parse_args(argv)

    passed = failed = skipped = 0
    files = list(find_trx(args.paths))
    for path in files:
        try:
            p, f, s = summarize(path)
        except (ET.ParseError, ValueError, OSError) as e:
            print(f"warning: cannot read {path}: {e}", file=sys.stderr)
            p, f, s = 0, 1, 0
        passed += p
        failed += f
        skipped += s
    if not files:
        print("warning: no .trx test results found in " + " ".join(args.paths), file=sys.stderr)
    failed = max(failed, args.min_failed)

    line = f"{passed} passed, {failed} failed"
    if skipped:
        line += f", {skipped} skipped"
    print(line)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
