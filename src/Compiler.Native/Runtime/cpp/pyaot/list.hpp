// PythonAot C++ runtime: List<T> and list.* operations.
// (placeholder: owner H3)
#pragma once

#include "core.hpp"
