// PythonAot C++ runtime: Range (Python's range object) and its operations.
//
// A value type {start, stop, step} with its length computed once (as an unsigned 64-bit count: a range may hold
// more than 2**63 - 1 numbers; len() then raises OverflowError like CPython's "Python int too large to convert to
// C ssize_t"). Range-for is a counted loop (no overflow past stop). repr `range(0, 5)`, `range(0, 10, 2)`;
// eq/hash compare as sequences (CPython's range_richcompare / range_hash).
#pragma once

#include <cstdint>
#include <string>

#include "core.hpp"
#include "exceptions.hpp"
#include "iterator.hpp"
#include "list.hpp"
#include "numbers.hpp"
#include "str.hpp"
#include "tuple.hpp"

namespace pyaot {

class Range {
public:
    using value_type = Int;
    Range() noexcept = default;
    explicit Range(Int stop) noexcept : Range(0, stop, 1, 0) {}
    Range(Int start, Int stop, Int step = 1) : Range(start, stop, step, 0) {
        if (step == 0) raise<ValueError>("range() arg 3 must not be zero");
    }

    Int start() const noexcept { return start_; }
    Int stop() const noexcept { return stop_; }
    Int step() const noexcept { return step_; }
    std::uint64_t ulength() const noexcept { return len_; }
    /// len(r).
    Int size() const {
        if (len_ > static_cast<std::uint64_t>(INT64_MAX)) raise<OverflowError>("Python int too large to convert to C ssize_t");
        return static_cast<Int>(len_);
    }
    bool empty() const noexcept { return len_ == 0; }
    /// r[i] (Python index); IndexError("range object index out of range").
    Int operator[](Int i) const {
        std::uint64_t k;
        if (i < 0) {
            std::uint64_t neg = static_cast<std::uint64_t>(-(i + 1)) + 1;
            if (neg > len_) raise<IndexError>("range object index out of range");
            k = len_ - neg;
        } else {
            k = static_cast<std::uint64_t>(i);
            if (k >= len_) raise<IndexError>("range object index out of range");
        }
        return item(k);
    }
    /// The k-th number (k < len).
    Int item(std::uint64_t k) const noexcept {
        return static_cast<Int>(static_cast<std::uint64_t>(start_) + k * static_cast<std::uint64_t>(step_));
    }
    bool contains(Int x) const noexcept {
        if (len_ == 0) return false;
        if (step_ > 0) {
            if (x < start_ || x >= stop_) return false;
            return (static_cast<std::uint64_t>(x) - static_cast<std::uint64_t>(start_)) % static_cast<std::uint64_t>(step_) == 0;
        }
        if (x > start_ || x <= stop_) return false;
        return (static_cast<std::uint64_t>(start_) - static_cast<std::uint64_t>(x)) % (0 - static_cast<std::uint64_t>(step_)) == 0;
    }

    struct iterator {
        Int cur;
        Int step;
        std::uint64_t left;
        Int operator*() const noexcept { return cur; }
        iterator& operator++() noexcept {
            if (--left) cur = static_cast<Int>(static_cast<std::uint64_t>(cur) + static_cast<std::uint64_t>(step));
            return *this;
        }
        bool operator!=(IterEnd) const noexcept { return left != 0; }
        bool operator==(IterEnd) const noexcept { return left == 0; }
    };
    iterator begin() const noexcept { return iterator{start_, step_, len_}; }
    IterEnd end() const noexcept { return {}; }

private:
    Range(Int start, Int stop, Int step, int) noexcept : start_(start), stop_(stop), step_(step) {
        if (step > 0 && start < stop)
            len_ = (static_cast<std::uint64_t>(stop) - static_cast<std::uint64_t>(start) - 1) / static_cast<std::uint64_t>(step) + 1;
        else if (step < 0 && start > stop)
            len_ = (static_cast<std::uint64_t>(start) - static_cast<std::uint64_t>(stop) - 1) / (0 - static_cast<std::uint64_t>(step)) + 1;
        else
            len_ = 0;
    }
    Int start_ = 0, stop_ = 0, step_ = 1;
    std::uint64_t len_ = 0;
};

template <>
struct TypeName<Range> {
    static const char* get(const Range&) noexcept { return "range"; }
};

inline Str repr(const Range& r) {
    std::string out = "range(" + std::string(repr(r.start()).view()) + ", " + std::string(repr(r.stop()).view());
    if (r.step() != 1) out += ", " + std::string(repr(r.step()).view());
    out += ')';
    return Str(std::move(out));
}
inline Str str(const Range& r) { return repr(r); }
inline bool truth(const Range& r) noexcept { return !r.empty(); }
inline bool eq(const Range& a, const Range& b) noexcept {
    if (a.ulength() != b.ulength()) return false;
    if (a.ulength() == 0) return true;
    if (a.start() != b.start()) return false;
    if (a.ulength() == 1) return true;
    return a.step() == b.step();
}
inline Int hash(const Range& r) {
    detail::TupleHasher h;
    h.add(hash(static_cast<Int>(r.ulength())));
    if (r.ulength() == 0) {
        h.add(hash(none));
        h.add(hash(none));
    } else {
        h.add(hash(r.start()));
        h.add(r.ulength() == 1 ? hash(none) : hash(r.step()));
    }
    return h.finish(3);
}

namespace ops {

inline Range builtins_range(Int stop) noexcept { return Range(stop); }
inline Range builtins_range(Int start, Int stop) { return Range(start, stop, 1); }
inline Range builtins_range(Int start, Int stop, Int step) { return Range(start, stop, step); }

inline Int builtins_len(const Range& r) { return r.size(); }
inline Int operator_getitem(const Range& r, Int i) { return r[i]; }
inline Range operator_getitem(const Range& r, const Slice& s) {
    SliceIndices ix = s.indices(r.size());
    Int start, stop, step;
    // start + i * step for the slice's start, stop and step (checked: beyond int64 CPython would need bigints)
    auto at = [&](Int i) {
        Int p, q;
        if (__builtin_mul_overflow(i, r.step(), &p) || __builtin_add_overflow(r.start(), p, &q))
            raise<OverflowError>("int too large to fit in 64 bits");
        return q;
    };
    start = at(ix.start);
    stop = at(ix.stop);
    if (__builtin_mul_overflow(r.step(), ix.step, &step)) raise<OverflowError>("int too large to fit in 64 bits");
    return Range(start, stop, step);
}
inline bool operator_contains(const Range& r, Int x) noexcept { return r.contains(x); }
inline bool operator_eq(const Range& a, const Range& b) noexcept { return eq(a, b); }
inline bool operator_ne(const Range& a, const Range& b) noexcept { return !eq(a, b); }

/// reversed(range).
inline Iterator<Int> builtins_reversed(const Range& r) {
    std::uint64_t left = r.ulength();
    Int cur = left ? r.item(left - 1) : 0;
    Int step = r.step();
    return Iterator<Int>::from_fn([cur, step, left](std::optional<Int>& out) mutable {
        if (left == 0) return false;
        out = cur;
        if (--left) cur = static_cast<Int>(static_cast<std::uint64_t>(cur) - static_cast<std::uint64_t>(step));
        return true;
    });
}

}  // namespace ops
}  // namespace pyaot
