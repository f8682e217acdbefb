// PythonAot C++ runtime: Instance defaults (repr/str/eq/hash/ordering) and BaseException repr/str; protocol
// functions over Ref<T> of instances (user classes and exceptions).
//
// Every translation unit that raises needs these out-of-line virtual members (they carry the vtables): numbers.hpp
// includes this header at its end, and str.hpp should include it at its end too (after Str is complete). This header
// includes only core.hpp, exceptions.hpp and str.hpp.
#pragma once

#include <cstdint>
#include <cstdio>
#include <string>
#include <string_view>
#include <type_traits>
#include <typeinfo>

#include "core.hpp"
#include "exceptions.hpp"
#include "str.hpp"

namespace pyaot {

namespace detail {

/// repr() of a str given as UTF-8, CPython's quoting: single quotes unless the text holds a ' and no ", the usual
/// escapes, \xNN for other control characters (C0, DEL, C1, U+00A0, U+00AD). Other non-ASCII text is kept as is
/// (the full isprintable table lives with str's repr).
inline std::string quote_py_str(std::string_view s) {
    bool has_single = s.find('\'') != std::string_view::npos;
    bool has_double = s.find('"') != std::string_view::npos;
    char quote = (has_single && !has_double) ? '"' : '\'';
    std::string out;
    out.reserve(s.size() + 2);
    out += quote;
    static const char hex[] = "0123456789abcdef";
    for (std::size_t i = 0; i < s.size(); ++i) {
        unsigned char c = static_cast<unsigned char>(s[i]);
        if (c == static_cast<unsigned char>(quote) || c == '\\') {
            out += '\\';
            out += static_cast<char>(c);
        } else if (c == '\n') {
            out += "\\n";
        } else if (c == '\r') {
            out += "\\r";
        } else if (c == '\t') {
            out += "\\t";
        } else if (c < 0x20 || c == 0x7f) {
            out += "\\x";
            out += hex[c >> 4];
            out += hex[c & 15];
        } else if (c == 0xC2 && i + 1 < s.size()) {
            unsigned char d = static_cast<unsigned char>(s[i + 1]);
            if ((d >= 0x80 && d <= 0x9f) || d == 0xa0 || d == 0xad) {
                out += "\\x";
                out += hex[d >> 4];
                out += hex[d & 15];
                ++i;
            } else {
                out += static_cast<char>(c);
            }
        } else {
            out += static_cast<char>(c);
        }
    }
    out += quote;
    return out;
}

/// CPython's _Py_HashPointer: the address rotated right by 4 bits.
inline Int hash_pointer(const void* p) noexcept {
    std::uintptr_t y = reinterpret_cast<std::uintptr_t>(p);
    y = (y >> 4) | (y << (8 * sizeof(void*) - 4));
    Int x = static_cast<Int>(y);
    return x == -1 ? -2 : x;
}

inline std::string qualified_type_name(const Instance& x) {
    std::string name = x.module_name();
    name += '.';
    name += x.type_name();
    return name;
}

}  // namespace detail

/// raise TypeError("unhashable type: 'C'") (for classes that define __eq__ without __hash__).
[[noreturn]] inline void raise_unhashable(const Instance& x) {
    raise<TypeError>(std::string("unhashable type: '") + x.type_name() + "'");
}

/// raise TypeError("'<' not supported between instances of 'A' and 'B'").
[[noreturn]] inline void raise_unorderable_instances(const char* op, const Instance& a, const Instance& b) {
    raise<TypeError>(std::string("'") + op + "' not supported between instances of '" + a.type_name() + "' and '" +
                     b.type_name() + "'");
}

inline Str Instance::repr() const {
    char addr[32];
    std::snprintf(addr, sizeof addr, "%p", static_cast<const void*>(this));
    return Str("<" + detail::qualified_type_name(*this) + " object at " + addr + ">");
}
inline Str Instance::str() const { return repr(); }
inline Int Instance::hash() const { return detail::hash_pointer(this); }
inline bool Instance::lt(const Instance& other) const { raise_unorderable_instances("<", *this, other); }
inline bool Instance::le(const Instance& other) const { raise_unorderable_instances("<=", *this, other); }
inline bool Instance::gt(const Instance& other) const { raise_unorderable_instances(">", *this, other); }
inline bool Instance::ge(const Instance& other) const { raise_unorderable_instances(">=", *this, other); }

/// repr(e): `ValueError('msg')`, `ValueError()` without arguments.
inline Str BaseException::repr() const {
    std::string out = type_name();
    out += '(';
    if (const std::string* args = args_repr()) out += *args;
    else if (has_message()) out += detail::quote_py_str(message());
    out += ')';
    return Str(std::move(out));
}
/// str(e): the message ('' without arguments).
inline Str BaseException::str() const { return Str(message()); }

/// The message of a KeyError already is the key's repr.
inline Str KeyError::repr() const {
    std::string out = type_name();
    out += '(';
    if (const std::string* args = args_repr()) out += *args;
    else if (has_message()) out += message();
    out += ')';
    return Str(std::move(out));
}

inline Str SystemExit::repr() const {
    if (has_code_) return Str(std::string(type_name()) + "(" + std::to_string(code_) + ")");
    return BaseException::repr();
}
inline Str SystemExit::str() const {
    if (has_code_) return Str(std::to_string(code_));
    return BaseException::str();
}

// ---- protocol functions over class instances (Ref<T>, T derived from Instance) ---------------------------------

template <class T>
concept InstanceType = std::is_base_of_v<Instance, T>;

template <InstanceType T>
Str repr(const Ref<T>& x) {
    return x->repr();
}
template <InstanceType T>
Str str(const Ref<T>& x) {
    return x->str();
}
template <InstanceType T>
Int hash(const Ref<T>& x) {
    return x->hash();
}
template <InstanceType T>
bool truth(const Ref<T>& x) {
    return x->truth();
}
template <InstanceType A, InstanceType B>
bool eq(const Ref<A>& a, const Ref<B>& b) {
    return a->eq(*b);
}
template <InstanceType A, InstanceType B>
bool ne(const Ref<A>& a, const Ref<B>& b) {
    return a->ne(*b);
}
template <InstanceType A, InstanceType B>
bool lt(const Ref<A>& a, const Ref<B>& b) {
    return a->lt(*b);
}
template <InstanceType A, InstanceType B>
bool le(const Ref<A>& a, const Ref<B>& b) {
    return a->le(*b);
}
template <InstanceType A, InstanceType B>
bool gt(const Ref<A>& a, const Ref<B>& b) {
    return a->gt(*b);
}
template <InstanceType A, InstanceType B>
bool ge(const Ref<A>& a, const Ref<B>& b) {
    return a->ge(*b);
}

namespace ops {
// ==, !=, <, <=, >, >= on class instances: the Instance virtuals (the class's dunders, dataclass methods, identity).
template <InstanceType A, InstanceType B>
bool operator_eq(const Ref<A>& a, const Ref<B>& b) {
    return a->eq(*b);
}
template <InstanceType A, InstanceType B>
bool operator_ne(const Ref<A>& a, const Ref<B>& b) {
    return a->ne(*b);
}
template <InstanceType A, InstanceType B>
bool operator_lt(const Ref<A>& a, const Ref<B>& b) {
    return a->lt(*b);
}
template <InstanceType A, InstanceType B>
bool operator_le(const Ref<A>& a, const Ref<B>& b) {
    return a->le(*b);
}
template <InstanceType A, InstanceType B>
bool operator_gt(const Ref<A>& a, const Ref<B>& b) {
    return a->gt(*b);
}
template <InstanceType A, InstanceType B>
bool operator_ge(const Ref<A>& a, const Ref<B>& b) {
    return a->ge(*b);
}
}  // namespace ops

}  // namespace pyaot
