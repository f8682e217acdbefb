// A minimal stand-in for the parts of the PythonAot runtime that the C ABI wrappers and the hand-written fixture
// modules use, for as long as the real runtime (pyaot/runtime.hpp) has no List yet. It includes the runtime's own
// core, exceptions and str headers and adds only: List<T> (a shared vector handle, range-for), ops::list_append,
// ops::builtins_len, and the definitions of Instance/BaseException str()/repr(). The tests use it when
// src/Compiler.Native/Runtime/cpp/pyaot/list.hpp does not define List (see HostingLibraries).
#pragma once

#include <memory>
#include <string>
#include <vector>

#include "pyaot/core.hpp"
#include "pyaot/exceptions.hpp"
#include "pyaot/str.hpp"

namespace pyaot {

inline Str Instance::repr() const { return Str(std::string("<") + type_name() + " object>"); }
inline Str Instance::str() const { return repr(); }
inline Str BaseException::repr() const { return Str(std::string(type_name()) + "(" + message() + ")"); }
inline Str BaseException::str() const { return Str(message()); }

template <class T>
class List {
public:
    List() : items_(std::make_shared<std::vector<T>>()) {}
    auto begin() const { return items_->begin(); }
    auto end() const { return items_->end(); }
    std::vector<T>& items() const { return *items_; }

private:
    std::shared_ptr<std::vector<T>> items_;
};

namespace ops {
template <class T, class U>
None list_append(const List<T>& list, U&& value) {
    list.items().push_back(T(std::forward<U>(value)));
    return none;
}
template <class T>
Int builtins_len(const List<T>& list) {
    return static_cast<Int>(list.items().size());
}
}  // namespace ops

}  // namespace pyaot
