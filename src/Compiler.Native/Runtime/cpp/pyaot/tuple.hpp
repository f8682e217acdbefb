// PythonAot C++ runtime: Tuple<A...> (fixed shape) and VarTuple<T>.
// (placeholder: owner H3)
#pragma once

#include "core.hpp"
