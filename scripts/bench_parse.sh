#!/usr/bin/env bash
# Parser throughput against CPython, measured in one run on the same files, and the
# "Latest measurement" section of docs/PERFORMANCE.md rewritten with the result.
#
#   scripts/bench_parse.sh              # the whole installed stdlib (~1,800 files)
#   scripts/bench_parse.sh --no-doc     # print the figures, leave the doc alone
#   scripts/bench_parse.sh --list FILE  # another file list (one path per line)
#
# Both sides read every file into memory first and time only parsing, best of 3 passes:
#   ours:    ./pyaot parse --stats --repeat 3 FILES...              (single-threaded)
#            ./pyaot parse --stats --parallel --repeat 3 FILES...
#   CPython: python3 tools/cpython_ast_dump.py --parse-bench --list LIST   (ast.parse(bytes))
# MB = 10^6 bytes. The ratio is ours single-threaded / CPython.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
# shellcheck source=scripts/lib.sh
source "$ROOT/scripts/lib.sh"
cd "$ROOT"

DOC="$ROOT/docs/PERFORMANCE.md"
BEGIN_MARK='<!-- bench_parse:begin -->'
END_MARK='<!-- bench_parse:end -->'
update_doc=1
list=""
while (($#)); do
  case "$1" in
    --no-doc) update_doc=0; shift ;;
    --list) list="$2"; shift 2 ;;
    *) echo "usage: scripts/bench_parse.sh [--no-doc] [--list FILE]" >&2; exit 2 ;;
  esac
done

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
if [[ -z "$list" ]]; then
  list="$work/stdlib.txt"
  python3 tools/cpython_ast_dump.py --stdlib-list >"$list"
fi
mapfile -t files <"$list"
((${#files[@]})) || { echo "bench_parse: no files in $list" >&2; exit 1; }

# Build first, so that no build time lands in a measurement.
./pyaot --version >/dev/null

stat_value() { # stat_value KEY < stats  -> the value of "KEY: value"
  awk -v key="$1" 'index($0, key ": ") == 1 { print substr($0, length(key) + 3); exit }'
}

pyaot_log "bench_parse: ours, single-threaded (${#files[@]} files)..."
./pyaot parse --stats --repeat 3 "${files[@]}" >"$work/single.txt"
pyaot_log "bench_parse: ours, parallel..."
./pyaot parse --stats --parallel --repeat 3 "${files[@]}" >"$work/parallel.txt"
pyaot_log "bench_parse: CPython ast.parse..."
python3 tools/cpython_ast_dump.py --parse-bench --list "$list" >"$work/cpython.json"

n_files=$(stat_value files <"$work/single.txt")
n_bytes=$(stat_value bytes <"$work/single.txt")
single_mbs=$(stat_value 'MB/s' <"$work/single.txt")
single_s=$(stat_value seconds <"$work/single.txt")
single_err=$(stat_value 'files with errors' <"$work/single.txt")
parallel_mbs=$(stat_value 'MB/s' <"$work/parallel.txt")
parallel_s=$(stat_value seconds <"$work/parallel.txt")
parallel_threads=$(stat_value mode <"$work/parallel.txt" | tr -cd '0-9')
read -r cp_files cp_bytes cp_s cp_mbs cp_err < <(python3 -c '
import json, sys
r = json.load(open(sys.argv[1]))
print(r["files"], r["bytes"], r["seconds"], r["mb_per_s"], r["errors"])' "$work/cpython.json")

if [[ "$cp_files" != "$n_files" || "$cp_bytes" != "$n_bytes" ]]; then
  echo "bench_parse: the two sides saw different inputs: ours $n_files files/$n_bytes bytes, CPython $cp_files/$cp_bytes" >&2
  exit 1
fi

ratio=$(python3 -c 'import sys; print("%.2f" % (float(sys.argv[1]) / float(sys.argv[2])))' "$single_mbs" "$cp_mbs")
parallel_ratio=$(python3 -c 'import sys; print("%.2f" % (float(sys.argv[1]) / float(sys.argv[2])))' "$parallel_mbs" "$cp_mbs")
mb=$(python3 -c 'import sys; print("%.1f" % (int(sys.argv[1]) / 1e6))' "$n_bytes")
date_utc=$(date -u +%Y-%m-%d)
cpu_model=$(lscpu 2>/dev/null | awk -F: '/^Model name/ { sub(/^[ \t]+/, "", $2); print $2; exit }')
machine="${cpu_model:-unknown CPU}, $(nproc) cores"
dotnet_version=$(dotnet --version 2>/dev/null || echo "?")
python_version=$(python3 -c 'import platform; print(platform.python_version())')
commit=$(git rev-parse --short HEAD 2>/dev/null || echo "?")
if [[ -n "$(git status --porcelain -- src 2>/dev/null)" ]]; then commit="$commit + uncommitted changes"; fi
if [[ "$list" == "$work/stdlib.txt" ]]; then command_line="scripts/bench_parse.sh"; else command_line="scripts/bench_parse.sh --list $list"; fi

table="| date | machine | files | MB | ours single-threaded | ours parallel | CPython ast.parse | ratio (single) | ratio (parallel) |
| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |
| $date_utc | $machine | $n_files | $mb | $single_mbs MB/s ($single_s s) | $parallel_mbs MB/s ($parallel_s s) | $cp_mbs MB/s ($cp_s s) | **${ratio}x** | ${parallel_ratio}x |"

section="$BEGIN_MARK
## Latest measurement

$table

- Produced by \`$command_line\` at commit $commit (.NET SDK $dotnet_version, CPython $python_version).
- Exact commands: \`./pyaot parse --stats --repeat 3 FILES...\`, \`./pyaot parse --stats --parallel --repeat 3 FILES...\`
  ($parallel_threads threads) and \`python3 tools/cpython_ast_dump.py --parse-bench --list LIST\`, where FILES/LIST is
  \`python3 tools/cpython_ast_dump.py --stdlib-list\` unless \`--list\` was given.
- Files with errors: ours $single_err, CPython $cp_err (both sides parse and time them too).
$END_MARK"

cat "$work/single.txt"
echo "--- parallel"
cat "$work/parallel.txt"
echo "--- CPython"
cat "$work/cpython.json"
echo "---"
echo "$table"

if ((update_doc)); then
  if [[ ! -f "$DOC" ]] || ! grep -qF "$BEGIN_MARK" "$DOC"; then
    echo "bench_parse: $DOC has no '$BEGIN_MARK' section; not rewritten" >&2
    exit 1
  fi
  SECTION="$section" python3 - "$DOC" "$BEGIN_MARK" "$END_MARK" <<'PY'
import os, sys
path, begin, end = sys.argv[1:4]
text = open(path, encoding="utf-8").read()
start = text.index(begin)
stop = text.index(end, start) + len(end)
open(path, "w", encoding="utf-8").write(text[:start] + os.environ["SECTION"] + text[stop:])
PY
  pyaot_log "bench_parse: rewrote the latest measurement in docs/PERFORMANCE.md"
fi
