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

inline W add(W a, W b) {
    W r;
    if (__builtin_add_overflow(a, b, &r)) overflow();
    return r;
}
inline W sub(W a, W b) {
    W r;
    if (__builtin_sub_overflow(a, b, &r)) overflow();
    return r;
}
inline W mul(W a, W b) {
    W r;
    if (__builtin_mul_overflow(a, b, &r)) overflow();
    return r;
}
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

}  // namespace pyaot::wide
