// PythonAot C++ runtime: builtins over iterables: len, sorted, reversed, enumerate, zip, map, filter, min, max, sum, any, all, iter, next, list(), dict(), set(), tuple().
// (placeholder: owner H3)
#pragma once

#include "core.hpp"
