// PythonAot C++ runtime: print, input, stdout buffering.
// (placeholder: owner H1)
#pragma once

#include "core.hpp"
