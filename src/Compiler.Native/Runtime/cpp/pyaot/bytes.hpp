// PythonAot C++ runtime: bytes.
// (placeholder: owner H2)
#pragma once

#include "core.hpp"
