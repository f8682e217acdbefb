// PythonAot C++ runtime: the dict views DictKeys<K, V>, DictValues<K, V> and DictItems<K, V> (what d.keys(),
// d.values() and d.items() return) and their operations.
//
// A view is a reference type, as in CPython: a handle to a small refcounted object that holds a handle to its dict.
// So a view is live (it reads the dict at every use: a key added after d.keys() is in the view), and it has an
// identity: CPython gives dict_values no __eq__, so `v == v` is true while `d.values() == d.values()` is false, and
// a values view hashes by its address. The keys and items views are unhashable.
// Iteration is the dict's own iterator (insertion order; RuntimeError "dictionary changed size during iteration"
// when the dict's size changes under it); a values view yields V, an items view Tuple<K, V>.
// The keys and items views are set-like, with CPython 3.11's algorithms from Objects/dictobject.c
// (dictview_richcompare, _PyDictView_Intersect, dictviews_to_set, dictviews_or, dictviews_sub, dictviews_xor,
// dictitems_xor, dictviews_isdisjoint) over set.hpp's copy of setobject.c, so that a result set of ints is laid out,
// and prints, as CPython's. The other operand of &, |, -, ^ is any iterable, on either side (a set or a list on the
// left finds the view's reflected operator in CPython).
#pragma once

#include <cstdint>
#include <string>
#include <type_traits>
#include <utility>
#include <vector>

#include "core.hpp"
#include "dict.hpp"
#include "exceptions.hpp"
#include "instance.hpp"
#include "iterator.hpp"
#include "numbers.hpp"
#include "set.hpp"
#include "str.hpp"
#include "tuple.hpp"
#include "union.hpp"

namespace pyaot {

enum class DictViewKind { Keys, Values, Items };

template <DictViewKind Kind, class K, class V>
class DictView {
public:
    /// What iteration yields: the key, the value, or the (key, value) pair.
    using value_type = std::conditional_t<Kind == DictViewKind::Keys, K,
                                          std::conditional_t<Kind == DictViewKind::Values, V, Tuple<K, V>>>;
    static constexpr DictViewKind kind = Kind;

    /// No view yet: what a variable holds before its first assignment (the emitter declares locals as `T x{}`), like
    /// a class instance's null Ref<C>. Every read of the variable comes after an assignment.
    DictView() noexcept = default;
    explicit DictView(Dict<K, V> d) : v_(make<Data>(std::move(d))) {}

    const Dict<K, V>& dict() const noexcept { return v_->dict; }
    Int size() const noexcept { return v_->dict.size(); }
    bool empty() const noexcept { return v_->dict.empty(); }
    /// Identity (`a is b`): the same view object, not merely views of the same dict.
    bool is(const DictView& o) const noexcept { return v_ == o.v_; }
    const void* address() const noexcept { return v_.get(); }

    /// The item of a live entry.
    static value_type item(const typename Dict<K, V>::Entry& e) {
        if constexpr (Kind == DictViewKind::Keys) return e.key;
        else if constexpr (Kind == DictViewKind::Values) return e.value;
        else return value_type(e.key, e.value);
    }

    struct iterator {
        typename Dict<K, V>::iterator at;
        value_type operator*() const { return item(at.entry()); }
        iterator& operator++() {
            ++at;
            return *this;
        }
        bool operator!=(IterEnd e) const noexcept { return at != e; }
        bool operator==(IterEnd e) const noexcept { return at == e; }
    };
    iterator begin() const { return iterator{v_->dict.begin()}; }
    IterEnd end() const noexcept { return {}; }

private:
    struct Data : RefCounted {
        explicit Data(Dict<K, V> d) : dict(std::move(d)) {}
        Dict<K, V> dict;
    };
    Ref<Data> v_;
};

template <class K, class V>
using DictKeys = DictView<DictViewKind::Keys, K, V>;
template <class K, class V>
using DictValues = DictView<DictViewKind::Values, K, V>;
template <class K, class V>
using DictItems = DictView<DictViewKind::Items, K, V>;

template <class X>
struct is_dict_view : std::false_type {};
template <DictViewKind Kind, class K, class V>
struct is_dict_view<DictView<Kind, K, V>> : std::true_type {};

/// Whether X is a keys or items view: the set-like ones.
template <class X>
struct is_set_like_view : std::false_type {};
template <class K, class V>
struct is_set_like_view<DictView<DictViewKind::Keys, K, V>> : std::true_type {};
template <class K, class V>
struct is_set_like_view<DictView<DictViewKind::Items, K, V>> : std::true_type {};

/// Whether X is a view of the given kind.
template <class X, DictViewKind Kind>
inline constexpr bool is_view_kind_v = false;
template <DictViewKind Kind, class K, class V>
inline constexpr bool is_view_kind_v<DictView<Kind, K, V>, Kind> = true;

namespace detail_view {

constexpr const char* class_name(DictViewKind kind) noexcept {
    return kind == DictViewKind::Keys ? "dict_keys" : kind == DictViewKind::Values ? "dict_values" : "dict_items";
}

}  // namespace detail_view

template <DictViewKind Kind, class K, class V>
struct TypeName<DictView<Kind, K, V>> {
    static const char* get(const DictView<Kind, K, V>&) noexcept { return detail_view::class_name(Kind); }
};

// ---------------------------------------------------------------------------------------------------------------
// Protocol functions

/// CPython's dictview_repr: `dict_keys(['a', 'b'])`. As there, the items are collected first (list(view)), then
/// each is repr'd, so a __repr__ that changes the dict cannot break the walk.
template <DictViewKind Kind, class K, class V>
Str repr(const DictView<Kind, K, V>& v) {
    std::vector<typename DictView<Kind, K, V>::value_type> items;
    items.reserve(static_cast<std::size_t>(v.size()));
    for (auto&& x : v) items.push_back(std::move(x));
    std::string out = detail_view::class_name(Kind);
    out += "([";
    for (std::size_t i = 0; i < items.size(); ++i) {
        if (i) out += ", ";
        out += repr(items[i]).view();
    }
    out += "])";
    return Str(std::move(out));
}
template <DictViewKind Kind, class K, class V>
Str str(const DictView<Kind, K, V>& v) {
    return repr(v);
}
template <DictViewKind Kind, class K, class V>
bool truth(const DictView<Kind, K, V>& v) noexcept {
    return !v.empty();
}
/// dict_values keeps object's identity hash; dict_keys and dict_items define equality and are unhashable.
template <DictViewKind Kind, class K, class V>
Int hash(const DictView<Kind, K, V>& v) {
    if constexpr (Kind == DictViewKind::Values) {
        return detail::hash_pointer(v.address());
    } else {
        raise<TypeError>(std::string("unhashable type: '") + detail_view::class_name(Kind) + "'");
    }
}

namespace detail_view {

/// `x in c` for an operand of a set-like comparison or operator: a set's hash lookup, dictkeys_contains (the dict's
/// lookup) or dictitems_contains (the key's value, compared with ==).
template <class T>
bool contains(const Set<T>& s, const T& x) {
    return s.contains(x);
}
template <class K, class V>
bool contains(const DictKeys<K, V>& v, const K& key) {
    return v.dict().contains(key);
}
template <class K, class V>
bool contains(const DictItems<K, V>& v, const Tuple<K, V>& item) {
    const V* found = v.dict().find(std::get<0>(item));
    return found && eq(*found, std::get<1>(item));
}

/// all_contained_in: whether every item of a is in b (iterating a).
template <class A, class B>
bool all_contained_in(const A& a, const B& b) {
    for (auto&& x : a)
        if (!contains(b, x)) return false;
    return true;
}

enum class Compare { Eq, Ne, Lt, Le, Gt, Ge };

/// CPython's dictview_richcompare(view, other, op), other a set or a set-like view: the lengths decide first.
template <class A, class B>
bool compare(const A& view, const B& other, Compare op) {
    Int a = view.size(), b = other.size();
    switch (op) {
        case Compare::Eq: return a == b && all_contained_in(view, other);
        case Compare::Ne: return !(a == b && all_contained_in(view, other));
        case Compare::Lt: return a < b && all_contained_in(view, other);
        case Compare::Le: return a <= b && all_contained_in(view, other);
        case Compare::Gt: return a > b && all_contained_in(other, view);
        default: return a >= b && all_contained_in(other, view);
    }
}

/// A comparison with the set on the left: set's own comparison declines a view, so Python runs the view's reflected
/// one (== stays ==, < becomes >).
template <class A, class B>
bool richcompare(const A& a, const B& b, Compare op) {
    if constexpr (is_set<A>::value) {
        switch (op) {
            case Compare::Lt: return compare(b, a, Compare::Gt);
            case Compare::Le: return compare(b, a, Compare::Ge);
            case Compare::Gt: return compare(b, a, Compare::Lt);
            case Compare::Ge: return compare(b, a, Compare::Le);
            default: return compare(b, a, op);
        }
    } else {
        return compare(a, b, op);
    }
}

/// Whether A and B are the operands of a set-like comparison: a keys/items view against a view or a set.
template <class A, class B>
inline constexpr bool comparable_v =
    (is_set_like_view<A>::value && (is_set_like_view<B>::value || is_set<B>::value)) || (is_set<A>::value && is_set_like_view<B>::value);

/// Whether A and B are the operands of a view's set operator: a keys/items view on at least one side.
template <class A, class B>
inline constexpr bool combinable_v = is_set_like_view<A>::value || is_set_like_view<B>::value;

/// The item type of the set a view's operator gives: the view's item type (the view on the left, or else the right).
template <class A, class B>
using result_item_t = typename std::conditional_t<is_set_like_view<A>::value, A, B>::value_type;

/// dictviews_to_set: a new set of the operand's items. A keys view's set is built from its dict (PySet_New's dict
/// path: one resize up front, the stored hashes); anything else is added item by item (or merged, for a set).
template <class T, class X>
Set<T> to_set(const X& x) {
    Set<T> s;
    if constexpr (is_view_kind_v<X, DictViewKind::Keys>) detail_set::update_internal(s, x.dict());
    else detail_set::update_internal(s, x);
    return s;
}

/// set(a), then update(set, b): dictviews_or, dictviews_sub and the general dictviews_xor.
template <class A, class B, class Update>
Set<result_item_t<A, B>> to_set_then(const A& a, const B& b, Update update) {
    auto result = to_set<result_item_t<A, B>>(a);
    update(result, b);
    return result;
}

/// The intersection walking `walk` and probing the view `probe` (the tail of _PyDictView_Intersect).
template <class T, class P, class W>
Set<T> intersect_probing(const P& probe, const W& walk) {
    Set<T> result;
    for (auto&& x : walk) {
        T item(x);
        if (contains(probe, item)) result.add(item);
    }
    return result;
}

/// _PyDictView_Intersect(view, other): a set at least as big as the view runs set.intersection(view); of two
/// views the bigger is probed; otherwise other is walked and the view probed.
template <class T, class View, class O>
Set<T> intersect(const View& view, const O& other) {
    if constexpr (is_set<O>::value) {
        if (view.size() <= other.size()) return detail_set::intersection(other, view);
    } else if constexpr (is_set_like_view<O>::value) {
        if (other.size() > view.size()) return intersect_probing<T>(other, view);
    }
    return intersect_probing<T>(view, other);
}

/// dictitems_xor (both operands items views): the pairs of b not in a copy of a's dict with an equal value, then
/// what is left of the copy.
template <class K, class V>
Set<Tuple<K, V>> items_xor(const DictItems<K, V>& a, const DictItems<K, V>& b) {
    Dict<K, V> rest = ops::dict_copy(a.dict());
    Set<Tuple<K, V>> result;
    auto& other = b.dict().data();
    for (std::size_t i = 0; i < other.entries.size(); ++i) {
        if (!other.entries[i].live) continue;
        Tuple<K, V> pair(other.entries[i].key, other.entries[i].value);
        Int hash = other.entries[i].hash;
        auto& data = rest.data();
        Int at = data.lookup(std::get<0>(pair), hash);
        if (at >= 0 && eq(data.entries[static_cast<std::size_t>(at)].value, std::get<1>(pair))) data.remove_at(at);
        else result.add(pair);
    }
    detail_set::update_internal(result, DictItems<K, V>(rest));
    return result;
}

/// dictviews_isdisjoint: of a view and a set (or two views) the shorter is walked, the other probed; any other
/// iterable is walked, probing the view.
template <class View, class O>
bool isdisjoint(const View& view, const O& other) {
    using T = typename View::value_type;
    if constexpr (std::is_same_v<View, O>) {
        if (view.is(other)) return view.empty();
    }
    if constexpr (is_set<O>::value || is_set_like_view<O>::value) {
        if (other.size() > view.size()) {
            for (auto&& x : view)
                if (detail_view::contains(other, T(x))) return false;
            return true;
        }
    }
    for (auto&& x : other)
        if (detail_view::contains(view, T(x))) return false;
    return true;
}

}  // namespace detail_view

/// `a == b` as containers do it (a list of views, an Object box): set-like for keys and items, identity for values.
template <DictViewKind Kind, class K, class V>
bool eq(const DictView<Kind, K, V>& a, const DictView<Kind, K, V>& b) {
    if constexpr (Kind == DictViewKind::Values) return a.is(b);
    else return detail_view::compare(a, b, detail_view::Compare::Eq);
}
namespace detail_view {
/// Order for sorting: subset tests for keys and items, TypeError for values (no order in CPython).
template <DictViewKind Kind, class K, class V>
bool order(const DictView<Kind, K, V>& a, const DictView<Kind, K, V>& b, Compare op, const char* symbol) {
    if constexpr (Kind == DictViewKind::Values) detail::raise_unorderable(symbol, "dict_values", "dict_values");
    else return compare(a, b, op);
}
}  // namespace detail_view

template <DictViewKind Kind, class K, class V>
bool lt(const DictView<Kind, K, V>& a, const DictView<Kind, K, V>& b) {
    return detail_view::order(a, b, detail_view::Compare::Lt, "<");
}
template <DictViewKind Kind, class K, class V>
bool le(const DictView<Kind, K, V>& a, const DictView<Kind, K, V>& b) {
    return detail_view::order(a, b, detail_view::Compare::Le, "<=");
}
template <DictViewKind Kind, class K, class V>
bool gt(const DictView<Kind, K, V>& a, const DictView<Kind, K, V>& b) {
    return detail_view::order(a, b, detail_view::Compare::Gt, ">");
}
template <DictViewKind Kind, class K, class V>
bool ge(const DictView<Kind, K, V>& a, const DictView<Kind, K, V>& b) {
    return detail_view::order(a, b, detail_view::Compare::Ge, ">=");
}

namespace ops {

template <class K, class V>
DictKeys<K, V> dict_keys(const Dict<K, V>& d) {
    return DictKeys<K, V>(d);
}
template <class K, class V>
DictValues<K, V> dict_values(const Dict<K, V>& d) {
    return DictValues<K, V>(d);
}
template <class K, class V>
DictItems<K, V> dict_items(const Dict<K, V>& d) {
    return DictItems<K, V>(d);
}

template <DictViewKind Kind, class K, class V>
Int builtins_len(const DictView<Kind, K, V>& v) noexcept {
    return v.size();
}

template <class K, class V>
bool operator_contains(const DictKeys<K, V>& v, const std::type_identity_t<K>& key) {
    return v.dict().contains(key);
}
/// `x in d.values()`: a linear search by == (PySequence_Contains over the view's iterator).
template <class K, class V>
bool operator_contains(const DictValues<K, V>& v, const std::type_identity_t<V>& value) {
    for (auto&& x : v)
        if (eq(x, value)) return true;
    return false;
}
template <class K, class V>
bool operator_contains(const DictItems<K, V>& v, const std::type_identity_t<Tuple<K, V>>& item) {
    return detail_view::contains(v, item);
}

// dict_values: identity only (the generic `a == b` overload of two values of one type).
template <class K, class V>
bool operator_eq(const DictValues<K, V>& a, const DictValues<K, V>& b) noexcept {
    return a.is(b);
}
template <class K, class V>
bool operator_ne(const DictValues<K, V>& a, const DictValues<K, V>& b) noexcept {
    return !a.is(b);
}

#define PYAOT_VIEW_COMPARISON(name, op)                                      \
    template <class A, class B>                                              \
        requires(detail_view::comparable_v<A, B>)                            \
    bool operator_##name(const A& a, const B& b) {                           \
        return detail_view::richcompare(a, b, detail_view::Compare::op);     \
    }
PYAOT_VIEW_COMPARISON(eq, Eq)
PYAOT_VIEW_COMPARISON(ne, Ne)
PYAOT_VIEW_COMPARISON(lt, Lt)
PYAOT_VIEW_COMPARISON(le, Le)
PYAOT_VIEW_COMPARISON(gt, Gt)
PYAOT_VIEW_COMPARISON(ge, Ge)
#undef PYAOT_VIEW_COMPARISON

/// view & other, other & view: _PyDictView_Intersect, which first puts the view on the left.
template <class A, class B>
    requires(detail_view::combinable_v<A, B>)
Set<detail_view::result_item_t<A, B>> operator_and_(const A& a, const B& b) {
    using T = detail_view::result_item_t<A, B>;
    if constexpr (is_set_like_view<A>::value) return detail_view::intersect<T>(a, b);
    else return detail_view::intersect<T>(b, a);
}
/// dictviews_or: set(a), updated with b.
template <class A, class B>
    requires(detail_view::combinable_v<A, B>)
Set<detail_view::result_item_t<A, B>> operator_or_(const A& a, const B& b) {
    return detail_view::to_set_then(a, b, [](auto& result, const B& other) { detail_set::update_internal(result, other); });
}
/// dictviews_sub: set(a).difference_update(b).
template <class A, class B>
    requires(detail_view::combinable_v<A, B>)
Set<detail_view::result_item_t<A, B>> operator_sub(const A& a, const B& b) {
    return detail_view::to_set_then(a, b, [](auto& result, const B& other) { detail_set::difference_update_internal(result, other); });
}
/// dictviews_xor: dictitems_xor for two items views, else set(a).symmetric_difference_update(b).
template <class A, class B>
    requires(detail_view::combinable_v<A, B>)
Set<detail_view::result_item_t<A, B>> operator_xor(const A& a, const B& b) {
    if constexpr (is_view_kind_v<A, DictViewKind::Items> && is_view_kind_v<B, DictViewKind::Items>) return detail_view::items_xor(a, b);
    else return detail_view::to_set_then(a, b, [](auto& result, const B& other) { detail_set::symmetric_difference_update(result, other); });
}

template <class K, class V, class O>
bool dict_keys_isdisjoint(const DictKeys<K, V>& view, const O& other) {
    return detail_view::isdisjoint(view, other);
}
template <class K, class V, class O>
bool dict_items_isdisjoint(const DictItems<K, V>& view, const O& other) {
    return detail_view::isdisjoint(view, other);
}

}  // namespace ops
}  // namespace pyaot
