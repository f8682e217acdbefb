// PythonAot C++ runtime: Optional<T> (T | None).
//
// A value type over std::optional<T>: an empty Optional is None. It converts implicitly from T (and anything
// convertible to T) and from pyaot::None, so `Optional<Int> x = 3; x = none;` reads like the Python.
// repr/str: None or the held value's; truth: false for None, else the held value's truth; eq: None == None.
#pragma once

#include <optional>
#include <type_traits>
#include <utility>

#include "core.hpp"
#include "exceptions.hpp"
#include "numbers.hpp"

namespace pyaot {

template <class T>
class Optional {
public:
    using value_type = T;

    Optional() noexcept = default;
    Optional(None) noexcept {}
    Optional(Omitted) noexcept {}
    template <class U, class = std::enable_if_t<!std::is_same_v<std::decay_t<U>, Optional> &&
                                                !std::is_same_v<std::decay_t<U>, None> &&
                                                !std::is_same_v<std::decay_t<U>, Omitted> &&
                                                std::is_constructible_v<T, U&&>>>
    Optional(U&& x) : v_(std::in_place, std::forward<U>(x)) {}
    /// Optional<U> -> Optional<T> where U converts to T (e.g. Optional<bool> -> Optional<Int>).
    template <class U, class = std::enable_if_t<!std::is_same_v<U, T> && std::is_constructible_v<T, const U&>>>
    Optional(const Optional<U>& o) {
        if (o.has_value()) v_.emplace(*o);
    }

    bool has_value() const noexcept { return v_.has_value(); }
    bool is_none() const noexcept { return !v_.has_value(); }
    explicit operator bool() const noexcept = delete;  // use has_value() or truth(): Python truth is not presence

    /// The held value; TypeError when None (the emitter only calls it after narrowing, so this is a safety net).
    T& value() {
        if (!v_) raise<TypeError>("'NoneType' object is not subscriptable");
        return *v_;
    }
    const T& value() const {
        if (!v_) raise<TypeError>("'NoneType' object is not subscriptable");
        return *v_;
    }
    T& operator*() { return value(); }
    const T& operator*() const { return value(); }
    T* operator->() { return &value(); }
    const T* operator->() const { return &value(); }
    template <class U>
    T value_or(U&& dflt) const {
        return v_ ? *v_ : static_cast<T>(std::forward<U>(dflt));
    }

    friend bool operator==(const Optional& a, None) noexcept { return !a.v_; }

private:
    std::optional<T> v_;
};

template <class X>
struct is_optional : std::false_type {};
template <class T>
struct is_optional<Optional<T>> : std::true_type {};

template <class T>
Str repr(const Optional<T>& o);
template <class T>
Str str(const Optional<T>& o);

template <class T>
Str repr(const Optional<T>& o) {
    if (o.is_none()) return Str("None");
    return repr(*o);
}
template <class T>
Str str(const Optional<T>& o) {
    if (o.is_none()) return Str("None");
    return str(*o);
}
template <class T>
bool truth(const Optional<T>& o) {
    return o.has_value() && truth(*o);
}
template <class T>
bool eq(const Optional<T>& a, const Optional<T>& b) {
    if (a.is_none() || b.is_none()) return a.is_none() && b.is_none();
    return eq(*a, *b);
}
template <class T>
Int hash(const Optional<T>& o) {
    if (o.is_none()) return hash(none);
    return hash(*o);
}

}  // namespace pyaot
