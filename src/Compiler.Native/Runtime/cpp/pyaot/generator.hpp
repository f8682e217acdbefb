// PythonAot C++ runtime: Generator<T> over C++20 coroutines.
// (placeholder: owner H3)
#pragma once

#include "core.hpp"
