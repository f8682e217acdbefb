// PythonAot C++ runtime: builtins over numbers: abs, round, divmod, pow, int(), float(), bool(), bin/hex/oct, hash,
// and the generic repr()/str()/ascii() and operator.truth/not_ (chr/ord are with str in str_ops.hpp).
#pragma once

#include <cerrno>
#include <charconv>
#include <cmath>
#include <cstdlib>
#include <limits>
#include <string>
#include <string_view>
#include <type_traits>

#include "core.hpp"
#include "exceptions.hpp"
#include "numbers.hpp"
#include "str.hpp"
#include "format.hpp"
#include "tuple.hpp"

namespace pyaot {

namespace detail {

/// int(x) of a float: truncated; ValueError for NaN, OverflowError for an infinity and beyond int64.
inline Int float_to_int(double x) {
    if (std::isnan(x)) raise<ValueError>("cannot convert float NaN to integer");
    if (std::isinf(x)) raise<OverflowError>("cannot convert float infinity to integer");
    double t = std::trunc(x);
    if (!(t >= -9223372036854775808.0 && t < 9223372036854775808.0)) int_overflow();
    return static_cast<Int>(t);
}

/// repr(s) limited to 200 code points (CPython's %.200R).
inline std::string repr_200(const Str& s) {
    std::string r = repr(s).utf8();
    std::size_t cut = utf8_offset(r, 200);
    return r.substr(0, cut);
}

/// _PyUnicode_TransformDecimalAndSpaceToASCII: Unicode whitespace -> ' ', Unicode decimal digits -> '0'..'9',
/// other non-ASCII -> '?'.
inline std::string decimal_and_space_to_ascii(std::string_view s) {
    std::string out;
    out.reserve(s.size());
    const char* p = s.data();
    const char* end = p + s.size();
    while (p < end) {
        unsigned char c = static_cast<unsigned char>(*p);
        if (c < 0x80) {
            out += static_cast<char>(c);
            ++p;
            continue;
        }
        char32_t cp = unicode::decode(p);
        if (unicode::is_space(cp)) out += ' ';
        else if (int d = unicode::decimal_value(cp); d >= 0) out += static_cast<char>('0' + d);
        else out += '?';
    }
    return out;
}

inline bool py_isspace(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\v' || c == '\f';
}

inline int digit_value(char c) {
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'a' && c <= 'z') return c - 'a' + 10;
    if (c >= 'A' && c <= 'Z') return c - 'A' + 10;
    return 99;
}

/// PyLong_FromString over int64 (the text already transformed to ASCII).
inline Int parse_int(const Str& original, Int base_arg) {
    if ((base_arg != 0 && base_arg < 2) || base_arg > 36) raise<ValueError>("int() base must be >= 2 and <= 36, or 0");
    std::string text = decimal_and_space_to_ascii(original.view());
    const char* str = text.c_str();
    int base = static_cast<int>(base_arg);
    auto fail = [&]() -> Int {
        raise<ValueError>("invalid literal for int() with base " + std::to_string(base_arg) + ": " +
                          repr_200(original));
    };
    if (text.find('\0') != std::string::npos) fail();
    while (*str && py_isspace(*str)) ++str;
    bool negative = false;
    if (*str == '+') ++str;
    else if (*str == '-') {
        ++str;
        negative = true;
    }
    bool error_if_nonzero = false;
    if (base == 0) {
        if (str[0] != '0') base = 10;
        else if (str[1] == 'x' || str[1] == 'X') base = 16;
        else if (str[1] == 'o' || str[1] == 'O') base = 8;
        else if (str[1] == 'b' || str[1] == 'B') base = 2;
        else {
            error_if_nonzero = true;
            base = 10;
        }
    }
    if (str[0] == '0' && ((base == 16 && (str[1] == 'x' || str[1] == 'X')) ||
                          (base == 8 && (str[1] == 'o' || str[1] == 'O')) ||
                          (base == 2 && (str[1] == 'b' || str[1] == 'B')))) {
        str += 2;
        if (*str == '_') ++str;
    }
    if (str[0] == '_') fail();
    const char* start = str;
    char prev = 0;
    Int digits = 0;
    unsigned __int128 acc = 0;
    bool overflow = false;
    const unsigned __int128 limit = static_cast<unsigned __int128>(std::numeric_limits<Int>::max()) + 1;
    while (digit_value(*str) < base || *str == '_') {
        if (*str == '_') {
            if (prev == '_') fail();
        } else {
            ++digits;
            if (!overflow) {
                acc = acc * static_cast<unsigned>(base) + static_cast<unsigned>(digit_value(*str));
                if (acc > limit) overflow = true;
            }
        }
        prev = *str;
        ++str;
    }
    if (prev == '_') fail();
    if (str == start) fail();
    if ((base & (base - 1)) != 0 && digits > 4300)
        raise<ValueError>("Exceeds the limit (4300 digits) for integer string conversion: value has " +
                          std::to_string(digits) + " digits; use sys.set_int_max_str_digits() to increase the limit");
    if (error_if_nonzero && (acc != 0 || overflow)) fail();
    while (*str && py_isspace(*str)) ++str;
    if (*str != '\0') fail();
    if (overflow || (!negative && acc == limit)) int_overflow();
    return negative ? static_cast<Int>(0 - static_cast<std::uint64_t>(acc)) : static_cast<Int>(acc);
}

/// PyFloat_FromString: whitespace, underscores between digits, inf/infinity/nan in any case.
inline Float parse_float(const Str& original) {
    std::string text = decimal_and_space_to_ascii(original.view());
    auto fail = [&]() -> Float {
        raise<ValueError>("could not convert string to float: " + repr(original).utf8());
    };
    std::size_t b = 0, e = text.size();
    while (b < e && py_isspace(text[b])) ++b;
    while (e > b && py_isspace(text[e - 1])) --e;
    std::string s;
    s.reserve(e - b);
    for (std::size_t i = b; i < e; ++i) {
        char c = text[i];
        if (c == '_') {
            bool ok = i > b && i + 1 < e && text[i - 1] >= '0' && text[i - 1] <= '9' && text[i + 1] >= '0' &&
                      text[i + 1] <= '9';
            if (!ok) fail();
            continue;
        }
        if (c == '\0') fail();
        s += c;
    }
    if (s.empty()) fail();
    // validate: [sign] (digits [. digits?] | . digits) [e [sign] digits] | [sign] inf | infinity | nan
    std::size_t i = 0;
    bool negative = false;
    if (s[i] == '+' || s[i] == '-') {
        negative = s[i] == '-';
        ++i;
    }
    std::string rest = s.substr(i);
    std::string lower;
    for (char c : rest) lower += static_cast<char>(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c);
    if (lower == "inf" || lower == "infinity") return negative ? -HUGE_VAL : HUGE_VAL;
    if (lower == "nan") return negative ? -std::numeric_limits<double>::quiet_NaN() : std::numeric_limits<double>::quiet_NaN();
    std::size_t j = 0, n = rest.size();
    std::size_t int_digits = 0, frac_digits = 0;
    while (j < n && rest[j] >= '0' && rest[j] <= '9') ++j, ++int_digits;
    if (j < n && rest[j] == '.') {
        ++j;
        while (j < n && rest[j] >= '0' && rest[j] <= '9') ++j, ++frac_digits;
    }
    if (int_digits + frac_digits == 0) fail();
    if (j < n && (rest[j] == 'e' || rest[j] == 'E')) {
        ++j;
        if (j < n && (rest[j] == '+' || rest[j] == '-')) ++j;
        std::size_t exp_digits = 0;
        while (j < n && rest[j] >= '0' && rest[j] <= '9') ++j, ++exp_digits;
        if (exp_digits == 0) fail();
    }
    if (j != n) fail();
    return std::strtod(s.c_str(), nullptr);
}

/// round(x, ndigits) for a finite float: the exact decimal value rounded half-even at 10**-ndigits, read back.
inline Float round_float_digits(double x, Int ndigits) {
    std::string dec;
    if (ndigits >= 0) {
        DecimalDigits d = dtoa(x, 3, static_cast<int>(ndigits));
        if (d.digits.empty()) d.digits = "0", d.decpt = 1;
        dec = (d.negative ? "-" : "") + std::string("0.") + d.digits + "e" + std::to_string(d.decpt);
    } else {
        // exact integer part (trunc(x) is an integral double: its fixed digits are exact) and a sticky fraction
        double t = std::trunc(x);
        bool sticky = t != x;
        char buf[400];
        auto res = std::to_chars(buf, buf + sizeof buf, std::fabs(t), std::chars_format::fixed, 0);
        std::string digits(buf, res.ptr);
        std::size_t k = static_cast<std::size_t>(-ndigits);
        if (digits.size() < k) {
            // |x| < 10**k / 10: rounds to 0 unless it is above half (impossible: half is 5 * 10**(k-1) > |x|)
            return 0.0 * x;
        }
        std::string head = digits.substr(0, digits.size() - k);
        std::string tail = digits.substr(digits.size() - k);
        int cmp;  // tail + sticky vs 5000...
        if (tail[0] > '5') cmp = 1;
        else if (tail[0] < '5') cmp = -1;
        else {
            cmp = sticky ? 1 : 0;
            for (std::size_t q = 1; q < tail.size() && cmp == 0; ++q)
                if (tail[q] != '0') cmp = 1;
        }
        if (head.empty()) head = "0";
        bool odd = (head.back() - '0') % 2 == 1;
        if (cmp > 0 || (cmp == 0 && odd)) {
            // increment head
            int p = static_cast<int>(head.size()) - 1;
            while (p >= 0 && head[static_cast<std::size_t>(p)] == '9') head[static_cast<std::size_t>(p--)] = '0';
            if (p < 0) head.insert(head.begin(), '1');
            else head[static_cast<std::size_t>(p)]++;
        }
        dec = (std::signbit(x) ? "-" : "") + head + "e" + std::to_string(k);
    }
    errno = 0;
    double r = std::strtod(dec.c_str(), nullptr);
    if (std::isinf(r)) raise<OverflowError>("rounded value too large to represent");
    return r;
}

/// Python's pow(base, exp, mod) over int64 (the product through __int128).
inline Int pow_mod(Int base, Int exp, Int mod) {
    if (mod == 0) raise<ValueError>("pow() 3rd argument cannot be 0");
    bool negative_mod = mod < 0;
    unsigned __int128 m = negative_mod ? static_cast<unsigned __int128>(0 - static_cast<std::uint64_t>(mod))
                                       : static_cast<unsigned __int128>(static_cast<std::uint64_t>(mod));
    auto reduce = [&](Int v) -> unsigned __int128 {
        __int128 r = static_cast<__int128>(v) % static_cast<__int128>(m);
        if (r < 0) r += static_cast<__int128>(m);
        return static_cast<unsigned __int128>(r);
    };
    unsigned __int128 b = reduce(base);
    if (exp < 0) {
        // modular inverse by the extended Euclidean algorithm
        __int128 a = static_cast<__int128>(b), n = static_cast<__int128>(m);
        __int128 x0 = 1, x1 = 0;
        while (n != 0) {
            __int128 q = a / n;
            __int128 t = a - q * n;
            a = n;
            n = t;
            t = x0 - q * x1;
            x0 = x1;
            x1 = t;
        }
        if (a != 1) raise<ValueError>("base is not invertible for the given modulus");
        __int128 inv = x0 % static_cast<__int128>(m);
        if (inv < 0) inv += static_cast<__int128>(m);
        b = static_cast<unsigned __int128>(inv);
    }
    std::uint64_t e = exp < 0 ? 0 - static_cast<std::uint64_t>(exp) : static_cast<std::uint64_t>(exp);
    unsigned __int128 r = 1 % m;
    for (std::uint64_t e2 = e; e2 > 0; e2 >>= 1) {
        if (e2 & 1) r = r * b % m;
        b = b * b % m;
    }
    Int res = static_cast<Int>(r);
    if (negative_mod && res != 0) res = res + mod;
    return res;
}

inline std::string int_to_base(Int v, int base, const char* prefix) {
    bool negative = v < 0;
    std::uint64_t mag = negative ? 0 - static_cast<std::uint64_t>(v) : static_cast<std::uint64_t>(v);
    char buf[80];
    char* p = buf + sizeof buf;
    do {
        *--p = "0123456789abcdef"[mag % static_cast<unsigned>(base)];
        mag /= static_cast<unsigned>(base);
    } while (mag != 0);
    std::string out = negative ? "-" : "";
    out += prefix;
    out.append(p, static_cast<std::size_t>(buf + sizeof buf - p));
    return out;
}

}  // namespace detail

namespace ops {

// ---- abs, round, divmod, pow -------------------------------------------------------------------------------------

inline Int builtins_abs(Int x) { return x < 0 ? detail::checked_neg(x) : x; }
inline Float builtins_abs(Float x) noexcept { return std::fabs(x); }
inline Int builtins_abs(bool x) noexcept { return x ? 1 : 0; }
template <PyIntegral T>
    requires(!std::is_same_v<T, bool> && !std::is_same_v<T, Int>)
Int builtins_abs(T x) {
    return builtins_abs(static_cast<Int>(x));
}

/// round(int) / round(int, None): the int.
template <PyIntegral T>
Int builtins_round(T x) noexcept {
    return static_cast<Int>(x);
}
template <PyIntegral T>
Int builtins_round(T x, None) noexcept {
    return static_cast<Int>(x);
}
/// round(int, n): to a multiple of 10**-n, half to even.
template <PyIntegral T, PyIntegral N>
Int builtins_round(T xv, N nv) {
    Int x = static_cast<Int>(xv), n = static_cast<Int>(nv);
    if (n >= 0) return x;
    if (n < -19) return 0;
    __int128 pow10 = 1;
    for (Int k = 0; k < -n; ++k) pow10 *= 10;
    __int128 v = x;
    __int128 q = v / pow10, r = v % pow10;
    if (r < 0) {
        r += pow10;
        q -= 1;
    }
    __int128 twice = 2 * r;
    if (twice > pow10 || (twice == pow10 && (q & 1))) q += 1;
    __int128 result = q * pow10;
    if (result > std::numeric_limits<Int>::max() || result < std::numeric_limits<Int>::min()) detail::int_overflow();
    return static_cast<Int>(result);
}
template <PyIntegral T, class N>
    requires(!PyNumeric<N> && !std::is_same_v<N, None>)
Int builtins_round(T x, const N& n) {  // int | None
    if (n.is_none()) return static_cast<Int>(x);
    return builtins_round(x, *n);
}
/// round(float): the nearest int, half to even.
inline Int builtins_round(Float x) { return detail::float_to_int(std::nearbyint(x)); }
inline Int builtins_round(Float x, None) { return builtins_round(x); }
/// round(float, n): correctly rounded as CPython's double_round (half to even on the exact value).
template <PyIntegral N>
Float builtins_round(Float x, N nv) {
    Int n = static_cast<Int>(nv);
    if (!std::isfinite(x)) return x;
    if (n > 323) return x;
    if (n < -308) return 0.0 * x;
    if (x == 0.0) return x;
    return detail::round_float_digits(x, n);
}

template <PyNumeric A, PyNumeric B>
auto builtins_divmod(A a, B b) {
    if constexpr (PyIntegral<A> && PyIntegral<B>) {
        Int x = static_cast<Int>(a), y = static_cast<Int>(b);
        if (y == 0) raise<ZeroDivisionError>("integer division or modulo by zero");
        if (y == -1) return Tuple<Int, Int>(detail::checked_neg(x), Int{0});
        return Tuple<Int, Int>(detail::floor_div_unchecked(x, y), detail::floor_mod_unchecked(x, y));
    } else {
        Float x = static_cast<Float>(a), y = static_cast<Float>(b);
        if (y == 0.0) raise<ZeroDivisionError>("float divmod()");
        double q, m;
        detail_num::float_divmod(x, y, q, m);
        return Tuple<Float, Float>(q, m);
    }
}

template <PyNumeric A, PyNumeric B>
auto builtins_pow(A a, B b) {
    return operator_pow(a, b);
}
template <PyIntegral A, PyIntegral B, PyIntegral C>
Int builtins_pow(A a, B b, C c) {
    return detail::pow_mod(static_cast<Int>(a), static_cast<Int>(b), static_cast<Int>(c));
}

// ---- int(), float(), bool() ------------------------------------------------------------------------------------

inline Int builtins_int() noexcept { return 0; }
template <PyIntegral T>
Int builtins_int(T x) noexcept {
    return static_cast<Int>(x);
}
inline Int builtins_int(Float x) { return detail::float_to_int(x); }
inline Int builtins_int(const Str& s) { return detail::parse_int(s, 10); }
template <PyIntegral B>
Int builtins_int(const Str& s, B base) {
    return detail::parse_int(s, static_cast<Int>(base));
}

inline Float builtins_float() noexcept { return 0.0; }
template <PyNumeric T>
Float builtins_float(T x) noexcept {
    return static_cast<Float>(x);
}
inline Float builtins_float(const Str& s) { return detail::parse_float(s); }

inline bool builtins_bool() noexcept { return false; }
template <class T>
bool builtins_bool(const T& x) {
    return truth(x);
}

// ---- bin, hex, oct, hash -----------------------------------------------------------------------------------------

template <PyIntegral T>
Str builtins_bin(T x) {
    return Str(detail::int_to_base(static_cast<Int>(x), 2, "0b"));
}
template <PyIntegral T>
Str builtins_oct(T x) {
    return Str(detail::int_to_base(static_cast<Int>(x), 8, "0o"));
}
template <PyIntegral T>
Str builtins_hex(T x) {
    return Str(detail::int_to_base(static_cast<Int>(x), 16, "0x"));
}

/// hash(x): the protocol function (TypeError for list, dict and set from their own hash overloads).
template <class T>
Int builtins_hash(const T& x) {
    return hash(x);
}

// ---- repr(), str(x), ascii(), operator.truth / not_ -------------------------------------------------------------

template <class T>
Str builtins_repr(const T& x) {
    return repr(x);
}
template <class T>
Str builtins_str(const T& x) {
    return str(x);
}
template <class T>
Str builtins_ascii(const T& x) {
    return Str(detail::ascii_escape(repr(x).view()));
}

template <class T>
bool operator_truth(const T& x) {
    return truth(x);
}
template <class T>
bool operator_not_(const T& x) {
    return !truth(x);
}

}  // namespace ops

}  // namespace pyaot
