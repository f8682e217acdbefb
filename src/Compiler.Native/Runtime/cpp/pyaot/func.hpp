// PythonAot C++ runtime: Func<R(A...)>, closures' cells (Cell<T>).
// (placeholder: owner H3)
#pragma once

#include "core.hpp"
