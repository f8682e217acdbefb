// PythonAot C++ runtime: every str.* operation and the str overloads of operator.* and builtins.*.
// (placeholder: owner H2)
#pragma once

#include "core.hpp"
