// PythonAot C++ runtime: the sys module's operations (sys.argv, sys.exit, sys.maxsize) over program.hpp's state.
#pragma once

#include <cstdint>

#include "program.hpp"

namespace pyaot::ops {

/// sys.argv: the same list object on every read (a program that appends to it sees its own change).
inline List<Str> sys_argv() { return pyaot::sys_argv(); }

/// sys.maxsize: 2 ** 63 - 1.
inline Int sys_maxsize() { return INT64_MAX; }

/// sys.exit(), sys.exit(status), sys.exit(message): raise SystemExit.
[[noreturn]] inline void sys_exit() { pyaot::sys_exit(); }
[[noreturn]] inline void sys_exit(Int status) { pyaot::sys_exit(status); }
[[noreturn]] inline void sys_exit(const Str& message) { pyaot::sys_exit(message); }

}  // namespace pyaot::ops
