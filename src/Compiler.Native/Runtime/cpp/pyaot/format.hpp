// PythonAot C++ runtime: the format-spec mini-language for int, float, str, bool; builtins.format; printf-style % formatting.
// (placeholder: owner H1)
#pragma once

#include "core.hpp"
