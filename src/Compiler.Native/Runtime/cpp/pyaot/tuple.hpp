// PythonAot C++ runtime: Tuple<A...> (fixed shape) and VarTuple<T> (tuple[T, ...]).
//
// Tuple<A...> is a value type deriving from std::tuple<A...>: `std::get<i>(t)`, `t.get<i>()` and structured
// bindings (`auto& [a, b] = t`) work; it is built as `Tuple<Int, Str>{1, "a"}` or with make_tuple_(...).
// VarTuple<T> is a reference type (an immutable refcounted vector, like List<T> without mutation); a fixed-shape
// Tuple whose items all convert to T converts to it implicitly.
// Protocol: repr `(1,)`, `()`, `(1, 'a')`; eq; lt/le/gt/ge lexicographic as CPython (the first unequal pair
// decides); hash is CPython's xxHash-based tuple hash over the items' hashes (equal to CPython's when the items'
// hashes are).
#pragma once

#include <cstdint>
#include <initializer_list>
#include <string>
#include <tuple>
#include <type_traits>
#include <utility>
#include <vector>

#include "core.hpp"
#include "exceptions.hpp"
#include "list.hpp"
#include "numbers.hpp"
#include "str.hpp"

namespace pyaot {

template <class... A>
struct Tuple : std::tuple<A...> {
    using Base = std::tuple<A...>;
    using Base::Base;
    Tuple() = default;
    Tuple(const Base& b) : Base(b) {}
    Tuple(Base&& b) : Base(std::move(b)) {}

    template <std::size_t I>
    auto& get() & noexcept {
        return std::get<I>(static_cast<Base&>(*this));
    }
    template <std::size_t I>
    const auto& get() const& noexcept {
        return std::get<I>(static_cast<const Base&>(*this));
    }
    template <std::size_t I>
    auto&& get() && noexcept {
        return std::get<I>(static_cast<Base&&>(*this));
    }
    static constexpr std::size_t size() noexcept { return sizeof...(A); }
};

template <class... A>
Tuple(A...) -> Tuple<A...>;

/// Builds a Tuple of the decayed argument types.
template <class... A>
Tuple<std::decay_t<A>...> make_tuple_(A&&... a) {
    return Tuple<std::decay_t<A>...>(std::forward<A>(a)...);
}

}  // namespace pyaot

template <class... A>
struct std::tuple_size<pyaot::Tuple<A...>> : std::integral_constant<std::size_t, sizeof...(A)> {};
template <std::size_t I, class... A>
struct std::tuple_element<I, pyaot::Tuple<A...>> : std::tuple_element<I, std::tuple<A...>> {};

namespace pyaot {

template <class X>
struct is_tuple : std::false_type {};
template <class... A>
struct is_tuple<Tuple<A...>> : std::true_type {};

namespace detail {

inline constexpr std::uint64_t kXXPrime1 = 11400714785074694791ULL;
inline constexpr std::uint64_t kXXPrime2 = 14029467366897019727ULL;
inline constexpr std::uint64_t kXXPrime5 = 2870177450012600261ULL;

/// CPython 3.8+'s tuple hash (Objects/tupleobject.c tuplehash), one item hash at a time.
struct TupleHasher {
    std::uint64_t acc = kXXPrime5;
    void add(Int h) noexcept {
        acc += static_cast<std::uint64_t>(h) * kXXPrime2;
        acc = (acc << 31) | (acc >> 33);
        acc *= kXXPrime1;
    }
    Int finish(std::size_t len) const noexcept {
        std::uint64_t a = acc + (static_cast<std::uint64_t>(len) ^ (kXXPrime5 ^ 3527539ULL));
        if (a == static_cast<std::uint64_t>(-1)) return 1546275796;
        return static_cast<Int>(a);
    }
};

template <std::size_t I, class... A>
bool tuple_cmp(const Tuple<A...>& a, const Tuple<A...>& b, int op) {
    if constexpr (I == sizeof...(A)) {
        return op == 1 || op == 3;  // equal: <= and >= hold
    } else {
        const auto& x = std::get<I>(a);
        const auto& y = std::get<I>(b);
        if (!eq(x, y)) {
            switch (op) {
                case 0: return lt(x, y);
                case 1: return le(x, y);
                case 2: return gt(x, y);
                default: return ge(x, y);
            }
        }
        return tuple_cmp<I + 1>(a, b, op);
    }
}

}  // namespace detail

template <class... A>
Str repr(const Tuple<A...>& t) {
    std::string out = "(";
    std::apply(
        [&](const auto&... xs) {
            std::size_t i = 0;
            ((out += (i++ ? ", " : ""), out += repr(xs).view()), ...);
        },
        static_cast<const std::tuple<A...>&>(t));
    if constexpr (sizeof...(A) == 1) out += ',';
    out += ')';
    return Str(std::move(out));
}
template <class... A>
Str str(const Tuple<A...>& t) {
    return repr(t);
}
template <class... A>
constexpr bool truth(const Tuple<A...>&) noexcept {
    return sizeof...(A) != 0;
}
template <class... A>
bool eq(const Tuple<A...>& a, const Tuple<A...>& b) {
    return std::apply(
        [&](const auto&... xs) {
            return std::apply([&](const auto&... ys) { return (eq(xs, ys) && ...); },
                              static_cast<const std::tuple<A...>&>(b));
        },
        static_cast<const std::tuple<A...>&>(a));
}
template <class... A>
Int hash(const Tuple<A...>& t) {
    detail::TupleHasher h;
    std::apply([&](const auto&... xs) { (h.add(hash(xs)), ...); }, static_cast<const std::tuple<A...>&>(t));
    return h.finish(sizeof...(A));
}
template <class... A>
bool lt(const Tuple<A...>& a, const Tuple<A...>& b) {
    return detail::tuple_cmp<0>(a, b, 0);
}
template <class... A>
bool le(const Tuple<A...>& a, const Tuple<A...>& b) {
    return detail::tuple_cmp<0>(a, b, 1);
}
template <class... A>
bool gt(const Tuple<A...>& a, const Tuple<A...>& b) {
    return detail::tuple_cmp<0>(a, b, 2);
}
template <class... A>
bool ge(const Tuple<A...>& a, const Tuple<A...>& b) {
    return detail::tuple_cmp<0>(a, b, 3);
}

// ---------------------------------------------------------------------------------------------------------------
// VarTuple<T>

namespace detail {
[[noreturn, gnu::noinline, gnu::cold]] inline void raise_tuple_index() { raise<IndexError>("tuple index out of range"); }
}  // namespace detail

template <class T>
class VarTuple {
    using Acc = detail::ListSlot<T>;

public:
    using value_type = T;
    using Vec = typename List<T>::Vec;

    struct Data : RefCounted {
        Vec v;
    };

    /// ().
    VarTuple() : d_(empty_data()) {}
    VarTuple(std::initializer_list<T> items) : d_(make<Data>()) {
        d_->v.reserve(items.size());
        for (const T& x : items) d_->v.emplace_back(x);
    }
    explicit VarTuple(Vec items) : d_(make<Data>()) { d_->v = std::move(items); }
    /// A fixed-shape tuple whose items convert to T.
    template <class... A, class = std::enable_if_t<(std::is_convertible_v<const A&, T> && ...)>>
    VarTuple(const Tuple<A...>& t) : d_(make<Data>()) {
        d_->v.reserve(sizeof...(A));
        std::apply([&](const auto&... xs) { (d_->v.emplace_back(T(xs)), ...); }, static_cast<const std::tuple<A...>&>(t));
    }

    Int size() const noexcept { return static_cast<Int>(d_->v.size()); }
    bool empty() const noexcept { return d_->v.empty(); }
    /// t[i] with a Python index; IndexError("tuple index out of range").
    const T& operator[](Int i) const {
        const Vec& v = d_->v;
        Int n = static_cast<Int>(v.size());
        if (i < 0) i += n;
        if (static_cast<std::uint64_t>(i) >= static_cast<std::uint64_t>(n)) [[unlikely]]
            detail::raise_tuple_index();
        return Acc::get(v[static_cast<std::size_t>(i)]);
    }
    const T& item(std::size_t i) const noexcept { return Acc::get(d_->v[i]); }
    const Vec& vec() const noexcept { return d_->v; }
    bool is(const VarTuple& o) const noexcept { return d_ == o.d_; }

    struct iterator {
        Ref<Data> d;
        std::size_t i;
        T operator*() const { return Acc::get(d->v[i]); }
        iterator& operator++() noexcept {
            ++i;
            return *this;
        }
        bool operator!=(IterEnd) const noexcept { return i < d->v.size(); }
        bool operator==(IterEnd) const noexcept { return i >= d->v.size(); }
    };
    iterator begin() const { return iterator{d_, 0}; }
    IterEnd end() const noexcept { return {}; }

private:
    static Ref<Data> empty_data() { return make<Data>(); }
    Ref<Data> d_;
};

template <class X>
struct is_var_tuple : std::false_type {};
template <class T>
struct is_var_tuple<VarTuple<T>> : std::true_type {};

template <class T>
Str repr(const VarTuple<T>& t) {
    std::string out = "(";
    for (std::size_t i = 0; i < t.vec().size(); ++i) {
        if (i) out += ", ";
        out += repr(t.item(i)).view();
    }
    if (t.size() == 1) out += ',';
    out += ')';
    return Str(std::move(out));
}
template <class T>
Str str(const VarTuple<T>& t) {
    return repr(t);
}
template <class T>
bool truth(const VarTuple<T>& t) noexcept {
    return !t.empty();
}
template <class T>
bool eq(const VarTuple<T>& a, const VarTuple<T>& b) {
    if (a.is(b)) return true;
    if (a.size() != b.size()) return false;
    for (std::size_t i = 0; i < a.vec().size(); ++i)
        if (!eq(a.item(i), b.item(i))) return false;
    return true;
}
template <class T>
Int hash(const VarTuple<T>& t) {
    detail::TupleHasher h;
    for (std::size_t i = 0; i < t.vec().size(); ++i) h.add(hash(t.item(i)));
    return h.finish(t.vec().size());
}
namespace detail {
template <class T>
bool var_tuple_compare(const VarTuple<T>& a, const VarTuple<T>& b, int op) {
    return seq_compare([&](Int i) -> const T& { return a.item(static_cast<std::size_t>(i)); }, a.size(),
                       [&](Int i) -> const T& { return b.item(static_cast<std::size_t>(i)); }, b.size(), op);
}
}  // namespace detail
template <class T>
bool lt(const VarTuple<T>& a, const VarTuple<T>& b) {
    return detail::var_tuple_compare(a, b, 0);
}
template <class T>
bool le(const VarTuple<T>& a, const VarTuple<T>& b) {
    return detail::var_tuple_compare(a, b, 1);
}
template <class T>
bool gt(const VarTuple<T>& a, const VarTuple<T>& b) {
    return detail::var_tuple_compare(a, b, 2);
}
template <class T>
bool ge(const VarTuple<T>& a, const VarTuple<T>& b) {
    return detail::var_tuple_compare(a, b, 3);
}

namespace ops {

template <class T, class V>
Int tuple_count(const VarTuple<T>& t, const V& value) {
    Int c = 0;
    for (std::size_t i = 0; i < t.vec().size(); ++i)
        if (eq(t.item(i), static_cast<const T&>(T(value)))) ++c;
    return c;
}
template <class T, class V>
Int tuple_index(const VarTuple<T>& t, const V& value, Optional<Int> start = none, Optional<Int> stop = none) {
    Int a = start.has_value() ? *start : 0;
    Int b = stop.has_value() ? *stop : std::numeric_limits<Int>::max();
    detail_list::clamp_index_range(t.size(), a, b);
    T x(value);
    for (Int i = a; i < b && i < t.size(); ++i)
        if (eq(t.item(static_cast<std::size_t>(i)), x)) return i;
    raise<ValueError>("tuple.index(x): x not in tuple");
}

template <class T>
Int builtins_len(const VarTuple<T>& t) noexcept {
    return t.size();
}
template <class... A>
constexpr Int builtins_len(const Tuple<A...>&) noexcept {
    return static_cast<Int>(sizeof...(A));
}

template <class T>
T operator_getitem(const VarTuple<T>& t, Int i) {
    return t[i];
}
template <class T>
VarTuple<T> operator_getitem(const VarTuple<T>& t, const Slice& s) {
    const auto& v = t.vec();
    SliceIndices ix = s.indices(static_cast<Int>(v.size()));
    if (ix.step == 1 && ix.length == static_cast<Int>(v.size())) return t;
    typename VarTuple<T>::Vec out;
    out.reserve(static_cast<std::size_t>(ix.length));
    Int p = ix.start;
    for (Int k = 0; k < ix.length; ++k, p += ix.step) out.push_back(v[static_cast<std::size_t>(p)]);
    return VarTuple<T>(std::move(out));
}
template <class T, class V>
bool operator_contains(const VarTuple<T>& t, const V& x) {
    T y(x);
    for (std::size_t i = 0; i < t.vec().size(); ++i)
        if (eq(t.item(i), y)) return true;
    return false;
}
template <class T>
VarTuple<T> operator_add(const VarTuple<T>& a, const VarTuple<T>& b) {
    if (b.empty()) return a;
    if (a.empty()) return b;
    typename VarTuple<T>::Vec out;
    out.reserve(a.vec().size() + b.vec().size());
    out.insert(out.end(), a.vec().begin(), a.vec().end());
    out.insert(out.end(), b.vec().begin(), b.vec().end());
    return VarTuple<T>(std::move(out));
}
template <class T>
VarTuple<T> operator_mul(const VarTuple<T>& a, Int n) {
    if (n == 1) return a;
    typename VarTuple<T>::Vec out;
    const auto& v = a.vec();
    if (n <= 0 || v.empty()) return VarTuple<T>(std::move(out));
    Int total;
    if (__builtin_mul_overflow(static_cast<Int>(v.size()), n, &total)) detail::raise_memory_error();
    detail::check_alloc(total, sizeof(typename VarTuple<T>::Vec::value_type));
    out.reserve(static_cast<std::size_t>(total));
    for (Int k = 0; k < n; ++k) out.insert(out.end(), v.begin(), v.end());
    return VarTuple<T>(std::move(out));
}
template <class T>
VarTuple<T> operator_mul(Int n, const VarTuple<T>& a) {
    return operator_mul(a, n);
}

template <class T>
bool operator_eq(const VarTuple<T>& a, const VarTuple<T>& b) {
    return eq(a, b);
}
template <class T>
bool operator_ne(const VarTuple<T>& a, const VarTuple<T>& b) {
    return !eq(a, b);
}
template <class T>
bool operator_lt(const VarTuple<T>& a, const VarTuple<T>& b) {
    return lt(a, b);
}
template <class T>
bool operator_le(const VarTuple<T>& a, const VarTuple<T>& b) {
    return le(a, b);
}
template <class T>
bool operator_gt(const VarTuple<T>& a, const VarTuple<T>& b) {
    return gt(a, b);
}
template <class T>
bool operator_ge(const VarTuple<T>& a, const VarTuple<T>& b) {
    return ge(a, b);
}
template <class... A>
bool operator_eq(const Tuple<A...>& a, const Tuple<A...>& b) {
    return eq(a, b);
}
template <class... A>
bool operator_ne(const Tuple<A...>& a, const Tuple<A...>& b) {
    return !eq(a, b);
}
template <class... A>
bool operator_lt(const Tuple<A...>& a, const Tuple<A...>& b) {
    return lt(a, b);
}
template <class... A>
bool operator_le(const Tuple<A...>& a, const Tuple<A...>& b) {
    return le(a, b);
}
template <class... A>
bool operator_gt(const Tuple<A...>& a, const Tuple<A...>& b) {
    return gt(a, b);
}
template <class... A>
bool operator_ge(const Tuple<A...>& a, const Tuple<A...>& b) {
    return ge(a, b);
}

}  // namespace ops
}  // namespace pyaot
