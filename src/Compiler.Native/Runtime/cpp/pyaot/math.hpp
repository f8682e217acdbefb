// PythonAot C++ runtime: the math module.
// (placeholder: owner H1)
#pragma once

#include "core.hpp"
