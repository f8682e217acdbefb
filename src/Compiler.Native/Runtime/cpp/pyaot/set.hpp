// PythonAot C++ runtime: Set<T> and the set.* operations.
//
// Set<T> is a reference type over a hash table that reproduces CPython 3.11's setobject.c: the same table sizes
// (8, then the smallest power of 2 above used*4 when fill*5 >= mask*3), the same probing (9 linear probes, then
// perturbation), dummies for deleted entries (reused by the last dummy seen on insertion), the same merge/copy
// fast paths, pop's finger, and the same algorithm for every operator and method (which set is iterated, which
// is probed, when a result is copied, resized or body-swapped). So the iteration order (and so repr and
// printing) equals CPython's whenever the element hashes equal CPython's: ints, bools, floats and tuples of them.
// (str hashes are randomised per process in CPython, so no program can rely on str set order.)
//
// Literals: `Set<T>{a, b, c}` follows CPython's compilation of a literal of constants (more than two constants
// are first collected into a frozenset constant, rebuilt once by the compiler's constant merging, then merged into
// the new set); `Set<T>::of({a, b})` follows
// BUILD_SET (items added one by one), for literals with non-constant items. The two differ only in layout.
// Iteration raises RuntimeError("Set changed size during iteration") when the set's size changes under it.
#pragma once

#include <cstdint>
#include <initializer_list>
#include <memory>
#include <new>
#include <string>
#include <type_traits>
#include <utility>

#include "core.hpp"
#include "dict.hpp"
#include "exceptions.hpp"
#include "iterator.hpp"
#include "list.hpp"
#include "numbers.hpp"
#include "str.hpp"

namespace pyaot {

namespace detail {

template <class T>
class SetTable {
public:
    struct Slot {
        Int hash = 0;
        std::uint8_t state = 0;  // 0 unused, 1 active, 2 dummy
        union {
            T key;
        };
        Slot() noexcept {}
        ~Slot() {}
    };
    static constexpr std::size_t kMinSize = 8;
    static constexpr int kLinearProbes = 9;

    SetTable() : table_(new Slot[kMinSize]) {}
    SetTable(const SetTable&) = delete;
    SetTable& operator=(const SetTable&) = delete;
    ~SetTable() { destroy_keys(table_.get(), mask_); }

    Int used() const noexcept { return used_; }
    Int fill() const noexcept { return fill_; }
    std::size_t mask() const noexcept { return mask_; }
    const Slot& slot(std::size_t i) const noexcept { return table_[i]; }

    /// The slot of key, or -1.
    Int lookkey(const T& key, Int h) const {
        std::size_t mask = mask_;
        std::size_t perturb = static_cast<std::size_t>(h);
        std::size_t i = static_cast<std::size_t>(h) & mask;
        for (;;) {
            const Slot* e = &table_[i];
            int probes = (i + kLinearProbes <= mask) ? kLinearProbes : 0;
            do {
                if (e->state == 0) return -1;
                if (e->state == 1 && e->hash == h && eq(e->key, key)) return e - table_.get();
                ++e;
            } while (probes--);
            perturb >>= 5;
            i = (i * 5 + 1 + perturb) & mask;
        }
    }
    bool contains(const T& key, Int h) const { return lookkey(key, h) >= 0; }

    /// set_add_entry: true when the key was added.
    bool add(const T& key, Int h) {
        std::size_t mask = mask_;
        std::size_t perturb = static_cast<std::size_t>(h);
        std::size_t i = static_cast<std::size_t>(h) & mask;
        Slot* freeslot = nullptr;
        Slot* e;
        for (;;) {
            e = &table_[i];
            int probes = (i + kLinearProbes <= mask) ? kLinearProbes : 0;
            do {
                if (e->state == 0) goto found_unused_or_dummy;
                if (e->state == 1) {
                    if (e->hash == h && eq(e->key, key)) return false;
                } else {
                    freeslot = e;
                }
                ++e;
            } while (probes--);
            perturb >>= 5;
            i = (i * 5 + 1 + perturb) & mask;
        }
    found_unused_or_dummy:
        if (freeslot) {
            ::new (&freeslot->key) T(key);
            freeslot->hash = h;
            freeslot->state = 1;
            ++used_;
            return true;
        }
        ::new (&e->key) T(key);
        e->hash = h;
        e->state = 1;
        ++fill_;
        ++used_;
        if (static_cast<std::size_t>(fill_) * 5 < mask * 3) return true;
        resize(used_ > 50000 ? used_ * 2 : used_ * 4);
        return true;
    }
    bool add(const T& key) { return add(key, hash(key)); }

    /// set_discard_entry: true when the key was present.
    bool discard(const T& key, Int h) {
        Int ix = lookkey(key, h);
        if (ix < 0) return false;
        Slot& e = table_[static_cast<std::size_t>(ix)];
        T old(std::move(e.key));  // released after the slot is consistent
        (void)old;
        e.key.~T();
        e.state = 2;
        e.hash = -1;
        --used_;
        return true;
    }

    /// set_table_resize.
    void resize(Int minused) {
        std::size_t newsize = kMinSize;
        while (newsize <= static_cast<std::size_t>(minused)) newsize <<= 1;
        if (newsize > (std::size_t(1) << 40) / sizeof(Slot)) raise<MemoryError>();
        if (newsize == kMinSize && mask_ == kMinSize - 1 && fill_ == used_) return;
        std::unique_ptr<Slot[]> old(new Slot[newsize]);
        old.swap(table_);
        std::size_t oldmask = mask_;
        mask_ = newsize - 1;
        for (std::size_t k = 0; k <= oldmask; ++k) {
            Slot& e = old[k];
            if (e.state == 1) {
                insert_clean(std::move(e.key), e.hash);
                e.key.~T();
                e.state = 0;
            }
        }
        fill_ = used_;
    }

    /// set_merge (other is a different table).
    void merge(const SetTable& other) {
        if (&other == this || other.used_ == 0) return;
        if (static_cast<std::size_t>(fill_ + other.used_) * 5 >= mask_ * 3) resize((used_ + other.used_) * 2);
        if (fill_ == 0 && mask_ == other.mask_ && other.fill_ == other.used_) {
            for (std::size_t i = 0; i <= other.mask_; ++i) {
                const Slot& o = other.table_[i];
                if (o.state == 1) {
                    ::new (&table_[i].key) T(o.key);
                    table_[i].hash = o.hash;
                    table_[i].state = 1;
                }
            }
            fill_ = other.fill_;
            used_ = other.used_;
            return;
        }
        if (fill_ == 0) {
            fill_ = other.used_;
            used_ = other.used_;
            for (std::size_t i = 0; i <= other.mask_; ++i) {
                const Slot& o = other.table_[i];
                if (o.state == 1) insert_clean(T(o.key), o.hash);
            }
            return;
        }
        for (std::size_t i = 0; i <= other.mask_; ++i) {
            const Slot& o = other.table_[i];
            if (o.state == 1) add(o.key, o.hash);
        }
    }

    /// set.pop().
    T pop() {
        if (used_ == 0) raise<KeyError>("'pop from an empty set'");
        std::size_t i = finger_ & mask_;
        while (table_[i].state != 1) {
            ++i;
            if (i > mask_) i = 0;
        }
        Slot& e = table_[i];
        T key(std::move(e.key));
        e.key.~T();
        e.state = 2;
        e.hash = -1;
        --used_;
        finger_ = i + 1;
        return key;
    }

    /// set_clear_internal.
    void clear() {
        std::unique_ptr<Slot[]> old(new Slot[kMinSize]);
        old.swap(table_);
        std::size_t oldmask = mask_;
        mask_ = kMinSize - 1;
        fill_ = 0;
        used_ = 0;
        destroy_keys(old.get(), oldmask);
    }

    /// set_swap_bodies (the finger stays).
    void swap_bodies(SetTable& o) noexcept {
        std::swap(table_, o.table_);
        std::swap(mask_, o.mask_);
        std::swap(fill_, o.fill_);
        std::swap(used_, o.used_);
    }

    /// set_next: the next active slot at or after pos, or -1.
    Int next(std::size_t pos) const noexcept {
        while (pos <= mask_ && table_[pos].state != 1) ++pos;
        return pos > mask_ ? -1 : static_cast<Int>(pos);
    }

private:
    void insert_clean(T&& key, Int h) {
        std::size_t mask = mask_;
        std::size_t perturb = static_cast<std::size_t>(h);
        std::size_t i = static_cast<std::size_t>(h) & mask;
        Slot* e;
        for (;;) {
            e = &table_[i];
            if (e->state == 0) break;
            if (i + kLinearProbes <= mask) {
                bool found = false;
                for (int j = 0; j < kLinearProbes; ++j) {
                    ++e;
                    if (e->state == 0) {
                        found = true;
                        break;
                    }
                }
                if (found) break;
            }
            perturb >>= 5;
            i = (i * 5 + 1 + perturb) & mask;
        }
        ::new (&e->key) T(std::move(key));
        e->hash = h;
        e->state = 1;
    }
    static void destroy_keys(Slot* t, std::size_t mask) noexcept {
        if (!t) return;
        for (std::size_t i = 0; i <= mask; ++i)
            if (t[i].state == 1) {
                t[i].key.~T();
                t[i].state = 0;
            }
    }

    std::unique_ptr<Slot[]> table_;
    std::size_t mask_ = kMinSize - 1;
    Int fill_ = 0;
    Int used_ = 0;
    std::size_t finger_ = 0;
};

}  // namespace detail

template <class T>
class Set {
public:
    using value_type = T;
    using Table = detail::SetTable<T>;
    struct Data : RefCounted {
        Table t;
    };

    /// set().
    Set() : d_(make<Data>()) {}
    /// A literal of constants: {a, b, c} (CPython folds more than two constants into a frozenset first).
    Set(std::initializer_list<T> items) : d_(make<Data>()) {
        if (items.size() > 2) {
            // The compiler builds frozenset(items), its constant merging rebuilds it from that set's iteration
            // order (merge_consts_recursive), and the code does set().update(constant).
            Table folded;
            for (const T& x : items) folded.add(x);
            Table merged;
            for (Int p = folded.next(0); p >= 0; p = folded.next(static_cast<std::size_t>(p) + 1)) {
                const auto& slot = folded.slot(static_cast<std::size_t>(p));
                merged.add(slot.key, slot.hash);
            }
            d_->t.merge(merged);
        } else {
            for (const T& x : items) d_->t.add(x);
        }
    }
    /// A literal with non-constant items: BUILD_SET adds them one by one.
    static Set of(std::initializer_list<T> items) {
        Set s;
        for (const T& x : items) s.d_->t.add(x);
        return s;
    }

    Int size() const noexcept { return d_->t.used(); }
    bool empty() const noexcept { return d_->t.used() == 0; }
    Table& table() const noexcept { return d_->t; }
    bool is(const Set& o) const noexcept { return d_ == o.d_; }

    bool contains(const T& x) const { return d_->t.contains(x, hash(x)); }
    /// s.add(x); true when added.
    bool add(const T& x) const { return d_->t.add(x, hash(x)); }
    /// s.discard(x); true when it was present.
    bool discard(const T& x) const { return d_->t.discard(x, hash(x)); }

    struct iterator {
        Ref<Data> d;
        Int pos;
        Int expected;
        T operator*() const { return d->t.slot(static_cast<std::size_t>(pos)).key; }
        iterator& operator++() {
            if (d->t.used() != expected) {
                expected = -1;
                raise<RuntimeError>("Set changed size during iteration");
            }
            pos = d->t.next(static_cast<std::size_t>(pos) + 1);
            return *this;
        }
        bool operator!=(IterEnd) const noexcept { return pos >= 0; }
        bool operator==(IterEnd) const noexcept { return pos < 0; }
    };
    iterator begin() const { return iterator{d_, d_->t.next(0), d_->t.used()}; }
    IterEnd end() const noexcept { return {}; }

    /// Calls f(key, hash) for each item in table order.
    template <class F>
    void for_each(F&& f) const {
        const Table& t = d_->t;
        for (Int p = t.next(0); p >= 0; p = t.next(static_cast<std::size_t>(p) + 1)) {
            const auto& s = t.slot(static_cast<std::size_t>(p));
            f(s.key, s.hash);
        }
    }

private:
    Ref<Data> d_;
};

template <class X>
struct is_set : std::false_type {};
template <class T>
struct is_set<Set<T>> : std::true_type {};

template <class T>
Str repr(const Set<T>& s) {
    if (s.empty()) return Str("set()");
    std::string out = "{";
    bool first = true;
    s.for_each([&](const T& x, Int) {
        if (!first) out += ", ";
        first = false;
        out += repr(x).view();
    });
    out += '}';
    return Str(std::move(out));
}
template <class T>
Str str(const Set<T>& s) {
    return repr(s);
}
template <class T>
bool truth(const Set<T>& s) noexcept {
    return !s.empty();
}
template <class T>
Int hash(const Set<T>&) {
    raise<TypeError>("unhashable type: 'set'");
}

namespace detail_set {

/// set_issubset(a, b) for two tables.
template <class T>
bool issubset(const Set<T>& a, const Set<T>& b) {
    if (a.size() > b.size()) return false;
    bool ok = true;
    const auto& bt = b.table();
    const auto& at = a.table();
    for (Int p = at.next(0); p >= 0 && ok; p = at.next(static_cast<std::size_t>(p) + 1)) {
        const auto& s = at.slot(static_cast<std::size_t>(p));
        if (!bt.contains(s.key, s.hash)) ok = false;
    }
    return ok;
}

/// set_update_internal.
template <class T, class O>
void update_internal(const Set<T>& so, const O& other) {
    auto& t = so.table();
    if constexpr (std::is_same_v<O, Set<T>>) {
        if (so.is(other)) return;
        t.merge(other.table());
    } else if constexpr (is_dict<O>::value) {
        Int n = other.size();
        if (static_cast<std::size_t>(t.fill() + n) * 5 >= t.mask() * 3) t.resize((t.used() + n) * 2);
        auto& data = other.data();
        for (std::size_t i = 0; i < data.entries.size(); ++i)
            if (data.entries[i].live) t.add(T(data.entries[i].key), data.entries[i].hash);
    } else {
        for (auto&& x : other) {
            T k(x);
            t.add(k, hash(k));
        }
    }
}

/// set_intersection(so, other) -> a new set.
template <class T, class O>
Set<T> intersection(const Set<T>& so, const O& other) {
    if constexpr (std::is_same_v<O, Set<T>>) {
        if (so.is(other)) {
            Set<T> r;
            r.table().merge(so.table());
            return r;
        }
        Set<T> result;
        const Set<T>* big = &so;
        const Set<T>* small = &other;
        if (other.size() > so.size()) std::swap(big, small);
        const auto& st = small->table();
        for (Int p = st.next(0); p >= 0; p = st.next(static_cast<std::size_t>(p) + 1)) {
            const auto& s = st.slot(static_cast<std::size_t>(p));
            if (big->table().contains(s.key, s.hash)) result.table().add(s.key, s.hash);
        }
        return result;
    } else {
        Set<T> result;
        for (auto&& x : other) {
            T k(x);
            Int h = hash(k);
            if (so.table().contains(k, h)) {
                result.table().add(k, h);
            }
        }
        return result;
    }
}

/// set_difference_update_internal.
template <class T, class O>
void difference_update_internal(const Set<T>& so, const O& other) {
    auto& t = so.table();
    if constexpr (std::is_same_v<O, Set<T>>) {
        if (so.is(other)) {
            t.clear();
            return;
        }
        if ((other.size() >> 3) > so.size()) {
            Set<T> inter = intersection(so, other);
            inter.for_each([&](const T& k, Int h) { t.discard(k, h); });
        } else {
            other.for_each([&](const T& k, Int h) { t.discard(k, h); });
        }
    } else {
        for (auto&& x : other) {
            T k(x);
            t.discard(k, hash(k));
        }
    }
    if (static_cast<std::size_t>(t.fill() - t.used()) <= t.mask() / 4) return;
    t.resize(t.used() > 50000 ? t.used() * 2 : t.used() * 4);
}

template <class T>
Set<T> copy(const Set<T>& so) {
    Set<T> r;
    r.table().merge(so.table());
    return r;
}

/// set_difference(so, other) -> a new set.
template <class T, class O>
Set<T> difference(const Set<T>& so, const O& other) {
    if constexpr (std::is_same_v<O, Set<T>> || is_dict<O>::value) {
        Int other_size = other.size();
        if ((so.size() >> 2) > other_size) {
            Set<T> r = copy(so);
            difference_update_internal(r, other);
            return r;
        }
        Set<T> result;
        so.for_each([&](const T& k, Int h) {
            bool in_other;
            if constexpr (std::is_same_v<O, Set<T>>) in_other = other.table().contains(k, h);
            else in_other = other.data().lookup(k, h) >= 0;
            if (!in_other) result.table().add(k, h);
        });
        return result;
    } else {
        Set<T> r = copy(so);
        difference_update_internal(r, other);
        return r;
    }
}

/// set_symmetric_difference_update.
template <class T, class O>
void symmetric_difference_update(const Set<T>& so, const O& other) {
    auto& t = so.table();
    if constexpr (std::is_same_v<O, Set<T>>) {
        if (so.is(other)) {
            t.clear();
            return;
        }
        other.for_each([&](const T& k, Int h) {
            if (!t.discard(k, h)) t.add(k, h);
        });
    } else if constexpr (is_dict<O>::value) {
        auto& data = other.data();
        for (std::size_t i = 0; i < data.entries.size(); ++i)
            if (data.entries[i].live) {
                T k(data.entries[i].key);
                if (!t.discard(k, data.entries[i].hash)) t.add(k, data.entries[i].hash);
            }
    } else {
        Set<T> otherset;
        update_internal(otherset, other);
        symmetric_difference_update(so, otherset);
    }
}

}  // namespace detail_set

template <class T>
bool eq(const Set<T>& a, const Set<T>& b) {
    if (a.size() != b.size()) return false;
    return detail_set::issubset(a, b);
}

namespace ops {

template <class T>
void set_add(const Set<T>& s, const std::type_identity_t<T>& x) {
    s.add(x);
}
template <class T>
void set_discard(const Set<T>& s, const std::type_identity_t<T>& x) {
    s.discard(x);
}
template <class T>
void set_remove(const Set<T>& s, const std::type_identity_t<T>& x) {
    if (!s.discard(x)) raise<KeyError>(std::string(repr(x).view()));
}
template <class T>
T set_pop(const Set<T>& s) {
    return s.table().pop();
}
template <class T>
void set_clear(const Set<T>& s) {
    s.table().clear();
}
template <class T>
Set<T> set_copy(const Set<T>& s) {
    return detail_set::copy(s);
}

template <class T, class... O>
Set<T> set_union(const Set<T>& s, const O&... others) {
    Set<T> r = detail_set::copy(s);
    (
        [&] {
            if constexpr (std::is_same_v<O, Set<T>>)
                if (s.is(others)) return;
            detail_set::update_internal(r, others);
        }(),
        ...);
    return r;
}
template <class T>
Set<T> set_union(const Set<T>& s, std::type_identity_t<std::initializer_list<Iterator<T>>> others) {
    Set<T> r = detail_set::copy(s);
    for (const auto& o : others) detail_set::update_internal(r, o);
    return r;
}

template <class T, class... O>
Set<T> set_intersection(const Set<T>& s, const O&... others) {
    if constexpr (sizeof...(O) == 0) {
        return detail_set::copy(s);
    } else {
        Set<T> r = s;
        ((r = detail_set::intersection(r, others)), ...);
        return r;
    }
}
template <class T>
Set<T> set_intersection(const Set<T>& s, std::type_identity_t<std::initializer_list<Iterator<T>>> others) {
    if (others.size() == 0) return detail_set::copy(s);
    Set<T> r = s;
    for (const auto& o : others) r = detail_set::intersection(r, o);
    return r;
}

template <class T, class O0, class... O>
Set<T> set_difference_impl(const Set<T>& s, const O0& first, const O&... rest) {
    Set<T> r = detail_set::difference(s, first);
    (detail_set::difference_update_internal(r, rest), ...);
    return r;
}
template <class T, class... O>
Set<T> set_difference(const Set<T>& s, const O&... others) {
    if constexpr (sizeof...(O) == 0) return detail_set::copy(s);
    else return set_difference_impl(s, others...);
}
template <class T>
Set<T> set_difference(const Set<T>& s, std::type_identity_t<std::initializer_list<Iterator<T>>> others) {
    if (others.size() == 0) return detail_set::copy(s);
    auto it = others.begin();
    Set<T> r = detail_set::difference(s, *it);
    for (++it; it != others.end(); ++it) detail_set::difference_update_internal(r, *it);
    return r;
}

template <class T, class O>
Set<T> set_symmetric_difference(const Set<T>& s, const O& other) {
    Set<T> otherset;
    detail_set::update_internal(otherset, other);
    detail_set::symmetric_difference_update(otherset, s);
    return otherset;
}
template <class T, class O>
bool set_issubset(const Set<T>& s, const O& other) {
    if constexpr (std::is_same_v<O, Set<T>>) {
        return detail_set::issubset(s, other);
    } else {
        Set<T> tmp;
        detail_set::update_internal(tmp, other);
        return detail_set::issubset(s, tmp);
    }
}
template <class T, class O>
bool set_issuperset(const Set<T>& s, const O& other) {
    if constexpr (std::is_same_v<O, Set<T>>) {
        return detail_set::issubset(other, s);
    } else {
        for (auto&& x : other)
            if (!s.contains(T(x))) return false;
        return true;
    }
}
template <class T, class O>
bool set_isdisjoint(const Set<T>& s, const O& other) {
    if constexpr (std::is_same_v<O, Set<T>>) {
        if (s.is(other)) return s.empty();
        const Set<T>* big = &s;
        const Set<T>* small = &other;
        if (other.size() > s.size()) std::swap(big, small);
        bool disjoint = true;
        small->for_each([&](const T& k, Int h) {
            if (disjoint && big->table().contains(k, h)) disjoint = false;
        });
        return disjoint;
    } else {
        for (auto&& x : other)
            if (s.contains(T(x))) return false;
        return true;
    }
}

template <class T, class... O>
void set_update(const Set<T>& s, const O&... others) {
    (detail_set::update_internal(s, others), ...);
}
template <class T>
void set_update(const Set<T>& s, std::type_identity_t<std::initializer_list<Iterator<T>>> others) {
    for (const auto& o : others) detail_set::update_internal(s, o);
}
template <class T, class... O>
void set_intersection_update(const Set<T>& s, const O&... others) {
    Set<T> tmp = set_intersection(s, others...);
    if (!tmp.is(s)) s.table().swap_bodies(tmp.table());
}
template <class T>
void set_intersection_update(const Set<T>& s, std::type_identity_t<std::initializer_list<Iterator<T>>> others) {
    Set<T> tmp = set_intersection(s, others);
    if (!tmp.is(s)) s.table().swap_bodies(tmp.table());
}
template <class T, class... O>
void set_difference_update(const Set<T>& s, const O&... others) {
    (detail_set::difference_update_internal(s, others), ...);
}
template <class T>
void set_difference_update(const Set<T>& s, std::type_identity_t<std::initializer_list<Iterator<T>>> others) {
    for (const auto& o : others) detail_set::difference_update_internal(s, o);
}
template <class T, class O>
void set_symmetric_difference_update(const Set<T>& s, const O& other) {
    detail_set::symmetric_difference_update(s, other);
}

template <class T>
Int builtins_len(const Set<T>& s) noexcept {
    return s.size();
}
template <class T>
bool operator_contains(const Set<T>& s, const std::type_identity_t<T>& x) {
    return s.contains(x);
}

// operators
template <class T>
Set<T> operator_or_(const Set<T>& a, const Set<T>& b) {
    Set<T> r = detail_set::copy(a);
    if (!a.is(b)) detail_set::update_internal(r, b);
    return r;
}
template <class T>
Set<T> operator_and_(const Set<T>& a, const Set<T>& b) {
    return detail_set::intersection(a, b);
}
template <class T>
Set<T> operator_sub(const Set<T>& a, const Set<T>& b) {
    return detail_set::difference(a, b);
}
template <class T>
Set<T> operator_xor(const Set<T>& a, const Set<T>& b) {
    return set_symmetric_difference(a, b);
}
template <class T>
Set<T> operator_ior(const Set<T>& a, const Set<T>& b) {
    detail_set::update_internal(a, b);
    return a;
}
template <class T>
Set<T> operator_iand(const Set<T>& a, const Set<T>& b) {
    Set<T> tmp = detail_set::intersection(a, b);
    a.table().swap_bodies(tmp.table());
    return a;
}
template <class T>
Set<T> operator_isub(const Set<T>& a, const Set<T>& b) {
    detail_set::difference_update_internal(a, b);
    return a;
}
template <class T>
Set<T> operator_ixor(const Set<T>& a, const Set<T>& b) {
    detail_set::symmetric_difference_update(a, b);
    return a;
}
template <class T>
bool operator_eq(const Set<T>& a, const Set<T>& b) {
    return eq(a, b);
}
template <class T>
bool operator_ne(const Set<T>& a, const Set<T>& b) {
    return !eq(a, b);
}
template <class T>
bool operator_le(const Set<T>& a, const Set<T>& b) {
    return detail_set::issubset(a, b);
}
template <class T>
bool operator_lt(const Set<T>& a, const Set<T>& b) {
    return a.size() < b.size() && detail_set::issubset(a, b);
}
template <class T>
bool operator_ge(const Set<T>& a, const Set<T>& b) {
    return detail_set::issubset(b, a);
}
template <class T>
bool operator_gt(const Set<T>& a, const Set<T>& b) {
    return a.size() > b.size() && detail_set::issubset(b, a);
}

}  // namespace ops

template <class T>
bool lt(const Set<T>& a, const Set<T>& b) {
    return ops::operator_lt(a, b);
}
template <class T>
bool le(const Set<T>& a, const Set<T>& b) {
    return ops::operator_le(a, b);
}
template <class T>
bool gt(const Set<T>& a, const Set<T>& b) {
    return ops::operator_gt(a, b);
}
template <class T>
bool ge(const Set<T>& a, const Set<T>& b) {
    return ops::operator_ge(a, b);
}

}  // namespace pyaot
