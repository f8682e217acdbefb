#!/usr/bin/env bash
# Installs what is missing, restores, builds and runs every test of the solution.
# Ends with one line: `N passed, N failed[, N skipped]`; exits non-zero on any
# failure or build failure.
#
#   ./test.sh                       # everything
#   ./test.sh --filter X            # passed to `dotnet test --filter X`
#   ./test.sh --filter=X            # same
set -uo pipefail

cd "$(dirname "${BASH_SOURCE[0]}")"
# shellcheck source=scripts/lib.sh
source scripts/lib.sh

SOLUTION=PythonAot.sln
RESULTS_DIR="$PYAOT_ROOT/artifacts/test-results"

test_args=()
while (($#)); do
  case "$1" in
    --filter)
      if (($# < 2)); then
        echo "usage: ./test.sh [--filter EXPRESSION]" >&2
        exit 2
      fi
      test_args+=(--filter "$2")
      shift 2
      ;;
    --filter=*)
      test_args+=(--filter "${1#--filter=}")
      shift
      ;;
    -h | --help)
      sed -n '2,8p' "$0" | sed 's/^# \{0,1\}//'
      exit 0
      ;;
    *)
      # Anything else goes to `dotnet test` unchanged.
      test_args+=("$1")
      shift
      ;;
  esac
done

build_failed() {
  echo "error: $1" >&2
  echo "0 passed, 1 failed"
  exit 1
}

pyaot_ensure_prereqs || build_failed "prerequisites are missing (see above)"

# The Node.js host tests call built libraries through koffi, from the npm registry.
if [[ ! -d tests/hosts/node/node_modules/koffi ]]; then
  echo "== npm ci (tests/hosts/node: koffi)" >&2
  (cd tests/hosts/node && npm ci --no-audit --no-fund >&2) || build_failed "npm ci in tests/hosts/node failed"
fi

echo "== dotnet restore $SOLUTION" >&2
dotnet restore "$SOLUTION" || build_failed "dotnet restore failed"

echo "== dotnet build $SOLUTION -c Release" >&2
dotnet build "$SOLUTION" -c Release --no-restore || build_failed "dotnet build failed"

rm -rf "$RESULTS_DIR"
mkdir -p "$RESULTS_DIR"

echo "== dotnet test $SOLUTION -c Release ${test_args[*]-}" >&2
# Default trx file names (no LogFileName): with several test projects a fixed
# LogFileName makes each project overwrite the previous one's file; the
# default name is made unique per test assembly (the logger checks).
dotnet test "$SOLUTION" -c Release --no-build \
  --logger trx \
  --results-directory "$RESULTS_DIR" \
  "${test_args[@]}"
test_rc=$?

summary_args=("$RESULTS_DIR")
# `dotnet test` failed but the .trx files may show no failed test (a crashed
# test host, an aborted run): count that as one failure.
((test_rc != 0)) && summary_args+=(--min-failed 1)

python3 scripts/trx_summary.py "${summary_args[@]}"
summary_rc=$?

if ((test_rc != 0 || summary_rc != 0)); then
  exit 1
fi
exit 0
