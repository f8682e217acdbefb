// PythonAot C++ runtime: Iterable<T>, a type-erased iterable value (Python's Iterable[T] / Collection[T] annotations).
#pragma once

#include <type_traits>
#include <utility>

#include "core.hpp"
#include "identity.hpp"
#include "iterator.hpp"
#include "str.hpp"
#include "tuple.hpp"

namespace pyaot {

/// repr(it) of an iterator: CPython names the iterator's class (`<list_iterator object at 0x...>`); a type-erased
/// Iterator<T> knows no class, so it says `iterator`. (Here, not in iterator.hpp, which comes before str.hpp.)
template <class T>
Str repr(const Iterator<T>& it) {
    return detail::identity_repr("iterator", it.identity());
}
template <class T>
Str str(const Iterator<T>& it) {
    return repr(it);
}
/// Iterators hash and compare by identity, as CPython's do.
template <class T>
Int hash(const Iterator<T>& it) {
    return detail::identity_hash(it.identity());
}
template <class T>
bool eq(const Iterator<T>& a, const Iterator<T>& b) {
    return a.is(b);
}

/// Iterable[T]: any iterable value, type-erased, for a parameter or variable annotated Iterable[T]. Each iteration
/// asks the value for a fresh iterator, as Python's iter(x) does: a list passed as Iterable[int] is gone over from
/// its start every time (`min(xs), max(xs)` sees every item twice), while a generator or an iterator continues
/// where it stands. A reference type: the value itself is shared, not copied. repr, str and truth are the value's.
template <class T>
class Iterable {
    struct Source : RefCounted {
        virtual Iterator<T> iter() const = 0;
        virtual Str repr() const = 0;
        virtual Str str() const = 0;
        virtual bool truth() const = 0;
        virtual Int hash() const = 0;
        /// == with another source: CPython compares the values themselves, and values of different types differ.
        virtual bool eq(const Source& other) const = 0;
    };
    template <class S>
    struct Holder final : Source {
        explicit Holder(S s) : value(std::move(s)) {}
        Iterator<T> iter() const override { return Iterator<T>(value); }
        Str repr() const override { return protocol_repr(value); }
        Str str() const override { return protocol_str(value); }
        bool truth() const override { return protocol_truth(value); }
        Int hash() const override { return protocol_hash(value); }
        bool eq(const Source& other) const override {
            const auto* same = dynamic_cast<const Holder*>(&other);
            return same != nullptr && protocol_eq(value, same->value);
        }
        S value;
    };

public:
    using value_type = T;

    /// An empty iterable (the value of a declared, not yet assigned variable).
    Iterable() : Iterable(Iterator<T>()) {}
    /// Any iterable whose items convert to T.
    template <class S, class = std::enable_if_t<!std::is_same_v<std::decay_t<S>, Iterable> && is_iterable<std::decay_t<S>>::value>>
    Iterable(S&& src) : source_(Ref<Source>(new Holder<std::decay_t<S>>(std::forward<S>(src)))) {}
    /// A fixed-shape tuple whose items all convert to T (`("x", "y")` passed as Iterable[str]), held as tuple[T, ...].
    template <class... A>
    Iterable(const Tuple<A...>& t) : Iterable(VarTuple<T>(t)) {}

    /// iter(x): a fresh iterator over the value.
    Iterator<T> iter() const { return source_->iter(); }
    auto begin() const { return iter().begin(); }
    IterEnd end() const noexcept { return {}; }

    Str repr_of_value() const { return source_->repr(); }
    Str str_of_value() const { return source_->str(); }
    bool truth_of_value() const { return source_->truth(); }
    Int hash_of_value() const { return source_->hash(); }
    bool eq_value(const Iterable& o) const { return source_ == o.source_ || source_->eq(*o.source_); }

private:
    // Found by argument-dependent lookup when Holder<S> is instantiated, after every container's header.
    template <class S>
    static Str protocol_repr(const S& v) { return repr(v); }
    template <class S>
    static Str protocol_str(const S& v) { return str(v); }
    template <class S>
    static bool protocol_truth(const S& v) { return truth(v); }
    template <class S>
    static Int protocol_hash(const S& v) { return hash(v); }
    template <class S>
    static bool protocol_eq(const S& a, const S& b) { return eq(a, b); }

    Ref<Source> source_;
};

template <class T>
Str repr(const Iterable<T>& x) {
    return x.repr_of_value();
}
template <class T>
Str str(const Iterable<T>& x) {
    return x.str_of_value();
}
template <class T>
bool truth(const Iterable<T>& x) {
    return x.truth_of_value();
}
template <class T>
Int hash(const Iterable<T>& x) {
    return x.hash_of_value();
}
template <class T>
bool eq(const Iterable<T>& a, const Iterable<T>& b) {
    return a.eq_value(b);
}

}  // namespace pyaot
