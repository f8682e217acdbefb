// Helpers shared by the container test programs (each containers_X.cpp has a twin containers_X.py that prints the
// same lines under CPython; tests/runtime/check_containers.py compares them).
#pragma once

#include <cstdio>
#include <utility>

#include "pyaot/runtime.hpp"

namespace t {

inline void line(const pyaot::Str& s) {
    std::fwrite(s.view().data(), 1, s.view().size(), stdout);
    std::fputc('\n', stdout);
}
/// print(x): str() of the value.
template <class T>
void out(const T& x) {
    using pyaot::str;
    line(str(x));
}
inline void out(const char* s) { line(pyaot::Str(s)); }
/// Runs f; prints `Type: message` for a Python exception it raises (Python twin: err(lambda: ...)).
template <class F>
void err(F&& f) {
    try {
        f();
        line(pyaot::Str("no error"));
    } catch (const pyaot::PyException& e) {
        line(pyaot::Str(std::string(e.value->type_name()) + ": " + e.value->message()));
    }
}

}  // namespace t
