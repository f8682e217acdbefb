// PythonAot C++ runtime: the sys module's remaining operations; sys.exit is in program.hpp beside run_main.
#pragma once

#include <cstdint>

#include "program.hpp"

namespace pyaot::ops {

/// sys.argv: the same list object on every read (a program that appends to it sees its own change).
inline List<Str> sys_argv() { return pyaot::sys_argv(); }

/// sys.maxsize: 2 ** 63 - 1.
inline Int sys_maxsize() { return INT64_MAX; }

}  // namespace pyaot::ops
