// PythonAot C++ runtime: Object, the boxed dynamic value (Python's `object`; to_object is pyaot::box(x)).
//
// An Object is a refcounted handle to a box holding one runtime value of any type, with a small vtable for the
// protocol functions: repr, str, hash, eq, truth and the Python type name. A default-constructed Object (and
// box(none), and box of an empty Optional) is None. box(Object) is the object itself; box(Optional<T>) and
// box(Union<...>) box the held value. `o.is<T>()` tests the boxed type, `o.as<T>()` unboxes (TypeError when the
// box holds something else). eq compares boxes of the same type with eq(); int, float and bool boxes compare by
// value across those types (1 == 1.0 == True, as in Python); other mixed types are unequal.
#pragma once

#include <string>
#include <type_traits>
#include <utility>

#include "core.hpp"
#include "exceptions.hpp"
#include "numbers.hpp"
#include "optional.hpp"
#include "str.hpp"
#include "union.hpp"

namespace pyaot {

namespace detail {

// Unqualified calls from namespace scope: argument-dependent lookup at instantiation finds the protocol overloads of
// containers declared after this header (dict.hpp, set.hpp, ...). A qualified `pyaot::repr(v)` inside Box would see
// only the overloads declared before it, and an unqualified call inside Box would find Box's own repr member.
template <class T>
Str protocol_repr(const T& v) { return repr(v); }
template <class T>
Str protocol_str(const T& v) { return str(v); }
template <class T>
Int protocol_hash(const T& v) { return hash(v); }
template <class T>
bool protocol_truth(const T& v) { return truth(v); }
template <class T>
bool protocol_eq(const T& a, const T& b) { return eq(a, b); }
template <class T, class = void>
struct has_is_member : std::false_type {};
template <class T>
struct has_is_member<T, std::void_t<decltype(std::declval<const T&>().is(std::declval<const T&>()))>> : std::true_type {};
template <class T>
struct is_ref_handle : std::false_type {};
template <class T>
struct is_ref_handle<Ref<T>> : std::true_type {};
template <class T>
struct TypeTag {
    static constexpr char id = 0;
};
}  // namespace detail

class Object {
public:
    struct Impl : RefCounted {
        virtual Str repr() const = 0;
        virtual Str str() const = 0;
        virtual Int hash() const = 0;
        virtual bool truth() const = 0;
        virtual const char* type_name() const = 0;
        virtual const void* tag() const noexcept = 0;
        /// Same-tag equality (the caller checked the tags).
        virtual bool eq_same(const Impl& o) const = 0;
        /// Same-tag identity of the boxed values (`a is b` on reference handles; scalars compare by value).
        virtual bool is_same_value(const Impl& o) const noexcept = 0;
        /// 0 not a number, 1 bool, 2 int, 3 float; number() is the value.
        virtual int number_kind() const noexcept { return 0; }
        virtual long double number() const noexcept { return 0; }
    };
    template <class T>
    struct Box final : Impl {
        template <class U>
        explicit Box(U&& x) : v(std::forward<U>(x)) {}
        Str repr() const override { return detail::protocol_repr(v); }
        Str str() const override { return detail::protocol_str(v); }
        Int hash() const override { return detail::protocol_hash(v); }
        bool truth() const override { return detail::protocol_truth(v); }
        const char* type_name() const override { return type_name_of(v); }
        const void* tag() const noexcept override { return &detail::TypeTag<T>::id; }
        bool eq_same(const Impl& o) const override { return detail::protocol_eq(v, static_cast<const Box&>(o).v); }
        bool is_same_value(const Impl& o) const noexcept override {
            const T& w = static_cast<const Box&>(o).v;
            if constexpr (detail::has_is_member<T>::value) return v.is(w);
            else if constexpr (detail::is_ref_handle<T>::value) return v.get() == w.get();
            else if constexpr (std::is_arithmetic_v<T>) return v == w;
            else return &v == &w;
        }
        int number_kind() const noexcept override {
            if constexpr (std::is_same_v<T, bool>) return 1;
            else if constexpr (std::is_same_v<T, Int>) return 2;
            else if constexpr (std::is_same_v<T, Float>) return 3;
            else return 0;
        }
        long double number() const noexcept override {
            if constexpr (std::is_arithmetic_v<T>) return static_cast<long double>(v);
            else return 0;
        }
        T v;
    };

    /// None.
    Object() noexcept = default;
    Object(None) noexcept {}
    explicit Object(Ref<Impl> p) noexcept : p_(std::move(p)) {}

    bool is_none() const noexcept { return !p_; }
    template <class T>
    bool is() const noexcept {
        if constexpr (std::is_same_v<T, None>) return !p_;
        else return p_ && p_->tag() == &detail::TypeTag<T>::id;
    }
    template <class T>
    const T& as() const {
        if (!is<T>()) raise<TypeError>(std::string("object is not of the expected type (it is '") + type_name() + "')");
        return static_cast<const Box<T>*>(p_.get())->v;
    }
    const char* type_name() const { return p_ ? p_->type_name() : "NoneType"; }
    Impl* impl() const noexcept { return p_.get(); }
    /// Identity (`a is b`): the same box, or both None.
    bool is_same(const Object& o) const noexcept { return p_ == o.p_; }

private:
    Ref<Impl> p_;
};

template <class X>
struct is_object : std::false_type {};
template <>
struct is_object<Object> : std::true_type {};

/// to_object: boxes any runtime value.
template <class T>
Object box(T&& x) {
    using D = std::decay_t<T>;
    if constexpr (std::is_same_v<D, Object>) {
        return x;
    } else if constexpr (std::is_same_v<D, None> || std::is_same_v<D, Omitted>) {
        return Object();
    } else if constexpr (std::is_same_v<D, const char*> || std::is_same_v<D, char*> || std::is_array_v<std::remove_reference_t<T>>) {
        return box(Str(x));
    } else if constexpr (std::is_same_v<D, int> || std::is_same_v<D, long> || std::is_same_v<D, long long> ||
                         std::is_same_v<D, unsigned> || std::is_same_v<D, short>) {
        return Object(Ref<Object::Impl>(new Object::Box<Int>(static_cast<Int>(x))));
    } else if constexpr (std::is_same_v<D, float>) {
        return Object(Ref<Object::Impl>(new Object::Box<Float>(static_cast<Float>(x))));
    } else if constexpr (is_union<D>::value) {
        return x.visit([](const auto& v) { return box(v); });
    } else if constexpr (is_optional<D>::value) {
        if (x.is_none()) return Object();
        return box(*x);
    } else {
        return Object(Ref<Object::Impl>(new Object::Box<D>(std::forward<T>(x))));
    }
}

template <>
struct TypeName<Object> {
    static const char* get(const Object& o) noexcept { return o.type_name(); }
};

inline Str repr(const Object& o) { return o.is_none() ? Str("None") : o.impl()->repr(); }
inline Str str(const Object& o) { return o.is_none() ? Str("None") : o.impl()->str(); }
inline Int hash(const Object& o) { return o.is_none() ? hash(none) : o.impl()->hash(); }
inline bool truth(const Object& o) { return !o.is_none() && o.impl()->truth(); }
inline bool eq(const Object& a, const Object& b) {
    if (a.is_same(b)) return true;
    if (a.is_none() || b.is_none()) return false;
    if (a.impl()->tag() == b.impl()->tag()) return a.impl()->eq_same(*b.impl());
    int ka = a.impl()->number_kind(), kb = b.impl()->number_kind();
    if (ka && kb) return a.impl()->number() == b.impl()->number();
    return false;
}

namespace ops {
/// `a is b` on boxed values: the same object (reference types), the same value (int, float, bool), both None.
inline bool operator_is_(const Object& a, const Object& b) noexcept {
    if (a.is_same(b)) return true;
    if (a.is_none() || b.is_none()) return false;
    return a.impl()->tag() == b.impl()->tag() && a.impl()->is_same_value(*b.impl());
}
inline bool operator_is_not(const Object& a, const Object& b) noexcept { return !operator_is_(a, b); }
}  // namespace ops

}  // namespace pyaot
