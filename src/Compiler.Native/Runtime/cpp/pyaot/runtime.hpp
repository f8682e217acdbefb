// PythonAot C++ runtime: the one header emitted code includes.
// Order matters: protocol functions over primitive types (numbers.hpp) are declared before the templates that
// call them unqualified (argument-dependent lookup does not find overloads for int64_t and double).
#pragma once

#include "core.hpp"
#include "exceptions.hpp"
#include "numbers.hpp"
#include "str.hpp"
#include "instance.hpp"
#include "bytes.hpp"
#include "format.hpp"
#include "optional.hpp"
#include "union.hpp"
#include "tuple.hpp"
#include "func.hpp"
#include "object.hpp"
#include "iterator.hpp"
#include "generator.hpp"
#include "range.hpp"
#include "list.hpp"
#include "dict.hpp"
#include "set.hpp"
#include "str_ops.hpp"
#include "builtins_numeric.hpp"
#include "builtins_iter.hpp"
#include "math.hpp"
#include "io.hpp"
#include "program.hpp"
