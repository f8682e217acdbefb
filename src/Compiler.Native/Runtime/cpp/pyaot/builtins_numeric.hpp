// PythonAot C++ runtime: builtins over numbers: abs, round, divmod, pow, int(), float(), bool(), bin/hex/oct, chr/ord, hash.
// (placeholder: owner H1)
#pragma once

#include "core.hpp"
