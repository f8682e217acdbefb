// PythonAot C++ runtime: int and float operators (overflow-checked int64, floor division/modulo, pow), protocol
// functions repr/str/hash/eq/lt/le/gt/ge/truth for Int, Float, bool, None; float repr (shortest round trip).
//
// Python int is int64 here: arithmetic that leaves int64 raises OverflowError("int too large to fit in 64 bits")
// instead of growing a bignum (the documented divergence). Everything else is CPython 3.11's behaviour and text.
//
// Include order: this header includes str.hpp (protocol functions return Str), so str.hpp must never include
// numbers.hpp. Templates elsewhere call these overloads unqualified; they must be declared before those templates
// (argument-dependent lookup does not find overloads for int64_t and double).
#pragma once

#include <cerrno>
#include <cstdio>
#include <charconv>
#include <cmath>
#include <cstdint>
#include <cstring>
#include <limits>
#include <string>
#include <string_view>
#include <system_error>
#include <type_traits>

#include "core.hpp"
#include "exceptions.hpp"
#include "str.hpp"

namespace pyaot {

/// An integral C++ type standing for a Python int (bool included: True + 1 == 2).
template <class T>
concept PyIntegral = std::is_integral_v<T>;
/// Any C++ arithmetic type standing for a Python int, bool or float.
template <class T>
concept PyNumeric = std::is_arithmetic_v<T>;

namespace detail {

[[noreturn]] inline void int_overflow() { raise<OverflowError>("int too large to fit in 64 bits"); }

// a + b, a - b, a * b that raise OverflowError where T (int64 by default; wide.hpp's 128-bit intermediates too)
// cannot hold the result. The operands are not deduced, so int arguments convert to T as plain functions would.
template <class T = Int>
inline T checked_add(std::type_identity_t<T> a, std::type_identity_t<T> b) {
    T r;
    if (__builtin_add_overflow(a, b, &r)) int_overflow();
    return r;
}
template <class T = Int>
inline T checked_sub(std::type_identity_t<T> a, std::type_identity_t<T> b) {
    T r;
    if (__builtin_sub_overflow(a, b, &r)) int_overflow();
    return r;
}
template <class T = Int>
inline T checked_mul(std::type_identity_t<T> a, std::type_identity_t<T> b) {
    T r;
    if (__builtin_mul_overflow(a, b, &r)) int_overflow();
    return r;
}
inline Int checked_neg(Int a) {
    if (a == std::numeric_limits<Int>::min()) int_overflow();
    return -a;
}

/// a // b rounding toward -inf (b != 0, not (min, -1)).
inline Int floor_div_unchecked(Int a, Int b) noexcept {
    Int q = a / b;
    if ((a % b != 0) && ((a < 0) != (b < 0))) --q;
    return q;
}
/// a % b with the sign of b (b != 0; min % -1 == 0 handled).
inline Int floor_mod_unchecked(Int a, Int b) noexcept {
    if (b == -1) return 0;
    Int r = a % b;
    if (r != 0 && ((r < 0) != (b < 0))) r += b;
    return r;
}

/// Three-way comparison of an int and a float, exact (as CPython's float_richcompare): -1, 0, 1, or 2 for NaN.
inline int compare_int_float(Int i, Float d) noexcept {
    if (std::isnan(d)) return 2;
    if (d >= 9223372036854775808.0) return -1;
    if (d < -9223372036854775808.0) return 1;
    double t = std::trunc(d);  // exactly representable as int64 in this range
    Int ti = static_cast<Int>(t);
    if (i < ti) return -1;
    if (i > ti) return 1;
    double frac = d - t;
    if (frac > 0) return -1;
    if (frac < 0) return 1;
    return 0;
}

// ---- float -> text: CPython's PyOS_double_to_string over std::to_chars --------------------------------------

/// The decimal digits of a finite double as _Py_dg_dtoa returns them: no leading or trailing zeros (an exact zero
/// is "0"), decpt = the position of the decimal point relative to the first digit.
struct DecimalDigits {
    std::string digits;
    int decpt = 0;
    bool negative = false;
};

/// Parses to_chars scientific output "[-]d[.ddd]e[+-]XX" into digits (trailing zeros stripped) and decpt.
inline void parse_scientific(const char* first, const char* last, DecimalDigits& out) {
    const char* p = first;
    out.negative = false;
    if (p < last && *p == '-') {
        out.negative = true;
        ++p;
    }
    out.digits.clear();
    while (p < last && *p != 'e') {
        if (*p != '.') out.digits.push_back(*p);
        ++p;
    }
    int exp = 0;
    if (p < last) {
        ++p;  // 'e'
        bool neg = false;
        if (*p == '-' || *p == '+') {
            neg = *p == '-';
            ++p;
        }
        while (p < last) exp = exp * 10 + (*p++ - '0');
        if (neg) exp = -exp;
    }
    while (out.digits.size() > 1 && out.digits.back() == '0') out.digits.pop_back();
    out.decpt = exp + 1;
}

/// Mode 0 (shortest round-trip digits), 2 (ndigits significant digits) or 3 (ndigits after the point) of
/// _Py_dg_dtoa for a finite d. In mode 3 a value that rounds to zero gives no digits and decpt = -ndigits.
inline DecimalDigits dtoa(double d, int mode, int ndigits) {
    DecimalDigits r;
    if (d == 0.0) {
        r.digits = "0";
        r.decpt = 1;
        r.negative = std::signbit(d);
        return r;
    }
    if (mode == 0) {
        char buf[64];
        auto res = std::to_chars(buf, buf + sizeof buf, d, std::chars_format::scientific);
        parse_scientific(buf, res.ptr, r);
        return r;
    }
    if (mode == 2) {
        if (ndigits < 1) ndigits = 1;
        std::string buf(static_cast<std::size_t>(ndigits) + 32, '\0');
        auto res = std::to_chars(buf.data(), buf.data() + buf.size(), d, std::chars_format::scientific, ndigits - 1);
        parse_scientific(buf.data(), res.ptr, r);
        return r;
    }
    // mode 3
    std::string buf(static_cast<std::size_t>(ndigits) + 340, '\0');
    auto res = std::to_chars(buf.data(), buf.data() + buf.size(), d, std::chars_format::fixed, ndigits);
    const char* p = buf.data();
    const char* last = res.ptr;
    if (*p == '-') {
        r.negative = true;
        ++p;
    }
    int int_digits = 0;
    bool seen_point = false;
    bool leading = true;
    int leading_frac_zeros = 0;
    for (; p < last; ++p) {
        if (*p == '.') {
            seen_point = true;
            continue;
        }
        if (leading && *p == '0') {
            if (seen_point) ++leading_frac_zeros;
            continue;
        }
        leading = false;
        r.digits.push_back(*p);
        if (!seen_point) ++int_digits;
    }
    while (!r.digits.empty() && r.digits.back() == '0') r.digits.pop_back();
    if (r.digits.empty()) {
        r.decpt = -ndigits;
    } else if (int_digits > 0) {
        r.decpt = int_digits;
    } else {
        r.decpt = -leading_frac_zeros;
    }
    return r;
}

/// Flags of PyOS_double_to_string.
enum : int { DTSF_SIGN = 1, DTSF_ADD_DOT_0 = 2, DTSF_ALT = 4, DTSF_NO_NEG_0 = 8 };

/// CPython's PyOS_double_to_string (the short-repr build): format_code one of e E f F g G r; flags DTSF_*.
inline std::string double_to_string(double d, char format_code, int precision, int flags) {
    bool upper = false;
    int mode = 0;
    switch (format_code) {
        case 'E': upper = true; format_code = 'e'; [[fallthrough]];
        case 'e': mode = 2; precision++; break;
        case 'F': upper = true; format_code = 'f'; [[fallthrough]];
        case 'f': mode = 3; break;
        case 'G': upper = true; format_code = 'g'; [[fallthrough]];
        case 'g':
            mode = 2;
            if (precision == 0) precision = 1;
            break;
        default:  // 'r'
            mode = 0;
            precision = 0;
            break;
    }
    const bool always_add_sign = flags & DTSF_SIGN;
    const bool add_dot_0_if_integer = flags & DTSF_ADD_DOT_0;
    const bool use_alt_formatting = flags & DTSF_ALT;
    const bool no_negative_zero = flags & DTSF_NO_NEG_0;

    std::string out;
    if (!std::isfinite(d)) {
        if (std::isnan(d)) {
            if (always_add_sign) out += '+';
            out += upper ? "NAN" : "nan";
        } else {
            if (d < 0) out += '-';
            else if (always_add_sign) out += '+';
            out += upper ? "INF" : "inf";
        }
        return out;
    }
    DecimalDigits dd = dtoa(d, mode, precision);
    const std::string& digits = dd.digits;
    const long digits_len = static_cast<long>(digits.size());
    long decpt = dd.decpt;
    bool sign = dd.negative;
    if (no_negative_zero && sign && (digits_len == 0 || (digits_len == 1 && digits[0] == '0'))) sign = false;

    long vdigits_end = digits_len;
    bool use_exp = false;
    int exp = 0;
    switch (format_code) {
        case 'e':
            use_exp = true;
            vdigits_end = precision;
            break;
        case 'f':
            vdigits_end = decpt + precision;
            break;
        case 'g':
            if (decpt <= -4 || decpt > (add_dot_0_if_integer ? precision - 1 : precision)) use_exp = true;
            if (use_alt_formatting) vdigits_end = precision;
            break;
        default:  // 'r'
            if (decpt <= -4 || decpt > 16) use_exp = true;
            break;
    }
    if (use_exp) {
        exp = static_cast<int>(decpt) - 1;
        decpt = 1;
    }
    long vdigits_start = decpt <= 0 ? decpt - 1 : 0;
    if (!use_exp && add_dot_0_if_integer)
        vdigits_end = vdigits_end > decpt ? vdigits_end : decpt + 1;
    else
        vdigits_end = vdigits_end > decpt ? vdigits_end : decpt;

    out.reserve(static_cast<std::size_t>(vdigits_end - vdigits_start) + 16);
    if (sign) out += '-';
    else if (always_add_sign) out += '+';

    if (decpt <= 0) {
        out.append(static_cast<std::size_t>(decpt - vdigits_start), '0');
        out += '.';
        out.append(static_cast<std::size_t>(-decpt), '0');
    } else {
        out.append(static_cast<std::size_t>(-vdigits_start), '0');
    }
    if (0 < decpt && decpt <= digits_len) {
        out.append(digits, 0, static_cast<std::size_t>(decpt));
        out += '.';
        out.append(digits, static_cast<std::size_t>(decpt), std::string::npos);
    } else {
        out += digits;
    }
    if (digits_len < decpt) {
        out.append(static_cast<std::size_t>(decpt - digits_len), '0');
        out += '.';
        out.append(static_cast<std::size_t>(vdigits_end - decpt), '0');
    } else {
        out.append(static_cast<std::size_t>(vdigits_end - digits_len), '0');
    }
    if (out.back() == '.' && !use_alt_formatting) out.pop_back();
    if (use_exp) {
        out += upper ? 'E' : 'e';
        char buf[16];
        std::snprintf(buf, sizeof buf, "%+.02d", exp);
        out += buf;
    }
    return out;
}

/// repr(float) as std::string.
inline std::string float_repr(double d) { return double_to_string(d, 'r', 0, DTSF_ADD_DOT_0); }

/// str(int) as std::string.
inline std::string int_to_string(Int v) {
    char buf[24];
    auto res = std::to_chars(buf, buf + sizeof buf, v);
    return std::string(buf, res.ptr);
}

inline constexpr std::uint64_t kHashModulus = (std::uint64_t{1} << 61) - 1;
inline constexpr int kHashBits = 61;
inline constexpr Int kHashInf = 314159;

}  // namespace detail

// ---- protocol functions ----------------------------------------------------------------------------------------

inline Str repr(Int v) { return Str(detail::int_to_string(v)); }
inline Str str(Int v) { return repr(v); }
inline Str repr(Float v) { return Str(detail::float_repr(v)); }
inline Str str(Float v) { return repr(v); }
inline Str repr(bool v) { return Str(v ? "True" : "False"); }
inline Str str(bool v) { return repr(v); }
inline Str repr(None) { return Str("None"); }
inline Str str(None) { return Str("None"); }

/// hash(int): the value modulo 2**61 - 1 with its sign; -1 becomes -2 (CPython's long_hash).
inline Int hash(Int v) noexcept {
    std::uint64_t mag = v < 0 ? 0 - static_cast<std::uint64_t>(v) : static_cast<std::uint64_t>(v);
    Int h = static_cast<Int>(mag % detail::kHashModulus);
    if (v < 0) h = -h;
    return h == -1 ? -2 : h;
}
/// hash(float): CPython's _Py_HashDouble (an integral float hashes as the equal int). NaN hashes by identity in
/// CPython (nondeterministic); here 0.
inline Int hash(Float v) noexcept {
    if (!std::isfinite(v)) {
        if (std::isinf(v)) return v > 0 ? detail::kHashInf : -detail::kHashInf;
        return 0;
    }
    int e;
    double m = std::frexp(v, &e);
    int sign = 1;
    if (m < 0) {
        sign = -1;
        m = -m;
    }
    std::uint64_t x = 0;
    while (m != 0) {
        x = ((x << 28) & detail::kHashModulus) | x >> (detail::kHashBits - 28);
        m *= 268435456.0;
        e -= 28;
        std::uint64_t y = static_cast<std::uint64_t>(m);
        m -= static_cast<double>(y);
        x += y;
        if (x >= detail::kHashModulus) x -= detail::kHashModulus;
    }
    e = e >= 0 ? e % detail::kHashBits : detail::kHashBits - 1 - ((-1 - e) % detail::kHashBits);
    x = ((x << e) & detail::kHashModulus) | x >> (detail::kHashBits - e);
    x = x * static_cast<std::uint64_t>(static_cast<Int>(sign));
    if (x == static_cast<std::uint64_t>(-1)) x = static_cast<std::uint64_t>(-2);
    return static_cast<Int>(x);
}
inline Int hash(bool v) noexcept { return v ? 1 : 0; }
/// hash(None): CPython hashes None by address (nondeterministic); a fixed value here.
inline Int hash(None) noexcept { return 0xFCA86420; }

inline bool eq(Int a, Int b) noexcept { return a == b; }
inline bool eq(Float a, Float b) noexcept { return a == b; }
inline bool eq(bool a, bool b) noexcept { return a == b; }
inline bool eq(None, None) noexcept { return true; }
inline bool eq(Int a, Float b) noexcept { return detail::compare_int_float(a, b) == 0; }
inline bool eq(Float a, Int b) noexcept { return detail::compare_int_float(b, a) == 0; }

inline bool lt(Int a, Int b) noexcept { return a < b; }
inline bool le(Int a, Int b) noexcept { return a <= b; }
inline bool gt(Int a, Int b) noexcept { return a > b; }
inline bool ge(Int a, Int b) noexcept { return a >= b; }
inline bool lt(Float a, Float b) noexcept { return a < b; }
inline bool le(Float a, Float b) noexcept { return a <= b; }
inline bool gt(Float a, Float b) noexcept { return a > b; }
inline bool ge(Float a, Float b) noexcept { return a >= b; }
inline bool lt(bool a, bool b) noexcept { return a < b; }
inline bool le(bool a, bool b) noexcept { return a <= b; }
inline bool gt(bool a, bool b) noexcept { return a > b; }
inline bool ge(bool a, bool b) noexcept { return a >= b; }
inline bool lt(Int a, Float b) noexcept { return detail::compare_int_float(a, b) == -1; }
inline bool le(Int a, Float b) noexcept {
    int c = detail::compare_int_float(a, b);
    return c == -1 || c == 0;
}
inline bool gt(Int a, Float b) noexcept { return detail::compare_int_float(a, b) == 1; }
inline bool ge(Int a, Float b) noexcept {
    int c = detail::compare_int_float(a, b);
    return c == 1 || c == 0;
}
inline bool lt(Float a, Int b) noexcept { return gt(b, a); }
inline bool le(Float a, Int b) noexcept { return ge(b, a); }
inline bool gt(Float a, Int b) noexcept { return lt(b, a); }
inline bool ge(Float a, Int b) noexcept { return le(b, a); }

namespace detail {
[[noreturn]] inline void raise_unorderable(const char* op, const char* a, const char* b) {
    raise<TypeError>(std::string("'") + op + "' not supported between instances of '" + a + "' and '" + b + "'");
}
}  // namespace detail

inline bool lt(None, None) { detail::raise_unorderable("<", "NoneType", "NoneType"); }
inline bool le(None, None) { detail::raise_unorderable("<=", "NoneType", "NoneType"); }
inline bool gt(None, None) { detail::raise_unorderable(">", "NoneType", "NoneType"); }
inline bool ge(None, None) { detail::raise_unorderable(">=", "NoneType", "NoneType"); }

inline bool truth(Int v) noexcept { return v != 0; }
inline bool truth(Float v) noexcept { return v != 0.0; }
inline bool truth(bool v) noexcept { return v; }
inline bool truth(None) noexcept { return false; }

/// Other C++ integer types (an `int` literal, `long long`) behave as Int.
template <PyIntegral T>
    requires(!std::is_same_v<T, bool> && !std::is_same_v<T, Int>)
Str repr(T v) {
    return repr(static_cast<Int>(v));
}
template <PyIntegral T>
    requires(!std::is_same_v<T, bool> && !std::is_same_v<T, Int>)
Str str(T v) {
    return repr(static_cast<Int>(v));
}
template <PyIntegral T>
    requires(!std::is_same_v<T, bool> && !std::is_same_v<T, Int>)
Int hash(T v) noexcept {
    return hash(static_cast<Int>(v));
}
template <PyIntegral T>
    requires(!std::is_same_v<T, bool> && !std::is_same_v<T, Int>)
bool truth(T v) noexcept {
    return v != 0;
}

// ---- the operation library: operator.* over int, float and bool ------------------------------------------------

namespace ops {

namespace detail_num {
template <class A, class B>
inline constexpr bool both_int = PyIntegral<A> && PyIntegral<B>;
}

template <PyNumeric A, PyNumeric B>
auto operator_add(A a, B b) {
    if constexpr (detail_num::both_int<A, B>) return detail::checked_add(static_cast<Int>(a), static_cast<Int>(b));
    else return static_cast<Float>(a) + static_cast<Float>(b);
}
template <PyNumeric A, PyNumeric B>
auto operator_sub(A a, B b) {
    if constexpr (detail_num::both_int<A, B>) return detail::checked_sub(static_cast<Int>(a), static_cast<Int>(b));
    else return static_cast<Float>(a) - static_cast<Float>(b);
}
template <PyNumeric A, PyNumeric B>
auto operator_mul(A a, B b) {
    if constexpr (detail_num::both_int<A, B>) return detail::checked_mul(static_cast<Int>(a), static_cast<Int>(b));
    else return static_cast<Float>(a) * static_cast<Float>(b);
}

namespace detail_num {

inline int bit_length(std::uint64_t v) noexcept { return v == 0 ? 0 : 64 - __builtin_clzll(v); }

/// int / int correctly rounded (CPython's long_true_divide): the quotient to 55+ bits with a sticky bit, then one
/// rounding to double.
inline Float int_true_divide(Int a, Int b) {
    if (b == 0) raise<ZeroDivisionError>("division by zero");
    constexpr Int exact = Int{1} << 53;
    if (a >= -exact && a <= exact && b >= -exact && b <= exact) return static_cast<Float>(a) / static_cast<Float>(b);
    bool negative = (a < 0) != (b < 0);
    std::uint64_t n = a < 0 ? 0 - static_cast<std::uint64_t>(a) : static_cast<std::uint64_t>(a);
    std::uint64_t d = b < 0 ? 0 - static_cast<std::uint64_t>(b) : static_cast<std::uint64_t>(b);
    if (n == 0) return negative ? -0.0 : 0.0;
    int k = 55 + bit_length(d) - bit_length(n);  // n * 2**k / d >= 2**54
    unsigned __int128 num = n, den = d;
    if (k >= 0) num <<= k;
    else den <<= -k;
    unsigned __int128 q = num / den;
    unsigned __int128 r = num % den;
    std::uint64_t q64 = static_cast<std::uint64_t>(q) | (r != 0 ? 1u : 0u);  // q < 2**57
    double result = std::ldexp(static_cast<double>(q64), -k);
    return negative ? -result : result;
}

/// CPython's float_divmod.
inline void float_divmod(double vx, double wx, double& floordiv, double& mod) {
    mod = std::fmod(vx, wx);
    double div = (vx - mod) / wx;
    if (mod != 0.0) {
        if ((wx < 0) != (mod < 0)) {
            mod += wx;
            div -= 1.0;
        }
    } else {
        mod = std::copysign(0.0, wx);
    }
    if (div != 0.0) {
        floordiv = std::floor(div);
        if (div - floordiv > 0.5) floordiv += 1.0;
    } else {
        floordiv = std::copysign(0.0, vx / wx);
    }
}

inline bool is_odd_integer(double x) noexcept { return std::fmod(std::fabs(x), 2.0) == 1.0; }

inline Int int_pow(Int base, Int exp) {
    if (exp < 0) {
        if (base == 0) raise<ZeroDivisionError>("0.0 cannot be raised to a negative power");
        raise<ValueError>("int ** negative int gives a float, which an int result cannot hold (write float(a) ** b)");
    }
    Int result = 1;
    while (true) {
        if (exp & 1) result = detail::checked_mul(result, base);
        exp >>= 1;
        if (exp == 0) break;
        base = detail::checked_mul(base, base);
    }
    return result;
}

/// CPython's float_pow; a negative base with a fractional exponent (a complex in Python) raises ValueError.
inline Float float_pow(double iv, double iw) {
    if (iw == 0.0) return 1.0;
    if (std::isnan(iv)) return iv;
    if (std::isnan(iw)) return iv == 1.0 ? 1.0 : iw;
    if (std::isinf(iw)) {
        iv = std::fabs(iv);
        if (iv == 1.0) return 1.0;
        if ((iw > 0.0) == (iv > 1.0)) return std::fabs(iw);
        return 0.0;
    }
    if (std::isinf(iv)) {
        bool odd = is_odd_integer(iw);
        if (iw > 0.0) return odd ? iv : std::fabs(iv);
        return odd ? std::copysign(0.0, iv) : 0.0;
    }
    if (iv == 0.0) {
        bool odd = is_odd_integer(iw);
        if (iw < 0.0) raise<ZeroDivisionError>("0.0 cannot be raised to a negative power");
        return odd ? iv : 0.0;
    }
    bool negate = false;
    if (iv < 0.0) {
        if (iw != std::floor(iw))
            raise<ValueError>("negative number cannot be raised to a fractional power (Python gives a complex)");
        iv = -iv;
        negate = is_odd_integer(iw);
    }
    if (iv == 1.0) return negate ? -1.0 : 1.0;
    double ix = std::pow(iv, iw);
    if (std::isinf(ix)) raise<OverflowError>("(34, 'Numerical result out of range')");
    return negate ? -ix : ix;
}

}  // namespace detail_num

template <PyNumeric A, PyNumeric B>
Float operator_truediv(A a, B b) {
    if constexpr (detail_num::both_int<A, B>) {
        return detail_num::int_true_divide(static_cast<Int>(a), static_cast<Int>(b));
    } else {
        Float y = static_cast<Float>(b);
        if (y == 0.0) raise<ZeroDivisionError>("float division by zero");
        return static_cast<Float>(a) / y;
    }
}
template <PyNumeric A, PyNumeric B>
auto operator_floordiv(A a, B b) {
    if constexpr (detail_num::both_int<A, B>) {
        Int x = static_cast<Int>(a), y = static_cast<Int>(b);
        if (y == 0) raise<ZeroDivisionError>("integer division or modulo by zero");
        if (y == -1) return detail::checked_neg(x);
        return detail::floor_div_unchecked(x, y);
    } else {
        Float x = static_cast<Float>(a), y = static_cast<Float>(b);
        if (y == 0.0) raise<ZeroDivisionError>("float floor division by zero");
        double q, m;
        detail_num::float_divmod(x, y, q, m);
        return q;
    }
}
template <PyNumeric A, PyNumeric B>
auto operator_mod(A a, B b) {
    if constexpr (detail_num::both_int<A, B>) {
        Int x = static_cast<Int>(a), y = static_cast<Int>(b);
        if (y == 0) raise<ZeroDivisionError>("integer modulo by zero");
        return detail::floor_mod_unchecked(x, y);
    } else {
        Float x = static_cast<Float>(a), y = static_cast<Float>(b);
        if (y == 0.0) raise<ZeroDivisionError>("float modulo");
        double mod = std::fmod(x, y);
        if (mod != 0.0) {
            if ((y < 0) != (mod < 0)) mod += y;
        } else {
            mod = std::copysign(0.0, y);
        }
        return mod;
    }
}
template <PyNumeric A, PyNumeric B>
auto operator_pow(A a, B b) {
    if constexpr (detail_num::both_int<A, B>) return detail_num::int_pow(static_cast<Int>(a), static_cast<Int>(b));
    else return detail_num::float_pow(static_cast<Float>(a), static_cast<Float>(b));
}

inline Int operator_neg(Int a) { return detail::checked_neg(a); }
inline Float operator_neg(Float a) noexcept { return -a; }
inline Int operator_neg(bool a) noexcept { return a ? -1 : 0; }
inline Int operator_pos(Int a) noexcept { return a; }
inline Float operator_pos(Float a) noexcept { return a; }
inline Int operator_pos(bool a) noexcept { return a ? 1 : 0; }
inline Int operator_invert(Int a) noexcept { return ~a; }
inline Int operator_invert(bool a) noexcept { return a ? -2 : -1; }
template <PyIntegral T>
    requires(!std::is_same_v<T, bool> && !std::is_same_v<T, Int>)
Int operator_neg(T a) {
    return detail::checked_neg(static_cast<Int>(a));
}
template <PyIntegral T>
    requires(!std::is_same_v<T, bool> && !std::is_same_v<T, Int>)
Int operator_pos(T a) noexcept {
    return static_cast<Int>(a);
}
template <PyIntegral T>
    requires(!std::is_same_v<T, bool> && !std::is_same_v<T, Int>)
Int operator_invert(T a) noexcept {
    return ~static_cast<Int>(a);
}

/// and/or/xor of two bools is a bool; with an int operand it is the int's bitwise operation.
template <PyIntegral A, PyIntegral B>
auto operator_and_(A a, B b) noexcept {
    if constexpr (std::is_same_v<A, bool> && std::is_same_v<B, bool>) return static_cast<bool>(a && b);
    else return static_cast<Int>(static_cast<Int>(a) & static_cast<Int>(b));
}
template <PyIntegral A, PyIntegral B>
auto operator_or_(A a, B b) noexcept {
    if constexpr (std::is_same_v<A, bool> && std::is_same_v<B, bool>) return static_cast<bool>(a || b);
    else return static_cast<Int>(static_cast<Int>(a) | static_cast<Int>(b));
}
template <PyIntegral A, PyIntegral B>
auto operator_xor(A a, B b) noexcept {
    if constexpr (std::is_same_v<A, bool> && std::is_same_v<B, bool>) return static_cast<bool>(a != b);
    else return static_cast<Int>(static_cast<Int>(a) ^ static_cast<Int>(b));
}
template <PyIntegral A, PyIntegral B>
Int operator_lshift(A a, B b) {
    Int x = static_cast<Int>(a), n = static_cast<Int>(b);
    if (n < 0) raise<ValueError>("negative shift count");
    if (x == 0) return 0;
    if (n >= 64) detail::int_overflow();
    Int r = static_cast<Int>(static_cast<std::uint64_t>(x) << n);
    if ((r >> n) != x) detail::int_overflow();
    return r;
}
template <PyIntegral A, PyIntegral B>
Int operator_rshift(A a, B b) {
    Int x = static_cast<Int>(a), n = static_cast<Int>(b);
    if (n < 0) raise<ValueError>("negative shift count");
    if (n >= 64) return x < 0 ? -1 : 0;
    return x >> n;
}

// Comparisons: exact between int and float (not through float(a)); false with a NaN.
template <PyNumeric A, PyNumeric B>
bool operator_eq(A a, B b) noexcept {
    if constexpr (detail_num::both_int<A, B>) return static_cast<Int>(a) == static_cast<Int>(b);
    else if constexpr (PyIntegral<A>) return eq(static_cast<Int>(a), static_cast<Float>(b));
    else if constexpr (PyIntegral<B>) return eq(static_cast<Float>(a), static_cast<Int>(b));
    else return static_cast<Float>(a) == static_cast<Float>(b);
}
template <PyNumeric A, PyNumeric B>
bool operator_ne(A a, B b) noexcept {
    return !operator_eq(a, b);
}
#define PYAOT_NUMERIC_COMPARISON(name, op)                                                  \
    template <PyNumeric A, PyNumeric B>                                                     \
    bool operator_##name(A a, B b) noexcept {                                               \
        if constexpr (detail_num::both_int<A, B>) return static_cast<Int>(a) op static_cast<Int>(b); \
        else if constexpr (PyIntegral<A>) return name(static_cast<Int>(a), static_cast<Float>(b)); \
        else if constexpr (PyIntegral<B>) return name(static_cast<Float>(a), static_cast<Int>(b)); \
        else return static_cast<Float>(a) op static_cast<Float>(b);                        \
    }
PYAOT_NUMERIC_COMPARISON(lt, <)
PYAOT_NUMERIC_COMPARISON(le, <=)
PYAOT_NUMERIC_COMPARISON(gt, >)
PYAOT_NUMERIC_COMPARISON(ge, >=)
#undef PYAOT_NUMERIC_COMPARISON

inline bool operator_eq(None, None) noexcept { return true; }
inline bool operator_ne(None, None) noexcept { return false; }

}  // namespace ops

}  // namespace pyaot

// Instance's and BaseException's out-of-line members (the vtables of every exception raised above).
#include "instance.hpp"
