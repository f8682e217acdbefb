// PythonAot C++ runtime: Set<T> and set.* operations.
// (placeholder: owner H3)
#pragma once

#include "core.hpp"
