// PythonAot C++ runtime: Iterator<T> (type-erased), iteration protocol.
// (placeholder: owner H3)
#pragma once

#include "core.hpp"
