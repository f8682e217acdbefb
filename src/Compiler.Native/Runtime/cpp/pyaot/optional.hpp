// PythonAot C++ runtime: Optional<T> (T | None).
// (placeholder: owner H3)
#pragma once

#include "core.hpp"
