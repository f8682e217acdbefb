// PythonAot C++ runtime: the arguments of exceptions (e.args): BaseException.__init__, exceptions constructed with
// several arguments, and user exceptions whose __init__ never calls super().__init__ (BaseException.__new__ already
// stored the constructor's arguments, so str(e) shows them).
#pragma once

#include <string>
#include <utility>

#include "core.hpp"
#include "exceptions.hpp"
#include "instance.hpp"
#include "object.hpp"

namespace pyaot {

/// e.args = (args...): str(e) is '' / str(arg) / the tuple's repr; repr(e) is `Name(repr(arg), ...)`. KeyError's
/// str of one argument is its repr.
template <class... A>
void set_exception_args(BaseException& e, const A&... args) {
    if constexpr (sizeof...(A) == 0) {
        e.set_args(std::string(), std::string(), false);
    } else {
        std::string inner;
        ((inner += (inner.empty() ? "" : ", "), inner += repr(args).view()), ...);
        if constexpr (sizeof...(A) == 1) {
            const bool is_key_error = dynamic_cast<const KeyError*>(&e) != nullptr;
            std::string text = is_key_error ? inner : (str(args).utf8(), ...);
            e.set_args(std::move(text), std::move(inner), true);
        } else {
            std::string text = "(" + inner + ")";
            e.set_args(std::move(text), std::move(inner), true);
        }
    }
}

/// E(a, b, ...) for a builtin exception class (or a user one without __init__).
template <class E, class... A>
Ref<E> make_exception(const A&... args) {
    Ref<E> e = make<E>();
    set_exception_args(*e, args...);
    return e;
}

namespace ops {
/// BaseException.__init__(self) / (self, arg): replaces e.args.
inline void BaseException___init__(const Ref<BaseException>& self) { set_exception_args(*self); }
inline void BaseException___init__(const Ref<BaseException>& self, const Object& arg) { set_exception_args(*self, arg); }
}  // namespace ops

}  // namespace pyaot
