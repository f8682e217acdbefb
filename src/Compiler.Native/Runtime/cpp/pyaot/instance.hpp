// PythonAot C++ runtime: Instance defaults (repr/str/eq/hash/ordering) and BaseException repr/str; protocol functions over Ref<T> of instances.
// (placeholder: owner H1)
#pragma once

#include "core.hpp"
