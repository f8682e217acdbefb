#!/usr/bin/env python3
"""Times every benchmarks/programs/NAME.py three ways in one run and writes the ratios to docs/PERFORMANCE.md.

For each program:
  CPython   python3 NAME.py                                  (the reference output)
  ours      ./pyaot build NAME.py --target cpp -o DIR, then DIR/NAME
  hand C++  g++ -std=c++20 -O2 -static-libstdc++ -static-libgcc NAME.cpp, then ./NAME SIZE
            (a hand-written twin of the same algorithm, linked as our builds are)

All three must print the same bytes. Each is run --runs times at the same size; the table shows the median
CPU time (user + system seconds of the process, from wait4) and the ratios of those; the wall-time geometric
means are printed under it. A full run (no --quick, no --only) rewrites the table between the markers in docs/PERFORMANCE.md.

  python3 benchmarks/programs/run.py                 # full sizes, 5 runs each, writes the doc
  python3 benchmarks/programs/run.py --quick         # small sizes, one run: a smoke test
  python3 benchmarks/programs/run.py --only nbody --runs 3

Sizes: a program's full size is its module constant `SIZE = ...` (its default when run without arguments);
its quick size is in its header comment `# bench: quick=N`. Every column gets the size as argv[1]: the Python
program reads it from sys.argv, so neither CPython nor our build sees it as a constant.
"""
from __future__ import annotations

import argparse
import datetime
import math
import os
import platform
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
PROGRAMS = Path(__file__).resolve().parent
WORK = ROOT / "artifacts" / "bench-programs"
DOC = ROOT / "docs" / "PERFORMANCE.md"
BEGIN, END = "<!-- programs:begin -->", "<!-- programs:end -->"
SIZE_LINE = re.compile(r"^SIZE = (\d+)$", re.MULTILINE)
QUICK = re.compile(r"^# bench: quick=(\d+)$", re.MULTILINE)
# A scenario (the talk's prompt building) is measured and shown like the others but is not a classic compute program:
# the 30x target is over the compute programs, so the table gives its geometric mean separately.
SCENARIO = re.compile(r"^# bench: scenario$", re.MULTILINE)
COLUMNS = ("CPython", "ours", "hand C++")
HAND_FLAGS = ["-std=c++20", "-O2", "-static-libstdc++", "-static-libgcc"]


@dataclass
class Program:
    name: str
    source: Path
    full: int
    quick: int
    scenario: bool = False


@dataclass
class Result:
    program: Program
    size: int
    seconds: dict[str, float] = field(default_factory=dict)  # column -> median CPU seconds (user + system)
    wall: dict[str, float] = field(default_factory=dict)  # column -> median wall seconds
    problems: dict[str, str] = field(default_factory=dict)  # column -> why it has no time


def discover() -> list[Program]:
    """Every NAME.py beside this script that has a `# bench: quick=N` header, a `SIZE = N` line and a NAME.cpp."""
    programs = []
    for source in sorted(PROGRAMS.glob("*.py")):
        text = source.read_text(encoding="utf-8")
        size, quick = SIZE_LINE.search(text), QUICK.search(text)
        if size is None or quick is None:
            continue
        if not source.with_suffix(".cpp").exists():
            sys.exit(f"{source.name} has no {source.stem}.cpp beside it")
        programs.append(Program(source.stem, source, int(size.group(1)), int(quick.group(1)), SCENARIO.search(text) is not None))
    return programs


def build(command: list[str]) -> str | None:
    """Runs a build command; returns None on success, else why it failed (the last lines of its output)."""
    done = subprocess.run(command, cwd=ROOT, capture_output=True, text=True)
    if done.returncode == 0:
        return None
    output = done.stdout + done.stderr
    if "Unrecognized command or argument 'build'" in output:
        return "this pyaot has no `build` command yet"
    tail = output.strip().splitlines()[-3:]
    return f"`{' '.join(command)}` exited {done.returncode}: " + " / ".join(tail)


def commands(program: Program, size: int) -> dict[str, list[str] | str]:
    """Builds ours and the hand-written C++; returns, per column, the command to time or why there is none."""
    source = program.source
    ours_dir = WORK / "ours" / program.name
    hand_exe = WORK / "hand" / program.name
    hand_exe.parent.mkdir(parents=True, exist_ok=True)
    shutil.rmtree(ours_dir, ignore_errors=True)
    result: dict[str, list[str] | str] = {"CPython": ["python3", str(source), str(size)]}
    why = build([str(ROOT / "pyaot"), "build", str(source), "--target", "cpp", "-o", str(ours_dir)])
    result["ours"] = why or [str(ours_dir / program.name), str(size)]
    # Linked like our builds (libstdc++ static), so the ratio compares the code, not how the process starts.
    why = build(["g++", *HAND_FLAGS, "-o", str(hand_exe), str(program.source.with_suffix(".cpp"))])
    result["hand C++"] = why or [str(hand_exe), str(size)]
    return result


@dataclass
class Run:
    wall: float  # seconds from start to exit
    cpu: float  # user + system seconds the process itself used (the kernel's accounting, from wait4)
    output: str
    code: int


def run_once(command: list[str]) -> Run:
    """Runs a command with its output to a temporary file (no pipe for the child to wait on) and returns its times."""
    with tempfile.TemporaryFile() as out:
        start = time.perf_counter()
        child = subprocess.Popen(command, cwd=ROOT, stdout=out, stderr=subprocess.DEVNULL)
        _, status, usage = os.wait4(child.pid, 0)
        wall = time.perf_counter() - start
        child.returncode = os.waitstatus_to_exitcode(status)
        out.seek(0)
        output = out.read().decode("utf-8", "replace")
    return Run(wall, usage.ru_utime + usage.ru_stime, output, child.returncode)


def placements(command: list[str], runs: int) -> list[list[str]]:
    """One command per timed run, each naming its own byte-identical copy of the executable (CPython's interpreter is
    used as it is). The speed of one executable file can depend on where its pages happen to sit in physical memory:
    on this machine the same spectral_norm binary copied to eight files ran 13.4 ms in five of them and 21-25 ms in
    three, stable within each file (perf stat -r 6 on each copy). Timing every run from a new copy samples that
    placement instead of betting the whole column on one draw."""
    executable = Path(command[0])
    if not executable.is_absolute() or not executable.is_relative_to(WORK):
        return [command] * runs
    result = []
    for round_ in range(runs):
        copy = executable.with_name(f"{executable.name}.run{round_ + 1}")
        shutil.copy2(executable, copy)
        result.append([str(copy), *command[1:]])
    return result


def measure(program: Program, size: int, runs: int) -> Result:
    """One untimed run of each column (it checks the output against CPython's and warms the caches), then `runs`
    rounds that run CPython, ours and hand C++ in turn: a drift of the shared machine's speed then hits the three
    columns of a program alike instead of whichever column happened to run during it. Each round runs its own copy
    of each built executable (see placements)."""
    result = Result(program, size)
    timed: dict[str, list[str]] = {}
    reference: str | None = None
    for column, command in commands(program, size).items():
        if isinstance(command, str):
            result.problems[column] = command
            continue
        first = run_once(command)
        output, code = first.output, first.code
        if code != 0:
            result.problems[column] = f"exited {code}"
        elif column == "CPython":
            reference = output  # CPython runs first: its output is the reference
            timed[column] = command
        elif reference is not None and output != reference:
            result.problems[column] = "output differs from CPython's"
        else:
            timed[column] = command
    runs_of: dict[str, list[Run]] = {column: [] for column in timed}
    copies = {column: placements(command, runs) for column, command in timed.items()}
    for round_ in range(runs):
        for column in timed:
            done = run_once(copies[column][round_])
            if done.code != 0:
                result.problems[column] = f"exited {done.code}"
            runs_of[column].append(done)
    for column, done in runs_of.items():
        if column not in result.problems:
            result.seconds[column] = statistics.median(r.cpu for r in done)
            result.wall[column] = statistics.median(r.wall for r in done)
    return result


def ratio(a: float | None, b: float | None) -> float | None:
    return a / b if a is not None and b is not None else None


def geomean(values: list[float | None]) -> float | None:
    present = [v for v in values if v is not None]
    return math.exp(sum(map(math.log, present)) / len(present)) if present else None


def cell(value: float | None, unit: str = "") -> str:
    if value is None:
        return "—"
    return f"{value:.2f}{unit}" if unit == "x" else f"{value:.4f}"


def table(results: list[Result]) -> list[str]:
    rows = []
    for r in results:
        cpy, ours, hand = (r.seconds.get(c) for c in COLUMNS)
        name = r.program.name + (" (scenario)" if r.program.scenario else "")
        rows.append((name, str(r.size), cpy, ours, hand, ratio(cpy, ours), ratio(ours, hand), ratio(cpy, hand), r.program.scenario))
    lines = ["| program | size | CPython s | ours s | hand C++ s | CPython/ours | ours/hand | CPython/hand |",
             "| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |"]
    for name, size, *values in rows:
        times, ratios = values[:3], values[3:6]
        lines.append(f"| {name} | {size} | " + " | ".join([cell(t) for t in times] + [cell(x, "x") for x in ratios]) + " |")

    def mean_row(label: str, selected: list[tuple], bold: bool) -> str:
        means = [geomean([row[i] for row in selected]) for i in range(2, 8)]
        ratios = [f"**{cell(m, 'x')}**" if bold else cell(m, "x") for m in means[3:]]
        return f"| {label} | | " + " | ".join([cell(m) for m in means[:3]] + ratios) + " |"

    compute = [row for row in rows if not row[-1]]
    lines.append(mean_row(f"**geometric mean, {len(compute)} compute programs** (the target)", compute, True))
    if len(compute) != len(rows):
        lines.append(mean_row(f"geometric mean, all {len(rows)} programs", rows, False))
    return lines


def wall_means(results: list[Result]) -> str:
    """The geometric means of the ratios by median wall time instead of CPU time, for comparison."""
    def means(selected: list[Result]) -> str:
        pairs = (("CPython", "ours"), ("ours", "hand C++"), ("CPython", "hand C++"))
        return ", ".join(f"{a}/{b} {cell(geomean([ratio(r.wall.get(a), r.wall.get(b)) for r in selected]), 'x')}" for a, b in pairs)
    compute = [r for r in results if not r.program.scenario]
    text = f"By median wall time instead: {means(compute)} over the {len(compute)} compute programs"
    if len(compute) != len(results):
        text += f"; {means(results)} over all {len(results)}"
    return text + "."


def version(command: list[str]) -> str:
    try:
        return subprocess.run(command, capture_output=True, text=True).stdout.strip().splitlines()[0]
    except (OSError, IndexError):
        return "not found"


def machine() -> str:
    model = "unknown CPU"
    cpuinfo = Path("/proc/cpuinfo")
    if cpuinfo.exists():
        found = re.search(r"^model name\s*:\s*(.+)$", cpuinfo.read_text(), re.MULTILINE)
        model = found.group(1).strip() if found else model
    load = ", ".join(f"{x:.2f}" for x in os.getloadavg())
    return f"{model}, nproc {os.cpu_count()}, {platform.system()} {platform.release()}; load average at the end {load}"


def write_doc(results: list[Result], argv: list[str]) -> None:
    commit = version(["git", "-C", str(ROOT), "rev-parse", "--short", "HEAD"])
    lines = [BEGIN, "## Latest measurement: programs", ""] + table(results) + [
        "",
        f"- Produced by `python3 benchmarks/programs/run.py{''.join(' ' + a for a in argv)}` "
        f"on {datetime.date.today().isoformat()} at commit {commit}.",
        f"- Machine: {machine()}.",
        f"- Compilers: {version(['python3', '--version'])}; {version(['g++', '--version'])} "
        f"(hand C++: `g++ {' '.join(HAND_FLAGS)}`); ours: `./pyaot build --target cpp` at the same commit.",
        "- Times: median CPU seconds (user + system, the kernel's accounting of the process, start-up included) of each "
        "program's runs; ratios above 1 mean the first column is slower.",
        f"- {wall_means(results)}",
    ]
    problems = [f"- {r.program.name}, {column}: {why}" for r in results for column, why in r.problems.items()]
    if problems:
        lines += ["", "Columns without a time:", ""] + problems
    lines.append(END)
    text = DOC.read_text(encoding="utf-8")
    if BEGIN in text and END in text:
        text = text[: text.index(BEGIN)] + "\n".join(lines) + text[text.index(END) + len(END):]
    else:
        text = text.rstrip("\n") + "\n\n" + "\n".join(lines) + "\n"
    DOC.write_text(text, encoding="utf-8")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="the small sizes, one run each (a smoke test)")
    parser.add_argument("--only", metavar="NAME", action="append", help="only this program (repeatable)")
    parser.add_argument("--runs", type=int, help="timed runs per program and column (default 5; 1 with --quick)")
    args = parser.parse_args()
    runs = args.runs or (1 if args.quick else 5)

    programs = discover()
    if args.only:
        unknown = set(args.only) - {p.name for p in programs}
        if unknown:
            parser.error(f"no such program: {', '.join(sorted(unknown))}")
        programs = [p for p in programs if p.name in args.only]

    results = []
    for program in programs:
        size = program.quick if args.quick else program.full
        print(f"{program.name} (size {size}, {runs} run(s))...", flush=True)
        result = measure(program, size, runs)
        for column in COLUMNS:
            if column in result.seconds:
                print(f"  {column:9} {result.seconds[column]:.4f} s CPU, {result.wall[column]:.4f} s wall")
            else:
                print(f"  {column:9} FAILED: {result.problems[column]}")
        results.append(result)

    print()
    print("\n".join(table(results)))
    print(wall_means(results))
    if not args.quick and not args.only:
        write_doc(results, sys.argv[1:])
        print(f"\nwrote {DOC.relative_to(ROOT)}")
    else:
        print("\n(--quick/--only: docs/PERFORMANCE.md left as it is)")
    # Any missing time is a failure; until `pyaot build` exists the ours column always fails.
    return 1 if any(r.problems for r in results) else 0


if __name__ == "__main__":
    sys.exit(main())
