// PythonAot C++ runtime: Dict<K, V> (insertion-ordered) and dict.* operations.
// (placeholder: owner H3)
#pragma once

#include "core.hpp"
