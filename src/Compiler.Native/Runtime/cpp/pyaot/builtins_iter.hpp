// PythonAot C++ runtime: builtins over iterables: sorted, reversed, enumerate, zip, map, filter, min, max, sum,
// any, all, iter, next, list(), dict(), set(), tuple(), and `in` over an iterator.
//
// Iterator[T] parameters accept any iterable runtime type (templates over the argument type). Lazy results
// (enumerate, zip, map, filter, reversed, iter) are Iterator<T> (shared position, one pass).
// Calling conventions (cpp-contract.md): keyword-only parameters are positional here in signature order, and an
// omitted one before a passed one is pyaot::omitted:
//   sorted(it) / sorted(it, reverse) / sorted(it, key) / sorted(it, key, reverse) / sorted(it, omitted, reverse)
//   max(a, b) / max(a, b, {c, ...}) / max(a, b, {c, ...}, key)      (several arguments; min alike)
//   max(it) / max(it, key) / max(it, key, default) / max(it, omitted, default)
//   sum(it) / sum(it, start)   next(it) / next(it, default)   enumerate(it) / enumerate(it, start)
//   zip(a[, b[, c]]) / zip(a, ..., strict)   map(f, it) / map(f, a, b)   filter(f, it) / filter(none, it)
// Empty constructors need the item type: builtins_list<T>(), builtins_set<T>(), builtins_dict<K, V>().
#pragma once

#include <cstdint>
#include <initializer_list>
#include <optional>
#include <string>
#include <type_traits>
#include <utility>
#include <vector>

#include "core.hpp"
#include "dict.hpp"
#include "dict_views.hpp"
#include "exceptions.hpp"
#include "func.hpp"
#include "generator.hpp"
#include "iterator.hpp"
#include "list.hpp"
#include "numbers.hpp"
#include "optional.hpp"
#include "range.hpp"
#include "set.hpp"
#include "tuple.hpp"
#include "union.hpp"

namespace pyaot {
namespace ops {

namespace detail_iter {

template <class X>
inline constexpr bool is_omitted_v = std::is_same_v<std::decay_t<X>, Omitted>;

/// Whether F can be called with one item of It (a key function).
template <class F, class It, class = void>
struct is_key_for : std::false_type {};
template <class F, class It>
struct is_key_for<F, It, std::enable_if_t<is_iterable<It>::value>>
    : std::bool_constant<std::is_invocable_v<const F&, iter_value_t<It>>> {};

/// min/max over the items of an iterable; op: false min (lt), true max (gt). The first extreme item wins.
template <bool Max, class It, class Key>
std::optional<iter_value_t<It>> extreme(const It& it, const Key* key) {
    using T = iter_value_t<It>;
    std::optional<T> best;
    if constexpr (std::is_same_v<Key, Omitted>) {
        for (auto&& x : it) {
            if (!best) best.emplace(x);
            else if (Max ? gt(T(x), *best) : lt(T(x), *best)) *best = x;
        }
    } else {
        using K = std::decay_t<decltype((*key)(std::declval<T>()))>;
        std::optional<K> best_key;
        for (auto&& x : it) {
            T item(x);
            K k = (*key)(item);
            if (!best) {
                best.emplace(std::move(item));
                best_key.emplace(std::move(k));
            } else if (Max ? gt(k, *best_key) : lt(k, *best_key)) {
                *best = std::move(item);
                *best_key = std::move(k);
            }
        }
    }
    return best;
}

template <bool Max>
[[noreturn]] void raise_empty() {
    raise<ValueError>(Max ? "max() arg is an empty sequence" : "min() arg is an empty sequence");
}

/// min/max dispatch over the overloads of the library (see the header comment).
template <bool Max, class A, class... R>
auto minmax(const A& a, const R&... rest) {
    if constexpr (sizeof...(R) == 0) {
        auto r = extreme<Max>(a, static_cast<const Omitted*>(nullptr));
        if (!r) raise_empty<Max>();
        return std::move(*r);
    } else if constexpr (sizeof...(R) == 1) {
        using B = std::decay_t<std::tuple_element_t<0, std::tuple<R...>>>;
        if constexpr (std::is_same_v<B, A> && !is_key_for<B, A>::value) {
            // two values
            const B& b = std::get<0>(std::forward_as_tuple(rest...));
            return (Max ? gt(b, a) : lt(b, a)) ? b : a;
        } else if constexpr (!std::is_same_v<B, Omitted> && !is_key_for<B, A>::value) {
            // iterable + default (no key): min(it, default=d)
            return minmax<Max>(a, omitted, std::get<0>(std::forward_as_tuple(rest...)));
        } else {
            // iterable + key
            const B& key = std::get<0>(std::forward_as_tuple(rest...));
            auto r = extreme<Max>(a, &key);
            if (!r) raise_empty<Max>();
            return std::move(*r);
        }
    } else {
        static_assert(sizeof...(R) == 2, "min/max: iterable, key, default");
        const auto& args = std::forward_as_tuple(rest...);
        using KeyT = std::decay_t<std::tuple_element_t<0, std::tuple<R...>>>;
        using D = std::decay_t<std::tuple_element_t<1, std::tuple<R...>>>;
        using T = iter_value_t<A>;
        auto r = extreme<Max>(a, static_cast<const KeyT*>(&std::get<0>(args)));
        const D& dflt = std::get<1>(args);
        if constexpr (std::is_same_v<D, T> || (std::is_convertible_v<const D&, T> && std::is_arithmetic_v<D> == std::is_arithmetic_v<T> && !std::is_same_v<D, None>)) {
            return r ? std::move(*r) : T(dflt);
        } else if constexpr (std::is_same_v<D, None>) {
            return r ? Optional<T>(std::move(*r)) : Optional<T>(none);
        } else {
            using U = Union<T, D>;
            return r ? U(std::move(*r)) : U(dflt);
        }
    }
}

template <bool Max, class T, class Key>
T minmax_args(const T& a, const T& b, std::initializer_list<T> rest, const Key* key) {
    std::vector<T> all;
    all.reserve(2 + rest.size());
    all.push_back(a);
    all.push_back(b);
    all.insert(all.end(), rest.begin(), rest.end());
    auto r = extreme<Max>(all, key);
    return std::move(*r);
}

}  // namespace detail_iter

// ---------------------------------------------------------------------------------------------------------------
// min / max

template <class A, class... R>
auto builtins_max(const A& a, const R&... rest) {
    return detail_iter::minmax<true>(a, rest...);
}
template <class A, class... R>
auto builtins_min(const A& a, const R&... rest) {
    return detail_iter::minmax<false>(a, rest...);
}
template <class T>
T builtins_max(const T& a, const std::type_identity_t<T>& b, std::type_identity_t<std::initializer_list<T>> rest) {
    return detail_iter::minmax_args<true>(a, b, rest, static_cast<const Omitted*>(nullptr));
}
template <class T>
T builtins_min(const T& a, const std::type_identity_t<T>& b, std::type_identity_t<std::initializer_list<T>> rest) {
    return detail_iter::minmax_args<false>(a, b, rest, static_cast<const Omitted*>(nullptr));
}
template <class T, class Key>
T builtins_max(const T& a, const std::type_identity_t<T>& b, std::type_identity_t<std::initializer_list<T>> rest, const Key& key) {
    return detail_iter::minmax_args<true>(a, b, rest, &key);
}
template <class T, class Key>
T builtins_min(const T& a, const std::type_identity_t<T>& b, std::type_identity_t<std::initializer_list<T>> rest, const Key& key) {
    return detail_iter::minmax_args<false>(a, b, rest, &key);
}

// ---------------------------------------------------------------------------------------------------------------
// sum / any / all

/// sum(it[, start]): ints (and bools) add with overflow checks from an int start; floats (or ints into a float
/// start) add left to right from start (0.0 by default), as CPython 3.11 does; lists concatenate.
template <class It, class S = Omitted>
auto builtins_sum(const It& it, const S& start = omitted) {
    using T = iter_value_t<It>;
    if constexpr (is_list<T>::value) {
        static_assert(!std::is_same_v<S, Omitted>, "sum of lists needs a start list");
        List<typename T::value_type> out = list_copy(start);
        for (auto&& x : it) list_extend(out, x);
        return out;
    } else if constexpr (std::is_same_v<T, Float> || std::is_same_v<S, Float>) {
        Float acc = 0.0;
        if constexpr (!std::is_same_v<S, Omitted>) acc = static_cast<Float>(start);
        for (auto&& x : it) acc += static_cast<Float>(x);
        return acc;
    } else {
        Int acc = 0;
        if constexpr (!std::is_same_v<S, Omitted>) acc = static_cast<Int>(start);
        for (auto&& x : it) acc = detail::checked_add(acc, static_cast<Int>(x));
        return acc;
    }
}

template <class It>
bool builtins_any(const It& it) {
    for (auto&& x : it)
        if (truth(x)) return true;
    return false;
}
template <class It>
bool builtins_all(const It& it) {
    for (auto&& x : it)
        if (!truth(x)) return false;
    return true;
}

// ---------------------------------------------------------------------------------------------------------------
// constructors

template <class T = void, class It>
auto builtins_list(const It& it) {
    using E = std::conditional_t<std::is_void_v<T>, iter_value_t<It>, T>;
    if constexpr (std::is_same_v<It, List<E>>) {
        return list_copy(it);
    } else {
        typename List<E>::Vec v;
        // A range and a dict view know their length: one allocation (list(d.items()), sorted(d.items())).
        if constexpr (std::is_same_v<It, Range> || is_dict_view<It>::value) v.reserve(static_cast<std::size_t>(it.size()));
        // An iterator's item is a temporary (a view's (key, value) tuple): moved, not copied.
        for (auto&& x : it) v.emplace_back(E(std::forward<decltype(x)>(x)));
        return List<E>(std::move(v));
    }
}
template <class T>
List<T> builtins_list() {
    return List<T>();
}

template <class T = void, class It>
auto builtins_set(const It& it) {
    using E = std::conditional_t<std::is_void_v<T>, iter_value_t<It>, T>;
    Set<E> s;
    detail_set::update_internal(s, it);
    return s;
}
template <class T>
Set<T> builtins_set() {
    return Set<T>();
}

template <class K, class V>
Dict<K, V> builtins_dict() {
    return Dict<K, V>();
}
template <class K, class V>
Dict<K, V> builtins_dict(const Dict<K, V>& d) {
    return dict_copy(d);
}
/// dict(pairs): pairs of an iterable of 2-tuples (later pairs win).
template <class It, class = std::enable_if_t<!is_dict<It>::value>>
auto builtins_dict(const It& pairs) {
    using P = iter_value_t<It>;
    using K = std::decay_t<std::tuple_element_t<0, P>>;
    using V = std::decay_t<std::tuple_element_t<1, P>>;
    Dict<K, V> d;
    for (auto&& kv : pairs) d.set(std::get<0>(kv), std::get<1>(kv));
    return d;
}

inline Tuple<> builtins_tuple() { return Tuple<>(); }
template <class T = void, class It>
auto builtins_tuple(const It& it) {
    using E = std::conditional_t<std::is_void_v<T>, iter_value_t<It>, T>;
    if constexpr (std::is_same_v<It, VarTuple<E>>) {
        return it;
    } else {
        typename VarTuple<E>::Vec v;
        for (auto&& x : it) v.emplace_back(E(x));
        return VarTuple<E>(std::move(v));
    }
}

// ---------------------------------------------------------------------------------------------------------------
// sorted / reversed

template <class It>
auto builtins_sorted(const It& it) {
    auto xs = builtins_list(it);
    if constexpr (std::is_same_v<It, decltype(xs)>) {
        if (xs.is(it)) xs = list_copy(it);
    }
    list_sort(xs, false);
    return xs;
}
template <class It, class A>
auto builtins_sorted(const It& it, const A& key_or_reverse) {
    auto xs = builtins_list(it);
    if constexpr (std::is_same_v<A, bool> || std::is_same_v<A, Omitted>) list_sort(xs, std::is_same_v<A, bool> ? static_cast<bool>(key_or_reverse) : false);
    else list_sort(xs, key_or_reverse, false);
    return xs;
}
template <class It, class Key, class R>
auto builtins_sorted(const It& it, const Key& key, const R& reverse) {
    auto xs = builtins_list(it);
    bool rev = false;
    if constexpr (std::is_same_v<R, bool>) rev = reverse;
    if constexpr (std::is_same_v<Key, Omitted>) list_sort(xs, rev);
    else list_sort(xs, key, rev);
    return xs;
}

/// reversed(list): CPython's list_reverseiterator (stops when the index leaves the list, which may shrink).
template <class T>
Iterator<T> builtins_reversed(const List<T>& xs) {
    Int i = xs.size() - 1;
    return Iterator<T>::from_fn([xs, i](std::optional<T>& out) mutable {
        if (i >= 0 && i < xs.size()) {
            out.emplace(xs.item(static_cast<std::size_t>(i)));
            --i;
            return true;
        }
        i = -1;
        return false;
    });
}
template <class T>
Iterator<T> builtins_reversed(const VarTuple<T>& t) {
    Int i = t.size() - 1;
    return Iterator<T>::from_fn([t, i](std::optional<T>& out) mutable {
        if (i < 0) return false;
        out.emplace(t.item(static_cast<std::size_t>(i)));
        --i;
        return true;
    });
}
namespace detail_iter {
/// The entries of d from the last inserted, each as View::item makes it (CPython's dictreviter_iternext): RuntimeError
/// when the dict changes size meanwhile, and from then on.
template <class View, class K, class V>
Iterator<typename View::value_type> reversed_entries(const Dict<K, V>& d) {
    using T = typename View::value_type;
    Int i = static_cast<Int>(d.data().entries.size()) - 1;
    Int expected = d.size();
    return Iterator<T>::from_fn([d, i, expected](std::optional<T>& out) mutable {
        auto& data = d.data();
        if (data.used != expected) {
            expected = -1;
            raise<RuntimeError>("dictionary changed size during iteration");
        }
        while (i >= 0 && (i >= static_cast<Int>(data.entries.size()) || !data.entries[static_cast<std::size_t>(i)].live)) --i;
        if (i < 0) return false;
        out.emplace(View::item(data.entries[static_cast<std::size_t>(i)]));
        --i;
        return true;
    });
}
}  // namespace detail_iter

/// reversed(dict): the keys from the last inserted.
template <class K, class V>
Iterator<K> builtins_reversed(const Dict<K, V>& d) {
    return detail_iter::reversed_entries<DictKeys<K, V>>(d);
}
/// reversed(d.keys()), reversed(d.values()), reversed(d.items()) (Python 3.8+).
template <DictViewKind Kind, class K, class V>
Iterator<typename DictView<Kind, K, V>::value_type> builtins_reversed(const DictView<Kind, K, V>& v) {
    return detail_iter::reversed_entries<DictView<Kind, K, V>>(v.dict());
}

// ---------------------------------------------------------------------------------------------------------------
// iter / next / enumerate / zip / map / filter

template <class It>
auto builtins_iter(const It& it) {
    return Iterator<iter_value_t<It>>(it);
}

template <class It>
auto builtins_next(const It& it) {
    if constexpr (detail::has_try_next<It>::value) {
        std::optional<typename It::value_type> out;
        if (!it.try_next(out)) raise<StopIteration>();
        return std::move(*out);
    } else {
        static_assert(detail::has_try_next<It>::value, "next() needs an iterator (iter(x) or a generator)");
    }
}
/// next(it, default): the item, or default (an Optional<T> for None, a Union<T, D> for another type).
template <class It, class D>
auto builtins_next(const It& it, const D& dflt) {
    using T = typename It::value_type;
    std::optional<T> out;
    bool got = it.try_next(out);
    if constexpr (std::is_same_v<D, T> || (std::is_convertible_v<const D&, T> && !std::is_same_v<D, None> &&
                                           std::is_arithmetic_v<D> == std::is_arithmetic_v<T>)) {
        return got ? std::move(*out) : T(dflt);
    } else if constexpr (std::is_same_v<D, None>) {
        return got ? Optional<T>(std::move(*out)) : Optional<T>(none);
    } else {
        using U = Union<T, D>;
        return got ? U(std::move(*out)) : U(dflt);
    }
}

/// enumerate(it, start=0).
template <class It, class S = Omitted>
auto builtins_enumerate(const It& it, const S& start = omitted) {
    using T = iter_value_t<It>;
    Int n = 0;
    if constexpr (!std::is_same_v<S, Omitted>) n = start;
    Iterator<T> src(it);
    bool overflowed = false;
    return Iterator<Tuple<Int, T>>::from_fn([src, n, overflowed](std::optional<Tuple<Int, T>>& out) mutable {
        std::optional<T> x;
        if (!src.try_next(x)) return false;
        if (overflowed) raise<OverflowError>("int too large to fit in 64 bits");
        out.emplace(n, std::move(*x));
        if (n == INT64_MAX) overflowed = true;
        else ++n;
        return true;
    });
}

namespace detail_iter {
[[noreturn]] inline void raise_zip_strict(std::size_t i, bool shorter) {
    std::string msg = "zip() argument " + std::to_string(i + 1) + (shorter ? " is shorter than argument" : " is longer than argument");
    if (i == 1) msg += " 1";
    else msg += "s 1-" + std::to_string(i);
    raise<ValueError>(msg);
}
}  // namespace detail_iter

template <class A>
auto builtins_zip(const A& a, bool = false) {
    using T = iter_value_t<A>;
    Iterator<T> ia(a);
    return Iterator<Tuple<T>>::from_fn([ia](std::optional<Tuple<T>>& out) mutable {
        std::optional<T> x;
        if (!ia.try_next(x)) return false;
        out.emplace(std::move(*x));
        return true;
    });
}
template <class A, class B, class = std::enable_if_t<is_iterable<B>::value>>
auto builtins_zip(const A& a, const B& b, bool strict = false) {
    using T1 = iter_value_t<A>;
    using T2 = iter_value_t<B>;
    Iterator<T1> ia(a);
    Iterator<T2> ib(b);
    return Iterator<Tuple<T1, T2>>::from_fn([ia, ib, strict](std::optional<Tuple<T1, T2>>& out) mutable {
        std::optional<T1> x;
        std::optional<T2> y;
        if (!ia.try_next(x)) {
            if (strict && ib.try_next(y)) detail_iter::raise_zip_strict(1, false);
            return false;
        }
        if (!ib.try_next(y)) {
            if (strict) detail_iter::raise_zip_strict(1, true);
            return false;
        }
        out.emplace(std::move(*x), std::move(*y));
        return true;
    });
}
template <class A, class B, class C, class = std::enable_if_t<is_iterable<C>::value>>
auto builtins_zip(const A& a, const B& b, const C& c, bool strict = false) {
    using T1 = iter_value_t<A>;
    using T2 = iter_value_t<B>;
    using T3 = iter_value_t<C>;
    Iterator<T1> ia(a);
    Iterator<T2> ib(b);
    Iterator<T3> ic(c);
    return Iterator<Tuple<T1, T2, T3>>::from_fn([ia, ib, ic, strict](std::optional<Tuple<T1, T2, T3>>& out) mutable {
        std::optional<T1> x;
        std::optional<T2> y;
        std::optional<T3> z;
        if (!ia.try_next(x)) {
            if (strict) {
                if (ib.try_next(y)) detail_iter::raise_zip_strict(1, false);
                if (ic.try_next(z)) detail_iter::raise_zip_strict(2, false);
            }
            return false;
        }
        if (!ib.try_next(y)) {
            if (strict) detail_iter::raise_zip_strict(1, true);
            return false;
        }
        if (!ic.try_next(z)) {
            if (strict) detail_iter::raise_zip_strict(2, true);
            return false;
        }
        out.emplace(std::move(*x), std::move(*y), std::move(*z));
        return true;
    });
}
template <class A>
auto builtins_zip(const A& a, Omitted) {
    return builtins_zip(a);
}
template <class A, class B, class = std::enable_if_t<is_iterable<B>::value>>
auto builtins_zip(const A& a, const B& b, Omitted) {
    return builtins_zip(a, b);
}
template <class A, class B, class C, class = std::enable_if_t<is_iterable<C>::value>>
auto builtins_zip(const A& a, const B& b, const C& c, Omitted) {
    return builtins_zip(a, b, c);
}

template <class F, class It>
auto builtins_map(const F& f, const It& it) {
    using T = iter_value_t<It>;
    using U = std::decay_t<std::invoke_result_t<const F&, T>>;
    Iterator<T> src(it);
    return Iterator<U>::from_fn([f, src](std::optional<U>& out) mutable {
        std::optional<T> x;
        if (!src.try_next(x)) return false;
        out.emplace(f(std::move(*x)));
        return true;
    });
}
template <class F, class A, class B>
auto builtins_map(const F& f, const A& a, const B& b) {
    using T1 = iter_value_t<A>;
    using T2 = iter_value_t<B>;
    using U = std::decay_t<std::invoke_result_t<const F&, T1, T2>>;
    Iterator<T1> ia(a);
    Iterator<T2> ib(b);
    return Iterator<U>::from_fn([f, ia, ib](std::optional<U>& out) mutable {
        std::optional<T1> x;
        std::optional<T2> y;
        if (!ia.try_next(x) || !ib.try_next(y)) return false;
        out.emplace(f(std::move(*x), std::move(*y)));
        return true;
    });
}

template <class F, class It>
auto builtins_filter(const F& f, const It& it) {
    using T = iter_value_t<It>;
    Iterator<T> src(it);
    return Iterator<T>::from_fn([f, src](std::optional<T>& out) mutable {
        for (;;) {
            std::optional<T> x;
            if (!src.try_next(x)) return false;
            bool keep;
            if constexpr (std::is_same_v<F, None>) {
                (void)f;
                keep = truth(*x);
            } else {
                keep = truth(f(*x));
            }
            if (keep) {
                out.emplace(std::move(*x));
                return true;
            }
        }
    });
}

/// `x in it` for an iterator or generator: consumes up to the first item == x.
template <class T, class X>
bool operator_contains(const Iterator<T>& it, const X& x) {
    std::optional<T> y;
    while (it.try_next(y)) {
        if (eq(*y, T(x))) return true;
        y.reset();
    }
    return false;
}
template <class T, class X>
bool operator_contains(const Generator<T>& g, const X& x) {
    std::optional<T> y;
    while (g.try_next(y)) {
        if (eq(*y, T(x))) return true;
        y.reset();
    }
    return false;
}

}  // namespace ops
}  // namespace pyaot
