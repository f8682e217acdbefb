// PythonAot C++ runtime: Iterator<T>, a type-erased one-pass iterator (Python's Iterator[T]), and the iteration
// traits the container templates share.
//
// Iterator<T> is a reference type (a handle: copies share the position, like Python iterator objects). next()
// returns the next item or raises StopIteration; try_next(out) is the exception-free form used by range-for and
// by the builtins. Any iterable runtime type converts to Iterator<T> implicitly (it is iterated lazily: the
// source is kept alive by the iterator), so a runtime function taking Iterator<T> accepts a list, a range, a
// generator, a str, a set, a dict (its keys).
#pragma once

#include <iterator>
#include <memory>
#include <optional>
#include <type_traits>
#include <utility>

#include "core.hpp"
#include "exceptions.hpp"

namespace pyaot {

/// The type an iterable yields under range-for (by value).
template <class It>
using iter_value_t = std::decay_t<decltype(*std::begin(std::declval<It&>()))>;

/// Whether It supports range-for.
template <class It, class = void>
struct is_iterable : std::false_type {};
template <class It>
struct is_iterable<It, std::void_t<decltype(std::begin(std::declval<It&>())), decltype(std::end(std::declval<It&>()))>>
    : std::true_type {};

/// End marker for runtime iterators (range-for accepts a begin/end pair of different types).
struct IterEnd {};

namespace detail {

/// The type-erased state of an Iterator<T>.
template <class T>
struct IteratorImpl : RefCounted {
    /// Stores the next item in `out` and returns true, or returns false when exhausted.
    virtual bool next(std::optional<T>& out) = 0;
};

/// Iterates any range-for iterable, owning (a copy of the handle of) the iterable. Lazy: iteration starts at the
/// first next() (so wrapping a generator does not run it).
template <class T, class It>
struct RangeForIterator final : IteratorImpl<T> {
    using Cur = decltype(std::begin(std::declval<It&>()));
    explicit RangeForIterator(It src) : src_(std::move(src)) {}
    bool next(std::optional<T>& out) override {
        if (!cur_) cur_.emplace(std::begin(src_));
        else ++*cur_;
        if (!(*cur_ != std::end(src_))) return false;
        out.emplace(**cur_);
        return true;
    }
    It src_;
    std::optional<Cur> cur_;
};

/// Adapts a source with `bool try_next(std::optional<T>&)` (a Generator, another Iterator).
template <class T, class Src>
struct TryNextIterator final : IteratorImpl<T> {
    explicit TryNextIterator(Src src) : src_(std::move(src)) {}
    bool next(std::optional<T>& out) override {
        if constexpr (std::is_same_v<typename Src::value_type, T>) {
            return src_.try_next(out);
        } else {
            std::optional<typename Src::value_type> tmp;
            if (!src_.try_next(tmp)) return false;
            out.emplace(std::move(*tmp));
            return true;
        }
    }
    Src src_;
};

/// Whether X has value_type and `bool try_next(std::optional<value_type>&) const`.
template <class X, class = void>
struct has_try_next : std::false_type {};
template <class X>
struct has_try_next<X, std::void_t<typename X::value_type,
                                   decltype(std::declval<const X&>().try_next(
                                       std::declval<std::optional<typename X::value_type>&>()))>>
    : std::true_type {};

/// An iterator computed by a callable: fn(std::optional<T>&) -> bool (the building block of map/filter/zip...).
template <class T, class Fn>
struct FnIterator final : IteratorImpl<T> {
    explicit FnIterator(Fn fn) : fn_(std::move(fn)) {}
    bool next(std::optional<T>& out) override { return fn_(out); }
    Fn fn_;
};

}  // namespace detail

template <class T>
class Iterator;

template <class X>
struct is_iterator_type : std::false_type {};
template <class T>
struct is_iterator_type<Iterator<T>> : std::true_type {};
/// Whether X is exactly Iterator<T>.
template <class X, class T>
inline constexpr bool is_iterator_of_v = std::is_same_v<X, Iterator<T>>;

template <class T>
class Iterator {
public:
    using value_type = T;

    /// An exhausted iterator.
    Iterator();
    explicit Iterator(Ref<detail::IteratorImpl<T>> impl) noexcept : impl_(std::move(impl)) {}
    /// Any iterable whose items convert to T (a list, a range, a generator, another Iterator<U>...).
    template <class It, class = std::enable_if_t<!std::is_same_v<std::decay_t<It>, Iterator> &&
                                                 is_iterable<std::decay_t<It>>::value>>
    Iterator(It&& src);

    /// Builds an iterator from fn(std::optional<T>& out) -> bool.
    template <class Fn>
    static Iterator from_fn(Fn fn) {
        return Iterator(Ref<detail::IteratorImpl<T>>(new detail::FnIterator<T, Fn>(std::move(fn))));
    }

    /// The next item, or false when exhausted (does not raise).
    bool try_next(std::optional<T>& out) const { return impl_->next(out); }
    /// next(it): the next item; StopIteration when exhausted.
    T next() const {
        std::optional<T> out;
        if (!impl_->next(out)) raise<StopIteration>();
        return std::move(*out);
    }

    /// Identity (iter(it) is it).
    bool is(const Iterator& o) const noexcept { return impl_ == o.impl_; }
    /// The iterator object's identity (what repr and hash show): its shared state, not this handle.
    const void* identity() const noexcept { return impl_.get(); }

    struct iterator {
        Ref<detail::IteratorImpl<T>> impl;
        std::optional<T> cur;
        bool done;
        T operator*() const { return *cur; }
        iterator& operator++() {
            cur.reset();
            done = !impl->next(cur);
            return *this;
        }
        bool operator!=(IterEnd) const noexcept { return !done; }
        bool operator==(IterEnd) const noexcept { return done; }
    };
    iterator begin() const {
        iterator it{impl_, std::nullopt, false};
        it.done = !impl_->next(it.cur);
        return it;
    }
    IterEnd end() const noexcept { return {}; }

private:
    Ref<detail::IteratorImpl<T>> impl_;
};

template <class T>
Iterator<T>::Iterator() : impl_(Ref<detail::IteratorImpl<T>>(new detail::FnIterator<T, bool (*)(std::optional<T>&)>(
                              [](std::optional<T>&) { return false; }))) {}

template <class T>
template <class It, class>
Iterator<T>::Iterator(It&& src) {
    using S = std::decay_t<It>;
    if constexpr (is_iterator_of_v<S, T>) {
        impl_ = src.impl_;
    } else if constexpr (detail::has_try_next<S>::value) {
        impl_ = Ref<detail::IteratorImpl<T>>(new detail::TryNextIterator<T, S>(S(std::forward<It>(src))));
    } else {
        impl_ = Ref<detail::IteratorImpl<T>>(new detail::RangeForIterator<T, S>(S(std::forward<It>(src))));
    }
}

template <class T>
bool truth(const Iterator<T>&) noexcept {
    return true;
}

}  // namespace pyaot
