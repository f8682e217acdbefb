// PythonAot C++ runtime: Object, the boxed dynamic value (to_object).
// (placeholder: owner H3)
#pragma once

#include "core.hpp"
