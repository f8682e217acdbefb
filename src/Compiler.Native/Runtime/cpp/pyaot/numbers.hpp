// PythonAot C++ runtime: int and float operators (overflow-checked int64, floor division/modulo, pow), protocol functions repr/str/hash/eq/lt/truth for Int, Float, bool, None; float repr (shortest round trip).
// (placeholder: owner H1)
#pragma once

#include "core.hpp"
