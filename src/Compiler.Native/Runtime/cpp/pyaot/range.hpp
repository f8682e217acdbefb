// PythonAot C++ runtime: Range.
// (placeholder: owner H3)
#pragma once

#include "core.hpp"
