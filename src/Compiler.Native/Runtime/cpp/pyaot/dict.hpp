// PythonAot C++ runtime: Dict<K, V> and the dict.* operations.
//
// Dict<K, V> is a reference type (a handle to a refcounted table). The table is CPython's compact dict: a dense
// vector of entries in insertion order {hash, key, value, live} plus an open-addressing index (int32 slots: -1
// empty, -2 deleted, else an entry number) probed with CPython's perturbation scheme. Deletion marks the entry
// dead (its key and value are released at once) and the slot deleted; a resize (when the entries reach 2/3 of the
// index) compacts the entries. Iteration order is insertion order, as in CPython.
// Range-for yields the keys (by value); the loop raises RuntimeError("dictionary changed size during iteration")
// when the dict's size changes under it, and "dictionary keys changed during iteration" when it finds more entries
// than the dict had when the loop began (a key deleted and another inserted), as CPython's dict iterator does. Keys are compared by hash then eq(); hash(K) is the protocol function.
#pragma once

#include <cstdint>
#include <initializer_list>
#include <string>
#include <type_traits>
#include <utility>
#include <vector>

#include "core.hpp"
#include "exceptions.hpp"
#include "iterator.hpp"
#include "list.hpp"
#include "numbers.hpp"
#include "optional.hpp"
#include "str.hpp"
#include "tuple.hpp"
#include "union.hpp"

namespace pyaot {

template <class K, class V>
class Dict {
public:
    using key_type = K;
    using mapped_type = V;
    using value_type = K;  // what iteration yields

    struct Entry {
        Int hash;
        K key;
        V value;
        bool live;
    };

    /// The runtime's buffer allocator (pyaot/memory.hpp): a big dict's arrays get huge pages.
    using Entries = std::vector<Entry, memory::BufferAllocator<Entry>>;

    struct Data : RefCounted {
        Entries entries;  // insertion order; dead entries until the next resize
        std::vector<std::int32_t, memory::BufferAllocator<std::int32_t>> index;  // power-of-2 size (or empty before the first insertion)
        Int used = 0;  // live entries
        Int fill = 0;  // index slots not empty (live + deleted): a resize comes when it reaches 2/3 of the index

        static constexpr std::int32_t kEmpty = -1;
        static constexpr std::int32_t kDummy = -2;

        /// The entry number of key, or -1.
        Int lookup(const K& key, Int h) const {
            if (index.empty()) return -1;
            std::size_t mask = index.size() - 1;
            std::uint64_t perturb = static_cast<std::uint64_t>(h);
            std::size_t i = static_cast<std::size_t>(h) & mask;
            for (;;) {
                std::int32_t ix = index[i];
                if (ix == kEmpty) return -1;
                if (ix >= 0) {
                    const Entry& e = entries[static_cast<std::size_t>(ix)];
                    if (e.hash == h && eq(e.key, key)) return ix;
                }
                perturb >>= 5;
                i = (i * 5 + perturb + 1) & mask;
            }
        }
        /// The index slot that holds entry number `ix` (which must be present).
        std::size_t slot_of(Int ix, Int h) const {
            std::size_t mask = index.size() - 1;
            std::uint64_t perturb = static_cast<std::uint64_t>(h);
            std::size_t i = static_cast<std::size_t>(h) & mask;
            while (index[i] != ix) {
                perturb >>= 5;
                i = (i * 5 + perturb + 1) & mask;
            }
            return i;
        }
        void insert_slot(Int h, Int ix) {
            std::size_t mask = index.size() - 1;
            std::uint64_t perturb = static_cast<std::uint64_t>(h);
            std::size_t i = static_cast<std::size_t>(h) & mask;
            while (index[i] != kEmpty) {
                perturb >>= 5;
                i = (i * 5 + perturb + 1) & mask;
            }
            index[i] = static_cast<std::int32_t>(ix);
        }
        /// Rebuilds the index for at least `min_used` items, compacting the entries.
        void resize(Int min_used) {
            std::size_t size = 8;
            while (static_cast<Int>(size) < min_used * 3) size <<= 1;
            if (size > (std::size_t(1) << 31)) raise<MemoryError>();
            if (used != static_cast<Int>(entries.size())) {
                Entries live;
                live.reserve(static_cast<std::size_t>(used));
                for (auto& e : entries)
                    if (e.live) live.push_back(std::move(e));
                entries.swap(live);
            }
            index.assign(size, kEmpty);
            for (std::size_t k = 0; k < entries.size(); ++k) insert_slot(entries[k].hash, static_cast<Int>(k));
            fill = used;
            entries.reserve(size * 2 / 3);
        }
        /// Appends a new entry (the key is known to be absent).
        V& insert_new(Int h, K key, V value) {
            if (index.empty() || fill >= static_cast<Int>(index.size() * 2 / 3)) resize(used + 1);
            Int ix = static_cast<Int>(entries.size());
            entries.push_back(Entry{h, std::move(key), std::move(value), true});
            insert_slot(h, ix);
            ++used;
            ++fill;
            return entries.back().value;
        }
        /// Removes entry ix (live); returns its key and value.
        std::pair<K, V> remove_at(Int ix) {
            Entry& e = entries[static_cast<std::size_t>(ix)];
            index[slot_of(ix, e.hash)] = kDummy;
            std::pair<K, V> kv{std::move(e.key), std::move(e.value)};
            e.key = K();
            e.value = V();
            e.live = false;
            --used;
            while (!entries.empty() && !entries.back().live) entries.pop_back();
            return kv;
        }
    };

    /// A new empty dict.
    Dict() : d_(make<Data>()) {}
    /// {k1: v1, k2: v2} (later pairs win).
    Dict(std::initializer_list<std::pair<K, V>> items) : d_(make<Data>()) {
        for (const auto& kv : items) set(kv.first, kv.second);
    }

    Int size() const noexcept { return d_->used; }
    bool empty() const noexcept { return d_->used == 0; }
    bool is(const Dict& o) const noexcept { return d_ == o.d_; }
    Data& data() const noexcept { return *d_; }

    /// The value for key, or null.
    V* find(const K& key) const {
        Int ix = d_->lookup(key, hash(key));
        return ix < 0 ? nullptr : &d_->entries[static_cast<std::size_t>(ix)].value;
    }
    bool contains(const K& key) const { return d_->lookup(key, hash(key)) >= 0; }
    /// d[key]; KeyError(repr(key)) when absent.
    V& at(const K& key) const {
        V* v = find(key);
        if (!v) raise_key_error(key);
        return *v;
    }
    /// d[key] = value (an existing key keeps its position).
    void set(K key, V value) const {
        Int h = hash(key);
        Int ix = d_->lookup(key, h);
        if (ix >= 0) {
            d_->entries[static_cast<std::size_t>(ix)].value = std::move(value);
            return;
        }
        d_->insert_new(h, std::move(key), std::move(value));
    }
    /// The value for key, inserting `dflt` first when absent (setdefault).
    V& get_or_insert(const K& key, V dflt) const {
        Int h = hash(key);
        Int ix = d_->lookup(key, h);
        if (ix >= 0) return d_->entries[static_cast<std::size_t>(ix)].value;
        return d_->insert_new(h, key, std::move(dflt));
    }
    /// Removes key; false when absent.
    bool erase(const K& key) const {
        Int ix = d_->lookup(key, hash(key));
        if (ix < 0) return false;
        d_->remove_at(ix);
        return true;
    }

    [[noreturn]] static void raise_key_error(const K& key) { raise<KeyError>(std::string(repr(key).view())); }

    struct iterator {
        Ref<Data> d;
        std::size_t i;
        Int expected;
        /// The entries still to yield (CPython's di->len): a body that deletes a key and inserts another keeps the
        /// size but appends entries; without the count such a loop would never end.
        Int remaining;
        void skip() {
            if (d->used != expected) raise<RuntimeError>("dictionary changed size during iteration");
            while (i < d->entries.size() && !d->entries[i].live) ++i;
            if (i < d->entries.size() && remaining == 0) raise<RuntimeError>("dictionary keys changed during iteration");
        }
        K operator*() const { return d->entries[i].key; }
        /// The live entry the iterator is at (what the views read their items from).
        const Entry& entry() const noexcept { return d->entries[i]; }
        iterator& operator++() {
            --remaining;
            ++i;
            skip();
            return *this;
        }
        bool operator!=(IterEnd) const noexcept { return i < d->entries.size(); }
        bool operator==(IterEnd) const noexcept { return i >= d->entries.size(); }
    };
    iterator begin() const {
        iterator it{d_, 0, d_->used, d_->used};
        it.skip();
        return it;
    }
    IterEnd end() const noexcept { return {}; }

    /// Calls f(key, value) for each live entry in order (no copies; f must not change the dict's size).
    template <class F>
    void for_each(F&& f) const {
        Int expected = d_->used;
        for (std::size_t i = 0; i < d_->entries.size(); ++i) {
            Entry& e = d_->entries[i];
            if (!e.live) continue;
            f(e.key, e.value);
            if (d_->used != expected) raise<RuntimeError>("dictionary changed size during iteration");
        }
    }

private:
    Ref<Data> d_;
};

template <class X>
struct is_dict : std::false_type {};
template <class K, class V>
struct is_dict<Dict<K, V>> : std::true_type {};

template <class K, class V>
Str repr(const Dict<K, V>& d) {
    std::string out = "{";
    bool first = true;
    d.for_each([&](const K& k, const V& v) {
        if (!first) out += ", ";
        first = false;
        out += repr(k).view();
        out += ": ";
        out += repr(v).view();
    });
    out += '}';
    return Str(std::move(out));
}
template <class K, class V>
Str str(const Dict<K, V>& d) {
    return repr(d);
}
template <class K, class V>
bool truth(const Dict<K, V>& d) noexcept {
    return !d.empty();
}
template <class K, class V>
bool eq(const Dict<K, V>& a, const Dict<K, V>& b) {
    if (a.is(b)) return true;
    if (a.size() != b.size()) return false;
    bool same = true;
    a.for_each([&](const K& k, const V& v) {
        if (!same) return;
        V* w = b.find(k);
        if (!w || !eq(v, *w)) same = false;
    });
    return same;
}
template <class K, class V>
Int hash(const Dict<K, V>&) {
    raise<TypeError>("unhashable type: 'dict'");
}

namespace ops {

template <class K, class V>
Optional<V> dict_get(const Dict<K, V>& d, const std::type_identity_t<K>& key) {
    V* v = d.find(key);
    if (!v) return none;
    return *v;
}
/// d.get(key, default): V when default is a V, Optional<V> for None, else Union<V, D>.
template <class K, class V, class D>
auto dict_get(const Dict<K, V>& d, const std::type_identity_t<K>& key, const D& dflt) {
    V* v = d.find(key);
    if constexpr (std::is_same_v<D, V> || (std::is_convertible_v<const D&, V> && !std::is_same_v<D, None>)) {
        return v ? *v : V(dflt);
    } else if constexpr (std::is_same_v<D, None>) {
        return v ? Optional<V>(*v) : Optional<V>(none);
    } else {
        using R = Union<V, D>;
        return v ? R(*v) : R(dflt);
    }
}

// dict.keys(), dict.values(), dict.items(): the views in dict_views.hpp.

template <class K, class V>
V dict_pop(const Dict<K, V>& d, const std::type_identity_t<K>& key) {
    auto& data = d.data();
    Int ix = data.lookup(key, hash(key));
    if (ix < 0) Dict<K, V>::raise_key_error(key);
    return data.remove_at(ix).second;
}
template <class K, class V, class D>
V dict_pop(const Dict<K, V>& d, const std::type_identity_t<K>& key, const D& dflt) {
    auto& data = d.data();
    Int ix = data.lookup(key, hash(key));
    if (ix < 0) return V(dflt);
    return data.remove_at(ix).second;
}
template <class K, class V>
Tuple<K, V> dict_popitem(const Dict<K, V>& d) {
    auto& data = d.data();
    if (data.used == 0) raise<KeyError>("'popitem(): dictionary is empty'");
    Int ix = static_cast<Int>(data.entries.size()) - 1;  // the last entry is live (dead tails are trimmed)
    auto kv = data.remove_at(ix);
    return Tuple<K, V>(std::move(kv.first), std::move(kv.second));
}
template <class K, class V>
V dict_setdefault(const Dict<K, V>& d, const std::type_identity_t<K>& key, const std::type_identity_t<V>& dflt) {
    return d.get_or_insert(key, dflt);
}
template <class K, class V>
void dict_update(const Dict<K, V>& d, const Dict<K, V>& other) {
    if (d.is(other)) return;
    other.for_each([&](const K& k, const V& v) { d.set(k, v); });
}
template <class K, class V, class It, class = std::enable_if_t<!is_dict<It>::value>>
void dict_update(const Dict<K, V>& d, const It& pairs) {
    for (auto&& kv : pairs) d.set(K(std::get<0>(kv)), V(std::get<1>(kv)));
}
template <class K, class V>
void dict_clear(const Dict<K, V>& d) {
    auto& data = d.data();
    typename Dict<K, V>::Entries old;
    old.swap(data.entries);
    data.index.clear();
    data.used = 0;
    data.fill = 0;
}
template <class K, class V>
Dict<K, V> dict_copy(const Dict<K, V>& d) {
    Dict<K, V> out;
    auto& src = d.data();
    auto& dst = out.data();
    if (src.used == static_cast<Int>(src.entries.size())) {
        dst.entries = src.entries;
        dst.index = src.index;
        dst.used = src.used;
        dst.fill = src.fill;
    } else {
        d.for_each([&](const K& k, const V& v) { out.set(k, v); });
    }
    return out;
}

template <class K, class V>
Int builtins_len(const Dict<K, V>& d) noexcept {
    return d.size();
}

template <class K, class V>
V operator_getitem(const Dict<K, V>& d, const std::type_identity_t<K>& key) {
    return d.at(key);
}
template <class K, class V, class X>
void operator_setitem(const Dict<K, V>& d, const std::type_identity_t<K>& key, X&& value) {
    d.set(key, V(std::forward<X>(value)));
}
template <class K, class V>
void operator_delitem(const Dict<K, V>& d, const std::type_identity_t<K>& key) {
    if (!d.erase(key)) Dict<K, V>::raise_key_error(key);
}
template <class K, class V>
bool operator_contains(const Dict<K, V>& d, const std::type_identity_t<K>& key) {
    return d.contains(key);
}
template <class K, class V>
Dict<K, V> operator_or_(const Dict<K, V>& a, const Dict<K, V>& b) {
    Dict<K, V> out = dict_copy(a);
    dict_update(out, b);
    return out;
}
template <class K, class V>
Dict<K, V> operator_ior(const Dict<K, V>& a, const Dict<K, V>& b) {
    dict_update(a, b);
    return a;
}
template <class K, class V, class It, class = std::enable_if_t<!is_dict<It>::value>>
Dict<K, V> operator_ior(const Dict<K, V>& a, const It& pairs) {
    dict_update(a, pairs);
    return a;
}
template <class K, class V>
bool operator_eq(const Dict<K, V>& a, const Dict<K, V>& b) {
    return eq(a, b);
}
template <class K, class V>
bool operator_ne(const Dict<K, V>& a, const Dict<K, V>& b) {
    return !eq(a, b);
}

}  // namespace ops
}  // namespace pyaot
