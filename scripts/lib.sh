# shellcheck shell=bash
# Shared helpers for ./test.sh and ./pyaot. Source it; it defines functions and
# variables only and runs nothing on its own (apart from exporting the dotnet
# environment below).
#
#   pyaot_require_tools        cheap: are the commands there? install missing
#                              Debian packages (as root) or print the command.
#   pyaot_check_toolchain      slower: dotnet SDK 10 and CPython 3.11 versions.
#
# To add a prerequisite, add a "command:debian-package" entry to
# PYAOT_APT_PACKAGES (e.g. "g++:g++", "llvm-config-19:llvm-19",
# "node:nodejs"). Each entry is checked with `command -v <command>`.

export DOTNET_CLI_TELEMETRY_OPTOUT=1
export DOTNET_NOLOGO=1
export DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1

PYAOT_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"

# command:debian-package, one per entry.
PYAOT_APT_PACKAGES=(
  "python3:python3"
  # The C++ backend's toolchain (g++ 12 brings AddressSanitizer and UBSan).
  "g++:g++"
  # The Node.js host of built shared libraries (koffi comes from npm).
  "node:nodejs"
  "npm:npm"
  # later issues: "llvm-config-19:llvm-19"
)

# The .NET SDK major version the solution targets.
PYAOT_DOTNET_MAJOR=10
# The CPython version the oracle and the fidelity contract are pinned to.
PYAOT_PYTHON_VERSION=3.11

_PYAOT_MISSING_PKGS=()

pyaot_log() { printf '%s\n' "$*" >&2; }

# ensure_pkg <command> <debian-package>: remember <debian-package> for
# installation when <command> is not on PATH.
ensure_pkg() {
  local cmd="$1" pkg="$2"
  if ! command -v "$cmd" >/dev/null 2>&1; then
    case " ${_PYAOT_MISSING_PKGS[*]-} " in
      *" $pkg "*) ;;
      *) _PYAOT_MISSING_PKGS+=("$pkg") ;;
    esac
  fi
}

# Install everything ensure_pkg collected: as root with apt-get, otherwise print
# the command and fail.
pyaot_install_missing() {
  ((${#_PYAOT_MISSING_PKGS[@]} == 0)) && return 0
  local pkgs="${_PYAOT_MISSING_PKGS[*]}"
  if [[ "$(id -u)" == 0 ]] && command -v apt-get >/dev/null 2>&1; then
    pyaot_log "installing missing packages: $pkgs"
    DEBIAN_FRONTEND=noninteractive apt-get update -qq >&2 &&
      DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${_PYAOT_MISSING_PKGS[@]}" >&2 || {
        pyaot_log "error: apt-get install $pkgs failed"
        return 1
      }
    _PYAOT_MISSING_PKGS=()
    hash -r
  else
    pyaot_log "error: missing packages: $pkgs"
    pyaot_log "install them with:"
    pyaot_log "  sudo apt-get update && sudo apt-get install -y $pkgs"
    return 1
  fi
}

_pyaot_dotnet_help() {
  pyaot_log "error: the .NET $PYAOT_DOTNET_MAJOR SDK is required (\`dotnet\` on PATH)."
  pyaot_log "install it with one of:"
  pyaot_log "  sudo apt-get install -y dotnet-sdk-$PYAOT_DOTNET_MAJOR.0   # Debian/Ubuntu with Microsoft's package feed"
  pyaot_log "  curl -sSL https://dot.net/v1/dotnet-install.sh | bash -s -- --channel $PYAOT_DOTNET_MAJOR.0"
}

# Cheap check (only `command -v`): run on every ./pyaot call.
pyaot_require_tools() {
  if ! command -v dotnet >/dev/null 2>&1; then
    _pyaot_dotnet_help
    return 1
  fi
  local entry
  for entry in "${PYAOT_APT_PACKAGES[@]}"; do
    ensure_pkg "${entry%%:*}" "${entry#*:}"
  done
  pyaot_install_missing
}

# Slower check (runs dotnet and python3): run before building.
pyaot_check_toolchain() {
  if ! dotnet --list-sdks 2>/dev/null | grep -q "^$PYAOT_DOTNET_MAJOR\."; then
    pyaot_log "error: no .NET $PYAOT_DOTNET_MAJOR SDK found (dotnet --list-sdks):"
    dotnet --list-sdks >&2 2>/dev/null || true
    _pyaot_dotnet_help
    return 1
  fi
  local pyver
  pyver="$(python3 -c 'import sys; print("%d.%d" % sys.version_info[:2])' 2>/dev/null)" || {
    pyaot_log "error: python3 does not run"
    return 1
  }
  if [[ "$pyver" != "$PYAOT_PYTHON_VERSION" ]]; then
    # Not fatal: the syntax oracle tests compare against whatever python3 says,
    # and other minor versions differ in ast.dump details.
    pyaot_log "warning: python3 is $pyver; the CPython oracle expects $PYAOT_PYTHON_VERSION (e.g. pyenv's 3.11.7)"
  fi
}

pyaot_ensure_prereqs() {
  pyaot_require_tools && pyaot_check_toolchain
}
