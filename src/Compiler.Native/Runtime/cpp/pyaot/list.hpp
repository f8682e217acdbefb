// PythonAot C++ runtime: List<T>, Slice, and the list.* operations.
//
// List<T> is a reference type: a handle to a refcounted std::vector (copies alias, as Python names do). A
// default-constructed List<T> is a fresh empty list (allocated eagerly so aliasing works from the start).
// Element access `xs[i]` takes a Python index (negative counts from the end) and raises IndexError out of range;
// the common path is one compare and one load. List<bool> stores one byte per item (not std::vector<bool>), so
// `xs[i]` is a real bool&.
// Range-for iterates by index and re-reads the length at each step, like CPython's list iterator: items appended
// during the loop are visited, and the loop keeps the list alive even if the variable is rebound. Items are
// yielded by value (a body that mutates the list cannot leave a dangling reference).
//
// Slice (Python's slice object, also used by str/bytes/tuple/range slicing): three Optional<Int> fields start,
// stop, step (None where omitted), built as `Slice{start, stop, step}` (each an Int, pyaot::none or an
// Optional<Int>). `s.indices(len)` normalises it exactly as CPython's PySlice_Unpack + PySlice_AdjustIndices do
// (ValueError "slice step cannot be zero"), returning {start, stop, step, length}.
#pragma once

#include <algorithm>
#include <cstdint>
#include <initializer_list>
#include <limits>
#include <string>
#include <type_traits>
#include <utility>
#include <vector>

#include "core.hpp"
#include "exceptions.hpp"
#include "numbers.hpp"
#include "iterator.hpp"
#include "optional.hpp"
#include "str.hpp"

namespace pyaot {

// ---------------------------------------------------------------------------------------------------------------
// Slice

/// A normalised slice: the indices start, start + step, ... (length of them).
struct SliceIndices {
    Int start, stop, step, length;
};

struct Slice {
    Optional<Int> start, stop, step;

    Slice() = default;
    Slice(Optional<Int> start_, Optional<Int> stop_, Optional<Int> step_ = none)
        : start(start_), stop(stop_), step(step_) {}

    /// CPython's PySlice_Unpack + PySlice_AdjustIndices for a sequence of `len` items.
    SliceIndices indices(Int len) const {
        Int st = 1;
        if (step.has_value()) {
            st = *step;
            if (st == 0) raise<ValueError>("slice step cannot be zero");
            if (st < -std::numeric_limits<Int>::max()) st = -std::numeric_limits<Int>::max();
        }
        Int a = start.has_value() ? *start : (st < 0 ? std::numeric_limits<Int>::max() : 0);
        Int b = stop.has_value() ? *stop : (st < 0 ? std::numeric_limits<Int>::min() : std::numeric_limits<Int>::max());
        if (a < 0) {
            a += len;
            if (a < 0) a = st < 0 ? -1 : 0;
        } else if (a >= len) {
            a = st < 0 ? len - 1 : len;
        }
        if (b < 0) {
            b += len;
            if (b < 0) b = st < 0 ? -1 : 0;
        } else if (b >= len) {
            b = st < 0 ? len - 1 : len;
        }
        Int n = 0;
        if (st < 0) {
            if (b < a) n = (a - b - 1) / (-st) + 1;
        } else if (a < b) {
            n = (b - a - 1) / st + 1;
        }
        return {a, b, st, n};
    }
};

Str repr(const Slice& s);
inline Str str(const Slice& s);

// ---------------------------------------------------------------------------------------------------------------
// List<T>

namespace detail {

/// List<bool> items are stored as this one-byte struct so that element access yields a real bool&.
struct BoolSlot {
    bool v;
    BoolSlot(bool b) noexcept : v(b) {}
};
template <class T>
struct ListSlot {
    using type = T;
    static T& get(T& s) noexcept { return s; }
    static const T& get(const T& s) noexcept { return s; }
};
template <>
struct ListSlot<bool> {
    using type = BoolSlot;
    static bool& get(BoolSlot& s) noexcept { return s.v; }
    static const bool& get(const BoolSlot& s) noexcept { return s.v; }
};

[[noreturn, gnu::noinline, gnu::cold]] inline void raise_list_index() { raise<IndexError>("list index out of range"); }
[[noreturn, gnu::noinline, gnu::cold]] inline void raise_list_assignment_index() {
    raise<IndexError>("list assignment index out of range");
}
[[noreturn, gnu::noinline, gnu::cold]] inline void raise_memory_error() { raise<MemoryError>(); }

/// Checks that n items of size `elem` can be allocated (CPython raises MemoryError for absurd sizes).
inline void check_alloc(Int n, std::size_t elem) {
    if (n < 0 || static_cast<std::uint64_t>(n) > (std::uint64_t(1) << 40) / elem) raise_memory_error();
}

}  // namespace detail

template <class T>
class List {
    using Slot = typename detail::ListSlot<T>::type;
    using Acc = detail::ListSlot<T>;

public:
    using value_type = T;
    using Vec = std::vector<Slot, memory::BufferAllocator<Slot>>;

    struct Data : RefCounted {
        Vec v;
    };

    /// A new empty list.
    List() : d_(make<Data>()) {}
    /// [a, b, c].
    List(std::initializer_list<T> items) : d_(make<Data>()) {
        d_->v.reserve(items.size());
        for (const T& x : items) d_->v.emplace_back(x);
    }
    /// A new list owning these items.
    explicit List(Vec items) : d_(make<Data>()) { d_->v = std::move(items); }

    /// len(xs).
    Int size() const noexcept { return static_cast<Int>(d_->v.size()); }
    bool empty() const noexcept { return d_->v.empty(); }

    /// xs[i] with a Python index; IndexError("list index out of range").
    T& operator[](Int i) const {
        Vec& v = d_->v;
        Int n = static_cast<Int>(v.size());
        if (i < 0) i += n;
        if (static_cast<std::uint64_t>(i) >= static_cast<std::uint64_t>(n)) [[unlikely]]
            detail::raise_list_index();
        return Acc::get(v[static_cast<std::size_t>(i)]);
    }
    /// Element access by a checked Python index for assignment (IndexError "list assignment index out of range").
    T& at_assign(Int i) const {
        Vec& v = d_->v;
        Int n = static_cast<Int>(v.size());
        if (i < 0) i += n;
        if (static_cast<std::uint64_t>(i) >= static_cast<std::uint64_t>(n)) [[unlikely]]
            detail::raise_list_assignment_index();
        return Acc::get(v[static_cast<std::size_t>(i)]);
    }
    /// Unchecked access by a non-negative index known to be in range (for runtime loops).
    T& item(std::size_t i) const noexcept { return Acc::get(d_->v[i]); }

    /// xs.append(x).
    void append(T x) const { d_->v.emplace_back(std::move(x)); }

    /// The underlying storage (shared by every handle).
    Vec& vec() const noexcept { return d_->v; }

    /// Identity (`a is b`).
    bool is(const List& o) const noexcept { return d_ == o.d_; }

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
    Ref<Data> d_;
};

template <class X>
struct is_list : std::false_type {};
template <class T>
struct is_list<List<T>> : std::true_type {};

// ---------------------------------------------------------------------------------------------------------------
// Protocol functions

template <class T>
Str repr(const List<T>& xs) {
    std::string out = "[";
    Int n = xs.size();
    for (Int i = 0; i < n && i < xs.size(); ++i) {
        if (i) out += ", ";
        out += repr(xs.item(static_cast<std::size_t>(i))).view();
    }
    out += ']';
    return Str(std::move(out));
}
template <class T>
Str str(const List<T>& xs) {
    return repr(xs);
}
template <class T>
bool truth(const List<T>& xs) noexcept {
    return !xs.empty();
}
template <class T>
bool eq(const List<T>& a, const List<T>& b) {
    if (a.is(b)) return true;
    if (a.size() != b.size()) return false;
    for (Int i = 0; i < a.size() && i < b.size(); ++i)
        if (!eq(a.item(static_cast<std::size_t>(i)), b.item(static_cast<std::size_t>(i)))) return false;
    return a.size() == b.size();
}

namespace detail {
/// CPython's list/tuple rich comparison: the first differing pair decides (by op), else the lengths do.
/// op: 0 <, 1 <=, 2 >, 3 >=.
template <class A, class B>
bool seq_compare(const A& a, Int na, const B& b, Int nb, int op) {
    Int i = 0;
    for (; i < na && i < nb; ++i)
        if (!eq(a(i), b(i))) break;
    if (i >= na || i >= nb) {
        switch (op) {
            case 0: return na < nb;
            case 1: return na <= nb;
            case 2: return na > nb;
            default: return na >= nb;
        }
    }
    switch (op) {
        case 0: return lt(a(i), b(i));
        case 1: return le(a(i), b(i));
        case 2: return gt(a(i), b(i));
        default: return ge(a(i), b(i));
    }
}
template <class T>
bool list_compare(const List<T>& a, const List<T>& b, int op) {
    return seq_compare([&](Int i) -> T { return a.item(static_cast<std::size_t>(i)); }, a.size(),
                       [&](Int i) -> T { return b.item(static_cast<std::size_t>(i)); }, b.size(), op);
}
}  // namespace detail

template <class T>
bool lt(const List<T>& a, const List<T>& b) {
    return detail::list_compare(a, b, 0);
}
template <class T>
bool le(const List<T>& a, const List<T>& b) {
    return detail::list_compare(a, b, 1);
}
template <class T>
bool gt(const List<T>& a, const List<T>& b) {
    return detail::list_compare(a, b, 2);
}
template <class T>
bool ge(const List<T>& a, const List<T>& b) {
    return detail::list_compare(a, b, 3);
}
template <class T>
Int hash(const List<T>&) {
    raise<TypeError>("unhashable type: 'list'");
}

inline Str repr(const Slice& s) {
    std::string out = "slice(";
    out += repr(s.start).view();
    out += ", ";
    out += repr(s.stop).view();
    out += ", ";
    out += repr(s.step).view();
    out += ')';
    return Str(std::move(out));
}
inline Str str(const Slice& s) { return repr(s); }

// ---------------------------------------------------------------------------------------------------------------
// Operations

namespace ops {

namespace detail_list {
/// Collects the items of any iterable into a vector of list slots (snapshot: safe when src aliases the target).
template <class T, class It>
typename List<T>::Vec collect(const It& src) {
    typename List<T>::Vec out;
    if constexpr (is_list<It>::value) {
        out.reserve(static_cast<std::size_t>(src.size()));
        for (Int i = 0, n = src.size(); i < n && i < src.size(); ++i) out.emplace_back(T(src.item(static_cast<std::size_t>(i))));
    } else {
        for (auto&& x : src) out.emplace_back(T(x));
    }
    return out;
}
}  // namespace detail_list

template <class T>
void list_append(const List<T>& xs, std::type_identity_t<T> x) {
    xs.append(std::move(x));
}

template <class T, class It>
void list_extend(const List<T>& xs, const It& src) {
    auto& v = xs.vec();
    if constexpr (std::is_same_v<It, List<T>>) {
        std::size_t n = static_cast<std::size_t>(src.size());
        v.reserve(v.size() + n);
        for (std::size_t i = 0; i < n; ++i) v.push_back(src.vec()[i]);  // src may alias xs: index, not iterators
    } else {
        for (auto&& x : src) v.emplace_back(T(x));
    }
}

template <class T>
void list_insert(const List<T>& xs, Int index, std::type_identity_t<T> x) {
    auto& v = xs.vec();
    Int n = static_cast<Int>(v.size());
    if (index < 0) {
        index += n;
        if (index < 0) index = 0;
    } else if (index > n) {
        index = n;
    }
    v.insert(v.begin() + index, std::move(x));
}

template <class T>
T list_pop(const List<T>& xs) {
    auto& v = xs.vec();
    if (v.empty()) raise<IndexError>("pop from empty list");
    T x = std::move(detail::ListSlot<T>::get(v.back()));
    v.pop_back();
    return x;
}
template <class T>
T list_pop(const List<T>& xs, Int index) {
    auto& v = xs.vec();
    Int n = static_cast<Int>(v.size());
    if (n == 0) raise<IndexError>("pop from empty list");
    if (index < 0) index += n;
    if (index < 0 || index >= n) raise<IndexError>("pop index out of range");
    T x = std::move(detail::ListSlot<T>::get(v[static_cast<std::size_t>(index)]));
    v.erase(v.begin() + index);
    return x;
}
template <class T>
T list_pop(const List<T>& xs, Omitted) {
    return list_pop(xs);
}

template <class T>
void list_remove(const List<T>& xs, const std::type_identity_t<T>& value) {
    auto& v = xs.vec();
    for (std::size_t i = 0; i < v.size(); ++i) {
        if (eq(detail::ListSlot<T>::get(v[i]), value)) {
            if (i < v.size()) v.erase(v.begin() + static_cast<std::ptrdiff_t>(i));
            return;
        }
    }
    raise<ValueError>("list.remove(x): x not in list");
}

template <class T>
void list_clear(const List<T>& xs) {
    typename List<T>::Vec old;
    old.swap(xs.vec());  // items are released after the list is already empty
}

template <class T>
List<T> list_copy(const List<T>& xs) {
    return List<T>(typename List<T>::Vec(xs.vec()));
}

template <class T>
Int list_count(const List<T>& xs, const std::type_identity_t<T>& value) {
    Int c = 0;
    auto& v = xs.vec();
    for (std::size_t i = 0; i < v.size(); ++i)
        if (eq(detail::ListSlot<T>::get(v[i]), value)) ++c;
    return c;
}

namespace detail_list {
/// CPython's index-range clamping for list.index / tuple.index start and stop.
inline void clamp_index_range(Int n, Int& start, Int& stop) {
    if (start < 0) {
        start += n;
        if (start < 0) start = 0;
    }
    if (stop < 0) {
        stop += n;
        if (stop < 0) stop = 0;
    }
    if (stop > n) stop = n;
}
}  // namespace detail_list

template <class T>
Int list_index(const List<T>& xs, const std::type_identity_t<T>& value, Optional<Int> start = none, Optional<Int> stop = none) {
    auto& v = xs.vec();
    Int a = start.has_value() ? *start : 0;
    Int b = stop.has_value() ? *stop : std::numeric_limits<Int>::max();
    detail_list::clamp_index_range(static_cast<Int>(v.size()), a, b);
    for (Int i = a; i < b && i < static_cast<Int>(v.size()); ++i)
        if (eq(detail::ListSlot<T>::get(v[static_cast<std::size_t>(i)]), value)) return i;
    raise<ValueError>(std::string(repr(value).view()) + " is not in list");
}

template <class T>
void list_reverse(const List<T>& xs) {
    std::reverse(xs.vec().begin(), xs.vec().end());
}

namespace detail_list {
/// Stable sort of the list's items by `less` (CPython's list.sort contract: only < is used; reverse keeps the
/// original order of equal items). The items are sorted in a separate buffer and written back, so a comparison
/// that raises leaves the list a permutation of its items.
template <class T, class Less>
void sort_items(const List<T>& xs, bool reverse, Less less) {
    auto& v = xs.vec();
    if (v.size() < 2) return;
    using Slot = typename List<T>::Vec::value_type;
    if constexpr (std::is_arithmetic_v<T>) {
        if (reverse)
            std::stable_sort(v.begin(), v.end(), [&](const Slot& a, const Slot& b) {
                return less(detail::ListSlot<T>::get(b), detail::ListSlot<T>::get(a));
            });
        else
            std::stable_sort(v.begin(), v.end(), [&](const Slot& a, const Slot& b) {
                return less(detail::ListSlot<T>::get(a), detail::ListSlot<T>::get(b));
            });
    } else {
        std::vector<std::size_t> idx(v.size());
        for (std::size_t i = 0; i < idx.size(); ++i) idx[i] = i;
        if (reverse)
            std::stable_sort(idx.begin(), idx.end(), [&](std::size_t a, std::size_t b) { return less(v[b], v[a]); });
        else
            std::stable_sort(idx.begin(), idx.end(), [&](std::size_t a, std::size_t b) { return less(v[a], v[b]); });
        typename List<T>::Vec out;
        out.reserve(v.size());
        for (std::size_t i : idx) out.push_back(std::move(v[i]));
        v.swap(out);
    }
}
}  // namespace detail_list

template <class T>
void list_sort(const List<T>& xs, bool reverse = false) {
    detail_list::sort_items(xs, reverse, [](const T& a, const T& b) { return lt(a, b); });
}
template <class T>
void list_sort(const List<T>& xs, Omitted) {
    list_sort(xs, false);
}
/// list.sort(key=f, reverse=r): the keys are computed once, in order, before sorting (as CPython does).
template <class T, class Key>
auto list_sort(const List<T>& xs, const Key& key, bool reverse = false)
    -> std::enable_if_t<!std::is_same_v<std::decay_t<Key>, bool> && !std::is_same_v<std::decay_t<Key>, Omitted>> {
    auto& v = xs.vec();
    using K = std::decay_t<decltype(key(std::declval<T&>()))>;
    std::vector<K> keys;
    keys.reserve(v.size());
    for (std::size_t i = 0; i < v.size(); ++i) keys.push_back(key(detail::ListSlot<T>::get(v[i])));
    if (v.size() < 2 || keys.size() != v.size()) return;
    std::vector<std::size_t> idx(v.size());
    for (std::size_t i = 0; i < idx.size(); ++i) idx[i] = i;
    if (reverse)
        std::stable_sort(idx.begin(), idx.end(), [&](std::size_t a, std::size_t b) { return lt(keys[b], keys[a]); });
    else
        std::stable_sort(idx.begin(), idx.end(), [&](std::size_t a, std::size_t b) { return lt(keys[a], keys[b]); });
    typename List<T>::Vec out;
    out.reserve(v.size());
    for (std::size_t i : idx) out.push_back(std::move(v[i]));
    v.swap(out);
}
template <class T, class Key>
auto list_sort(const List<T>& xs, const Key& key, Omitted)
    -> std::enable_if_t<!std::is_same_v<std::decay_t<Key>, bool> && !std::is_same_v<std::decay_t<Key>, Omitted>> {
    list_sort(xs, key, false);
}

// builtins.len
template <class T>
Int builtins_len(const List<T>& xs) noexcept {
    return xs.size();
}

// operator.getitem / setitem / delitem
template <class T>
T operator_getitem(const List<T>& xs, Int i) {
    return xs[i];
}
/// xs[i] as a reference, for the emitter's `xs[i][j]`: the outer index reads the element at once, so the row handle
/// is not copied (no reference count traffic); the outer index is quiet, so nothing can change xs in between.
template <class T>
const T& list_getitem_ref(const List<T>& xs, Int i) {
    return xs[i];
}

// Item access without the bounds check, for the accesses the compiler proved in range (0 <= i < len(xs): the
// place-bounds-checks pass left IrCheck.BoundsCheck off). A sanitizer build (what the differential tests run)
// still verifies the proof and aborts if it was wrong, instead of reading past the end silently.
#if defined(__SANITIZE_ADDRESS__)
#define PYAOT_VERIFY_PROVEN_INDEXES 1
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
#define PYAOT_VERIFY_PROVEN_INDEXES 1
#endif
#endif
namespace detail_list {
template <class T>
inline void verify_proven_index(const List<T>& xs, Int i) noexcept {
#if defined(PYAOT_VERIFY_PROVEN_INDEXES)
    if (i < 0 || i >= xs.size()) __builtin_trap();
#else
    (void)xs;
    (void)i;
#endif
}
}  // namespace detail_list

template <class T>
T list_getitem_unchecked(const List<T>& xs, Int i) noexcept(std::is_nothrow_copy_constructible_v<T>) {
    detail_list::verify_proven_index(xs, i);
    return xs.item(static_cast<std::size_t>(i));
}
template <class T>
const T& list_getitem_ref_unchecked(const List<T>& xs, Int i) noexcept {
    detail_list::verify_proven_index(xs, i);
    return xs.item(static_cast<std::size_t>(i));
}
template <class T, class V>
void list_setitem_unchecked(const List<T>& xs, Int i, V&& x) {
    detail_list::verify_proven_index(xs, i);
    xs.item(static_cast<std::size_t>(i)) = T(std::forward<V>(x));
}
template <class T>
List<T> operator_getitem(const List<T>& xs, const Slice& s) {
    auto& v = xs.vec();
    SliceIndices ix = s.indices(static_cast<Int>(v.size()));
    typename List<T>::Vec out;
    out.reserve(static_cast<std::size_t>(ix.length));
    if (ix.step == 1) {
        out.assign(v.begin() + ix.start, v.begin() + ix.start + ix.length);
    } else {
        Int p = ix.start;
        for (Int k = 0; k < ix.length; ++k, p += ix.step) out.push_back(v[static_cast<std::size_t>(p)]);
    }
    return List<T>(std::move(out));
}
template <class T, class V>
void operator_setitem(const List<T>& xs, Int i, V&& x) {
    xs.at_assign(i) = T(std::forward<V>(x));
}
template <class T, class It>
void operator_setitem(const List<T>& xs, const Slice& s, const It& items) {
    auto src = detail_list::collect<T>(items);  // snapshot first: `a[1:] = a` works
    auto& v = xs.vec();
    SliceIndices ix = s.indices(static_cast<Int>(v.size()));
    if (ix.step == 1) {
        Int lo = ix.start, hi = std::max(ix.stop, ix.start);
        Int m = static_cast<Int>(src.size());
        if (m <= hi - lo) {
            std::move(src.begin(), src.end(), v.begin() + lo);
            v.erase(v.begin() + lo + m, v.begin() + hi);
        } else {
            std::move(src.begin(), src.begin() + (hi - lo), v.begin() + lo);
            v.insert(v.begin() + hi, std::make_move_iterator(src.begin() + (hi - lo)), std::make_move_iterator(src.end()));
        }
        return;
    }
    if (static_cast<Int>(src.size()) != ix.length)
        raise<ValueError>("attempt to assign sequence of size " + std::to_string(src.size()) +
                          " to extended slice of size " + std::to_string(ix.length));
    Int p = ix.start;
    for (Int k = 0; k < ix.length; ++k, p += ix.step) v[static_cast<std::size_t>(p)] = std::move(src[static_cast<std::size_t>(k)]);
}
template <class T>
void operator_delitem(const List<T>& xs, Int i) {
    auto& v = xs.vec();
    Int n = static_cast<Int>(v.size());
    if (i < 0) i += n;
    if (i < 0 || i >= n) detail::raise_list_assignment_index();
    typename List<T>::Vec::value_type old = std::move(v[static_cast<std::size_t>(i)]);
    v.erase(v.begin() + i);
    (void)old;  // released after the list is consistent
}
template <class T>
void operator_delitem(const List<T>& xs, const Slice& s) {
    auto& v = xs.vec();
    SliceIndices ix = s.indices(static_cast<Int>(v.size()));
    if (ix.length <= 0) return;
    typename List<T>::Vec removed;
    if (ix.step == 1) {
        removed.assign(std::make_move_iterator(v.begin() + ix.start), std::make_move_iterator(v.begin() + ix.start + ix.length));
        v.erase(v.begin() + ix.start, v.begin() + ix.start + ix.length);
        return;
    }
    std::vector<bool> drop(v.size(), false);
    Int p = ix.start;
    for (Int k = 0; k < ix.length; ++k, p += ix.step) drop[static_cast<std::size_t>(p)] = true;
    typename List<T>::Vec kept;
    kept.reserve(v.size() - static_cast<std::size_t>(ix.length));
    for (std::size_t k = 0; k < v.size(); ++k) {
        if (drop[k]) removed.push_back(std::move(v[k]));
        else kept.push_back(std::move(v[k]));
    }
    v.swap(kept);
}

// operator.contains
template <class T, class V>
bool operator_contains(const List<T>& xs, const V& x) {
    auto& v = xs.vec();
    const T& y = x;
    for (std::size_t i = 0; i < v.size(); ++i)
        if (eq(detail::ListSlot<T>::get(v[i]), y)) return true;
    return false;
}

// operator.add / mul / iadd / imul
template <class T>
List<T> operator_add(const List<T>& a, const List<T>& b) {
    typename List<T>::Vec out;
    out.reserve(a.vec().size() + b.vec().size());
    out.insert(out.end(), a.vec().begin(), a.vec().end());
    out.insert(out.end(), b.vec().begin(), b.vec().end());
    return List<T>(std::move(out));
}
template <class T>
List<T> operator_mul(const List<T>& a, Int n) {
    typename List<T>::Vec out;
    auto& v = a.vec();
    if (n <= 0 || v.empty()) return List<T>(std::move(out));
    Int total;
    if (__builtin_mul_overflow(static_cast<Int>(v.size()), n, &total)) detail::raise_memory_error();
    detail::check_alloc(total, sizeof(typename List<T>::Vec::value_type));
    out.reserve(static_cast<std::size_t>(total));
    if (v.size() == 1) {
        out.assign(static_cast<std::size_t>(n), v[0]);
    } else {
        for (Int k = 0; k < n; ++k) out.insert(out.end(), v.begin(), v.end());
    }
    return List<T>(std::move(out));
}
template <class T>
List<T> operator_mul(Int n, const List<T>& a) {
    return operator_mul(a, n);
}
template <class T, class It>
List<T> operator_iadd(const List<T>& a, const It& b) {
    list_extend(a, b);
    return a;
}
template <class T>
List<T> operator_imul(const List<T>& a, Int n) {
    auto& v = a.vec();
    if (n <= 0) {
        list_clear(a);
        return a;
    }
    if (n == 1 || v.empty()) return a;
    Int total;
    if (__builtin_mul_overflow(static_cast<Int>(v.size()), n, &total)) detail::raise_memory_error();
    detail::check_alloc(total, sizeof(typename List<T>::Vec::value_type));
    std::size_t m = v.size();
    v.reserve(static_cast<std::size_t>(total));
    for (Int k = 1; k < n; ++k)
        for (std::size_t i = 0; i < m; ++i) v.push_back(v[i]);
    return a;
}

// comparisons
template <class T>
bool operator_eq(const List<T>& a, const List<T>& b) {
    return eq(a, b);
}
template <class T>
bool operator_ne(const List<T>& a, const List<T>& b) {
    return !eq(a, b);
}
template <class T>
bool operator_lt(const List<T>& a, const List<T>& b) {
    return lt(a, b);
}
template <class T>
bool operator_le(const List<T>& a, const List<T>& b) {
    return le(a, b);
}
template <class T>
bool operator_gt(const List<T>& a, const List<T>& b) {
    return gt(a, b);
}
template <class T>
bool operator_ge(const List<T>& a, const List<T>& b) {
    return ge(a, b);
}

// builtins.slice
inline Slice builtins_slice(Optional<Int> stop) { return Slice(none, stop, none); }
inline Slice builtins_slice(Optional<Int> start, Optional<Int> stop, Optional<Int> step = none) {
    return Slice(start, stop, step);
}

}  // namespace ops
}  // namespace pyaot
