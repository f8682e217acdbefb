// PythonAot C++ runtime: Union<A...> (A | B without None), and type_name_of(x) (Python's type(x).__name__).
//
// Union<A...> is a value type over std::variant<A...>. It converts implicitly from each alternative (and from
// another Union whose alternatives are all among A..., in any order). isinstance narrowing is `u.holds<T>()`
// then `u.get<T>()` (TypeError if the test was skipped); `u.visit(f)` applies f to the held value.
// repr/str/hash/truth are the held alternative's; eq is true only for equal values of the same alternative,
// except that int, float and bool compare by value as in Python (1 == 1.0 == True).
#pragma once

#include <string>
#include <type_traits>
#include <utility>
#include <variant>

#include "core.hpp"
#include "exceptions.hpp"
#include "numbers.hpp"
#include "str.hpp"

namespace pyaot {

/// type(x).__name__ for a runtime type: specialised by each runtime header (TypeName<List<T>> ...).
template <class T, class = void>
struct TypeName {
    static const char* get(const T&) noexcept { return "object"; }
};
template <>
struct TypeName<Int> {
    static const char* get(Int) noexcept { return "int"; }
};
template <>
struct TypeName<Float> {
    static const char* get(Float) noexcept { return "float"; }
};
template <>
struct TypeName<bool> {
    static const char* get(bool) noexcept { return "bool"; }
};
template <>
struct TypeName<None> {
    static const char* get(None) noexcept { return "NoneType"; }
};
template <>
struct TypeName<Str> {
    static const char* get(const Str&) noexcept { return "str"; }
};
template <class C>
struct TypeName<Ref<C>, std::enable_if_t<std::is_base_of_v<Instance, C>>> {
    static const char* get(const Ref<C>& r) noexcept { return r ? r->type_name() : "NoneType"; }
};

template <class T>
const char* type_name_of(const T& x) noexcept {
    return TypeName<T>::get(x);
}

template <class... A>
class Union;

namespace detail_union {
template <class X, class... A>
inline constexpr bool contains_v = (std::is_same_v<X, A> || ...);
}

template <class X>
struct is_union : std::false_type {};
template <class... A>
struct is_union<Union<A...>> : std::true_type {};

template <class... A>
class Union {
public:
    using Variant = std::variant<A...>;

    template <class U, class = std::enable_if_t<!is_union<std::decay_t<U>>::value &&
                                                std::is_constructible_v<Variant, U&&>>>
    Union(U&& x) : v_(std::forward<U>(x)) {}
    /// From a Union whose alternatives are all among A... (in any order).
    template <class... B, class = std::enable_if_t<!std::is_same_v<Union<B...>, Union> &&
                                                   (detail_union::contains_v<B, A...> && ...)>>
    Union(const Union<B...>& o) : v_(std::visit([](const auto& x) -> Variant { return Variant(std::in_place_type<std::decay_t<decltype(x)>>, x); }, o.variant())) {}
    /// The first alternative's default (for a local declared before its first assignment).
    Union() = default;
    Union(const Union&) = default;
    Union(Union&&) noexcept = default;
    Union& operator=(const Union&) = default;
    Union& operator=(Union&&) noexcept = default;

    /// isinstance(u, T).
    template <class T>
    bool holds() const noexcept {
        return std::holds_alternative<T>(v_);
    }
    /// The held T (after holds<T>()).
    template <class T>
    T& get() {
        if (auto* p = std::get_if<T>(&v_)) return *p;
        raise<TypeError>("union does not hold the narrowed type");
    }
    template <class T>
    const T& get() const {
        if (auto* p = std::get_if<T>(&v_)) return *p;
        raise<TypeError>("union does not hold the narrowed type");
    }
    template <class F>
    decltype(auto) visit(F&& f) const {
        return std::visit(std::forward<F>(f), v_);
    }
    std::size_t index() const noexcept { return v_.index(); }
    const Variant& variant() const noexcept { return v_; }

private:
    Variant v_;
};

namespace detail_union {
template <class X, class U>
struct in_union : std::false_type {};
template <class X, class... B>
struct in_union<X, Union<B...>> : std::bool_constant<contains_v<X, B...>> {};
}  // namespace detail_union

/// Narrowing to a smaller Union (after isinstance tests ruled the other alternatives out): TypeError if the held
/// alternative is not among the target's.
template <class U, class... A>
U narrow_union(const Union<A...>& u) {
    return u.visit([](const auto& x) -> U {
        using X = std::decay_t<decltype(x)>;
        if constexpr (detail_union::in_union<X, U>::value) return U(x);
        else raise<TypeError>("union does not hold the narrowed type");
    });
}

template <class... A>
struct TypeName<Union<A...>> {
    static const char* get(const Union<A...>& u) noexcept {
        return u.visit([](const auto& x) { return type_name_of(x); });
    }
};

template <class... A>
Str repr(const Union<A...>& u) {
    return u.visit([](const auto& x) { return repr(x); });
}
template <class... A>
Str str(const Union<A...>& u) {
    return u.visit([](const auto& x) { return str(x); });
}
template <class... A>
Int hash(const Union<A...>& u) {
    return u.visit([](const auto& x) { return hash(x); });
}
template <class... A>
bool truth(const Union<A...>& u) {
    return u.visit([](const auto& x) { return truth(x); });
}
template <class... A>
bool eq(const Union<A...>& a, const Union<A...>& b) {
    return std::visit(
        [](const auto& x, const auto& y) -> bool {
            using X = std::decay_t<decltype(x)>;
            using Y = std::decay_t<decltype(y)>;
            if constexpr (std::is_same_v<X, Y>) {
                return eq(x, y);
            } else if constexpr (std::is_arithmetic_v<X> && std::is_arithmetic_v<Y>) {
                if constexpr (std::is_same_v<X, Float> || std::is_same_v<Y, Float>)
                    return static_cast<long double>(x) == static_cast<long double>(y);
                else
                    return static_cast<Int>(x) == static_cast<Int>(y);
            } else {
                return false;
            }
        },
        a.variant(), b.variant());
}

namespace detail {
[[noreturn]] inline void raise_unordered(const char* op, const char* a, const char* b) {
    raise<TypeError>(std::string("'") + op + "' not supported between instances of '" + a + "' and '" + b + "'");
}
template <class... A>
bool union_order(const Union<A...>& a, const Union<A...>& b, int op) {
    static const char* const ops[] = {"<", "<=", ">", ">="};
    return std::visit(
        [op](const auto& x, const auto& y) -> bool {
            using X = std::decay_t<decltype(x)>;
            using Y = std::decay_t<decltype(y)>;
            if constexpr (std::is_same_v<X, Y>) {
                switch (op) {
                    case 0: return lt(x, y);
                    case 1: return le(x, y);
                    case 2: return gt(x, y);
                    default: return ge(x, y);
                }
            } else if constexpr (std::is_arithmetic_v<X> && std::is_arithmetic_v<Y>) {
                long double p = static_cast<long double>(x), q = static_cast<long double>(y);
                switch (op) {
                    case 0: return p < q;
                    case 1: return p <= q;
                    case 2: return p > q;
                    default: return p >= q;
                }
            } else {
                raise_unordered(ops[op], type_name_of(x), type_name_of(y));
            }
        },
        a.variant(), b.variant());
}
}  // namespace detail

template <class... A>
bool lt(const Union<A...>& a, const Union<A...>& b) {
    return detail::union_order(a, b, 0);
}
template <class... A>
bool le(const Union<A...>& a, const Union<A...>& b) {
    return detail::union_order(a, b, 1);
}
template <class... A>
bool gt(const Union<A...>& a, const Union<A...>& b) {
    return detail::union_order(a, b, 2);
}
template <class... A>
bool ge(const Union<A...>& a, const Union<A...>& b) {
    return detail::union_order(a, b, 3);
}

}  // namespace pyaot
