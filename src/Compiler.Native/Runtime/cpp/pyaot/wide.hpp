// PythonAot C++ runtime: 128-bit intermediates of nested int arithmetic (`2 ** 63 - 1`, `mid * mid <= n`).
//
// CPython's int grows without bound; ours is int64 and raises OverflowError where a value leaves it. The emitter
// evaluates a nested tree of int +, -, * and ** (and a comparison of one) in 128 bits, and checks the int64 range
// only where the value leaves the tree, so an intermediate that CPython holds as a small bignum does not raise.
#pragma once

#include <cstdint>
#include <limits>

#include "numbers.hpp"

namespace pyaot::wide {

using W = __int128;

[[noreturn]] inline void overflow() { detail::int_overflow(); }

inline W add(W a, W b) { return detail::checked_add<W>(a, b); }
inline W sub(W a, W b) { return detail::checked_sub<W>(a, b); }
inline W mul(W a, W b) { return detail::checked_mul<W>(a, b); }
inline W neg(W a) { return sub(0, a); }
/// a ** b for b >= 0 (the emitter passes only a constant, non-negative exponent).
inline W pow(W base, W exp) {
    W result = 1;
    while (exp > 0) {
        if (exp & 1) result = mul(result, base);
        exp >>= 1;
        if (exp > 0) base = mul(base, base);
    }
    return result;
}
/// The value where it leaves the tree: it must fit int64.
inline Int narrow(W a) {
    if (a > std::numeric_limits<Int>::max() || a < std::numeric_limits<Int>::min()) overflow();
    return static_cast<Int>(a);
}

// ---- the int64 fast path ----------------------------------------------------------------------------------------
// The emitter evaluates a tree first in int64 with these: each step sets `bad` where int64 overflows, and only then
// evaluates the tree again in 128 bits (its leaves are quiet and cannot raise, so evaluating them twice cannot show).
// Where no step overflows, every intermediate is exact, so the int64 result is the exact result.

inline Int fadd(Int a, Int b, bool& bad) noexcept {
    Int r;
    bad |= __builtin_add_overflow(a, b, &r);
    return r;
}
inline Int fsub(Int a, Int b, bool& bad) noexcept {
    Int r;
    bad |= __builtin_sub_overflow(a, b, &r);
    return r;
}
inline Int fmul(Int a, Int b, bool& bad) noexcept {
    Int r;
    bad |= __builtin_mul_overflow(a, b, &r);
    return r;
}
inline Int fneg(Int a, bool& bad) noexcept {
    bad |= a == std::numeric_limits<Int>::min();
    return static_cast<Int>(0ULL - static_cast<std::uint64_t>(a));
}
/// a ** b for b >= 0 (a constant, non-negative exponent).
inline Int fpow(Int base, Int exp, bool& bad) noexcept {
    Int result = 1;
    while (exp > 0) {
        if (exp & 1) result = fmul(result, base, bad);
        exp >>= 1;
        if (exp > 0) base = fmul(base, base, bad);
    }
    return result;
}

}  // namespace pyaot::wide
