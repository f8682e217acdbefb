// PythonAot C++ runtime: Union<A, B, ...>.
// (placeholder: owner H3)
#pragma once

#include "core.hpp"
