// PythonAot C++ runtime: run_main (sys.argv, sys.exit, uncaught exceptions: last line on stderr, exit code 1).
// (placeholder: owner H1)
#pragma once

#include "core.hpp"
