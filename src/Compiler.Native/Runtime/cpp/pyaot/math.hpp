// PythonAot C++ runtime: the math module, as CPython 3.11's mathmodule.c computes it (its own gamma/lgamma, hypot
// and dist by vector_norm, fsum by Shewchuk's exact partials) with its errors: ValueError("math domain error"),
// OverflowError("math range error"). Integer functions work on int64 and raise OverflowError beyond it.
#pragma once

#include <cfloat>
#include <cmath>
#include <cstdint>
#include <initializer_list>
#include <limits>
#include <numeric>
#include <string>
#include <vector>

#include "core.hpp"
#include "exceptions.hpp"
#include "numbers.hpp"
#include "tuple.hpp"

namespace pyaot {

namespace detail_math {

[[noreturn]] inline void domain_error() { raise<ValueError>("math domain error"); }
[[noreturn]] inline void range_error() { raise<OverflowError>("math range error"); }

constexpr double kPi = 3.141592653589793238462643383279502884197;
constexpr double kLogPi = 1.144729885849400174143427351353058711647;

/// math_1: a NaN from a non-NaN is a domain error, an infinity from a finite x a range error (can_overflow) or a
/// domain error (a singularity).
template <class F>
inline double math_1(double x, F func, bool can_overflow) {
    double r = func(x);
    if (std::isnan(r) && !std::isnan(x)) domain_error();
    if (std::isinf(r) && std::isfinite(x)) {
        if (can_overflow) range_error();
        domain_error();
    }
    return r;
}

inline double m_sinpi(double x) {
    double y = std::fmod(std::fabs(x), 2.0);
    int n = static_cast<int>(std::round(2.0 * y));
    double r;
    switch (n) {
        case 0: r = std::sin(kPi * y); break;
        case 1: r = std::cos(kPi * (y - 0.5)); break;
        case 2: r = std::sin(kPi * (1.0 - y)); break;
        case 3: r = -std::cos(kPi * (y - 1.5)); break;
        default: r = std::sin(kPi * (y - 2.0)); break;
    }
    return std::copysign(1.0, x) * r;
}

constexpr int kLanczosN = 13;
constexpr double kLanczosG = 6.024680040776729583740234375;
constexpr double kLanczosGMinusHalf = 5.524680040776729583740234375;
constexpr double kLanczosNum[kLanczosN] = {
    23531376880.410759688572007674451636754734846804940, 42919803642.649098768957899047001988850926355848959,
    35711959237.355668049440185451547166705960488635843, 17921034426.037209699919755754458931112671403265390,
    6039542586.3520280050642916443072979210699388420708, 1439720407.3117216736632230727949123939715485786772,
    248874557.86205415651146038641322942321632125127801, 31426415.585400194380614231628318205362874684987640,
    2876370.6289353724412254090516208496135991145378768, 186056.26539522349504029498971604569928220784236328,
    8071.6720023658162106380029022722506138218516325024, 210.82427775157934587250973392071336271166969580291,
    2.5066282746310002701649081771338373386264310793408};
constexpr double kLanczosDen[kLanczosN] = {0.0,        39916800.0, 120543840.0, 150917976.0, 105258076.0,
                                           45995730.0, 13339535.0, 2637558.0,   357423.0,    32670.0,
                                           1925.0,     66.0,       1.0};
constexpr int kNGammaIntegral = 23;
constexpr double kGammaIntegral[kNGammaIntegral] = {
    1.0, 1.0, 2.0, 6.0, 24.0, 120.0, 720.0, 5040.0, 40320.0, 362880.0, 3628800.0, 39916800.0, 479001600.0,
    6227020800.0, 87178291200.0, 1307674368000.0, 20922789888000.0, 355687428096000.0, 6402373705728000.0,
    121645100408832000.0, 2432902008176640000.0, 51090942171709440000.0, 1124000727777607680000.0};

inline double lanczos_sum(double x) {
    double num = 0.0, den = 0.0;
    if (x < 5.0) {
        for (int i = kLanczosN; --i >= 0;) {
            num = num * x + kLanczosNum[i];
            den = den * x + kLanczosDen[i];
        }
    } else {
        for (int i = 0; i < kLanczosN; i++) {
            num = num / x + kLanczosNum[i];
            den = den / x + kLanczosDen[i];
        }
    }
    return num / den;
}

/// m_tgamma; errors as in math_1a (EDOM -> ValueError, ERANGE -> OverflowError).
inline double m_tgamma(double x) {
    if (!std::isfinite(x)) {
        if (std::isnan(x) || x > 0.0) return x;
        domain_error();
    }
    if (x == 0.0) domain_error();
    if (x == std::floor(x)) {
        if (x < 0.0) domain_error();
        if (x <= kNGammaIntegral) return kGammaIntegral[static_cast<int>(x) - 1];
    }
    double absx = std::fabs(x);
    if (absx < 1e-20) {
        double r = 1.0 / x;
        if (std::isinf(r)) range_error();
        return r;
    }
    if (absx > 200.0) {
        if (x < 0.0) return 0.0 / m_sinpi(x);
        range_error();
    }
    double y = absx + kLanczosGMinusHalf;
    double z;
    if (absx > kLanczosGMinusHalf) {
        volatile double q = y - absx;
        z = q - kLanczosGMinusHalf;
    } else {
        volatile double q = y - kLanczosGMinusHalf;
        z = q - absx;
    }
    z = z * kLanczosG / y;
    double r;
    if (x < 0.0) {
        r = -kPi / m_sinpi(absx) / absx * std::exp(y) / lanczos_sum(absx);
        r -= z * r;
        if (absx < 140.0) {
            r /= std::pow(y, absx - 0.5);
        } else {
            double sqrtpow = std::pow(y, absx / 2.0 - 0.25);
            r /= sqrtpow;
            r /= sqrtpow;
        }
    } else {
        r = lanczos_sum(absx) / std::exp(y);
        r += z * r;
        if (absx < 140.0) {
            r *= std::pow(y, absx - 0.5);
        } else {
            double sqrtpow = std::pow(y, absx / 2.0 - 0.25);
            r *= sqrtpow;
            r *= sqrtpow;
        }
    }
    if (std::isinf(r)) range_error();
    return r;
}

inline double m_lgamma(double x) {
    if (!std::isfinite(x)) {
        if (std::isnan(x)) return x;
        return HUGE_VAL;
    }
    if (x == std::floor(x) && x <= 2.0) {
        if (x <= 0.0) domain_error();
        return 0.0;
    }
    double absx = std::fabs(x);
    if (absx < 1e-20) return -std::log(absx);
    double r = std::log(lanczos_sum(absx)) - kLanczosG;
    r += (absx - 0.5) * (std::log(absx + kLanczosG - 0.5) - 1);
    if (x < 0.0) r = kLogPi - std::log(std::fabs(m_sinpi(absx))) - std::log(absx) - r;
    if (std::isinf(r)) range_error();
    return r;
}

/// vector_norm (3.11): scaled, compensated sum of squares with a correction of the square root.
inline double vector_norm(std::size_t n, double* vec, double max, bool found_nan) {
    const double T27 = 134217729.0;
    if (std::isinf(max)) return max;
    if (found_nan) return std::numeric_limits<double>::quiet_NaN();
    if (max == 0.0 || n <= 1) return max;
    int max_e;
    std::frexp(max, &max_e);
    if (max_e < -1023) {
        for (std::size_t i = 0; i < n; i++) vec[i] /= DBL_MIN;
        return DBL_MIN * vector_norm(n, vec, max / DBL_MIN, found_nan);
    }
    double scale = std::ldexp(1.0, -max_e);
    double csum = 1.0, frac1 = 0.0, frac2 = 0.0, frac3 = 0.0;
    double x, t, hi, lo, oldcsum;
    for (std::size_t i = 0; i < n; i++) {
        x = vec[i] * scale;
        t = x * T27;
        hi = t - (t - x);
        lo = x - hi;
        x = hi * hi;
        oldcsum = csum;
        csum += x;
        frac1 += (oldcsum - csum) + x;
        x = 2.0 * hi * lo;
        oldcsum = csum;
        csum += x;
        frac2 += (oldcsum - csum) + x;
        frac3 += lo * lo;
    }
    double h = std::sqrt(csum - 1.0 + (frac1 + frac2 + frac3));
    x = h;
    t = x * T27;
    hi = t - (t - x);
    lo = x - hi;
    x = -hi * hi;
    oldcsum = csum;
    csum += x;
    frac1 += (oldcsum - csum) + x;
    x = -2.0 * hi * lo;
    oldcsum = csum;
    csum += x;
    frac2 += (oldcsum - csum) + x;
    x = -lo * lo;
    oldcsum = csum;
    csum += x;
    frac3 += (oldcsum - csum) + x;
    x = csum - 1.0 + (frac1 + frac2 + frac3);
    return (h + x / (2.0 * h)) / scale;
}

inline double m_log(double x) {
    if (std::isfinite(x)) {
        if (x > 0.0) return std::log(x);
        domain_error();
    }
    if (std::isnan(x) || x > 0.0) return x;
    domain_error();
}
inline double m_log2(double x) {
    if (std::isfinite(x)) {
        if (x > 0.0) return std::log2(x);
        domain_error();
    }
    if (std::isnan(x) || x > 0.0) return x;
    domain_error();
}
inline double m_log10(double x) {
    if (std::isfinite(x)) {
        if (x > 0.0) return std::log10(x);
        domain_error();
    }
    if (std::isnan(x) || x > 0.0) return x;
    domain_error();
}

/// PyLong_FromDouble of an integral double, int64 only.
inline Int integral_to_int(double x) {
    if (std::isnan(x)) raise<ValueError>("cannot convert float NaN to integer");
    if (std::isinf(x)) raise<OverflowError>("cannot convert float infinity to integer");
    if (!(x >= -9223372036854775808.0 && x < 9223372036854775808.0)) detail::int_overflow();
    return static_cast<Int>(x);
}

inline Int gcd2(Int a, Int b) {
    std::uint64_t x = a < 0 ? 0 - static_cast<std::uint64_t>(a) : static_cast<std::uint64_t>(a);
    std::uint64_t y = b < 0 ? 0 - static_cast<std::uint64_t>(b) : static_cast<std::uint64_t>(b);
    std::uint64_t g = std::gcd(x, y);
    if (g > static_cast<std::uint64_t>(std::numeric_limits<Int>::max())) detail::int_overflow();
    return static_cast<Int>(g);
}

/// Shewchuk's exact sum of floats (CPython's math_fsum).
template <class It>
double fsum(const It& items) {
    std::vector<double> p;
    double special_sum = 0.0, inf_sum = 0.0;
    for (auto&& item : items) {
        double x = static_cast<double>(item);
        double xsave = x;
        std::size_t i = 0;
        for (std::size_t j = 0; j < p.size(); j++) {
            double y = p[j];
            if (std::fabs(x) < std::fabs(y)) std::swap(x, y);
            double hi = x + y;
            double yr = hi - x;
            double lo = y - yr;
            if (lo != 0.0) p[i++] = lo;
            x = hi;
        }
        p.resize(i);
        if (x != 0.0) {
            if (!std::isfinite(x)) {
                if (std::isfinite(xsave)) raise<OverflowError>("intermediate overflow in fsum");
                if (std::isinf(xsave)) inf_sum += xsave;
                special_sum += xsave;
                p.clear();
            } else {
                p.push_back(x);
            }
        }
    }
    if (special_sum != 0.0) {
        if (std::isnan(inf_sum)) raise<ValueError>("-inf + inf in fsum");
        return special_sum;
    }
    double hi = 0.0;
    std::size_t n = p.size();
    if (n > 0) {
        double lo = 0.0;
        hi = p[--n];
        while (n > 0) {
            double x = hi;
            double y = p[--n];
            hi = x + y;
            double yr = hi - x;
            lo = y - yr;
            if (lo != 0.0) break;
        }
        if (n > 0 && ((lo < 0.0 && p[n - 1] < 0.0) || (lo > 0.0 && p[n - 1] > 0.0))) {
            double y = lo * 2.0;
            double x = hi + y;
            double yr = x - hi;
            if (y == yr) hi = x;
        }
    }
    return hi;
}

}  // namespace detail_math

namespace ops {

// ---- constants ---------------------------------------------------------------------------------------------------
inline Float math_pi() noexcept { return 3.141592653589793; }
inline Float math_e() noexcept { return 2.718281828459045; }
inline Float math_tau() noexcept { return 6.283185307179586; }
inline Float math_inf() noexcept { return std::numeric_limits<double>::infinity(); }
inline Float math_nan() noexcept { return std::numeric_limits<double>::quiet_NaN(); }

// ---- float functions -----------------------------------------------------------------------------------------
inline Float math_sqrt(Float x) { return detail_math::math_1(x, [](double v) { return std::sqrt(v); }, false); }
// glibc's cbrt is not correctly rounded (cbrt(27.0) is 3.0000000000000004, as CPython prints); the barrier keeps
// the C++ compiler from folding a constant argument with its own, correctly rounded cbrt.
inline Float math_cbrt(Float x) {
    return detail_math::math_1(x, [](double v) { __asm__ volatile("" : "+m"(v)); return std::cbrt(v); }, false);
}
inline Float math_exp(Float x) { return detail_math::math_1(x, [](double v) { return std::exp(v); }, true); }
inline Float math_exp2(Float x) { return detail_math::math_1(x, [](double v) { return std::exp2(v); }, true); }
inline Float math_expm1(Float x) { return detail_math::math_1(x, [](double v) { return std::expm1(v); }, true); }
inline Float math_log(Float x) { return detail_math::m_log(x); }
inline Float math_log(Float x, Float base) {
    double num = detail_math::m_log(x);
    double den = detail_math::m_log(base);
    if (den == 0.0) raise<ZeroDivisionError>("float division by zero");
    return num / den;
}
inline Float math_log2(Float x) { return detail_math::m_log2(x); }
inline Float math_log10(Float x) { return detail_math::m_log10(x); }
inline Float math_log1p(Float x) { return detail_math::math_1(x, [](double v) { return std::log1p(v); }, false); }

inline Float math_pow(Float x, Float y) {
    double r;
    if (!std::isfinite(x) || !std::isfinite(y)) {
        if (std::isnan(x)) r = y == 0.0 ? 1.0 : x;
        else if (std::isnan(y)) r = x == 1.0 ? 1.0 : y;
        else if (std::isinf(x)) {
            bool odd_y = std::isfinite(y) && std::fmod(std::fabs(y), 2.0) == 1.0;
            if (y > 0.0) r = odd_y ? x : std::fabs(x);
            else if (y == 0.0) r = 1.0;
            else r = odd_y ? std::copysign(0.0, x) : 0.0;
        } else {  // y infinite
            if (std::fabs(x) == 1.0) r = 1.0;
            else if (y > 0.0 && std::fabs(x) > 1.0) r = y;
            else if (y < 0.0 && std::fabs(x) < 1.0) r = -y;
            else r = 0.0;
        }
        return r;
    }
    r = std::pow(x, y);
    if (!std::isfinite(r)) {
        if (std::isnan(r)) detail_math::domain_error();
        if (x == 0.0) detail_math::domain_error();
        detail_math::range_error();
    }
    return r;
}

inline Float math_sin(Float x) { return detail_math::math_1(x, [](double v) { return std::sin(v); }, false); }
inline Float math_cos(Float x) { return detail_math::math_1(x, [](double v) { return std::cos(v); }, false); }
inline Float math_tan(Float x) { return detail_math::math_1(x, [](double v) { return std::tan(v); }, false); }
inline Float math_asin(Float x) { return detail_math::math_1(x, [](double v) { return std::asin(v); }, false); }
inline Float math_acos(Float x) { return detail_math::math_1(x, [](double v) { return std::acos(v); }, false); }
inline Float math_atan(Float x) { return detail_math::math_1(x, [](double v) { return std::atan(v); }, false); }
inline Float math_atan2(Float y, Float x) {
    if (std::isnan(x) || std::isnan(y)) return std::numeric_limits<double>::quiet_NaN();
    if (std::isinf(y)) {
        if (std::isinf(x)) {
            if (std::copysign(1.0, x) == 1.0) return std::copysign(0.25 * detail_math::kPi, y);
            return std::copysign(0.75 * detail_math::kPi, y);
        }
        return std::copysign(0.5 * detail_math::kPi, y);
    }
    if (std::isinf(x) || y == 0.0) {
        if (std::copysign(1.0, x) == 1.0) return std::copysign(0.0, y);
        return std::copysign(detail_math::kPi, y);
    }
    return std::atan2(y, x);
}
inline Float math_sinh(Float x) { return detail_math::math_1(x, [](double v) { return std::sinh(v); }, true); }
inline Float math_cosh(Float x) { return detail_math::math_1(x, [](double v) { return std::cosh(v); }, true); }
inline Float math_tanh(Float x) { return detail_math::math_1(x, [](double v) { return std::tanh(v); }, false); }
inline Float math_asinh(Float x) { return detail_math::math_1(x, [](double v) { return std::asinh(v); }, false); }
inline Float math_acosh(Float x) { return detail_math::math_1(x, [](double v) { return std::acosh(v); }, false); }
inline Float math_atanh(Float x) { return detail_math::math_1(x, [](double v) { return std::atanh(v); }, false); }
inline Float math_degrees(Float x) noexcept { return x * (180.0 / detail_math::kPi); }
inline Float math_radians(Float x) noexcept { return x * (detail_math::kPi / 180.0); }
inline Float math_erf(Float x) noexcept { return std::erf(x); }
inline Float math_erfc(Float x) noexcept { return std::erfc(x); }
inline Float math_gamma(Float x) { return detail_math::m_tgamma(x); }
inline Float math_lgamma(Float x) { return detail_math::m_lgamma(x); }

template <PyIntegral T>
Int math_floor(T x) noexcept {
    return static_cast<Int>(x);
}
inline Int math_floor(Float x) { return detail_math::integral_to_int(std::floor(x)); }
template <PyIntegral T>
Int math_ceil(T x) noexcept {
    return static_cast<Int>(x);
}
inline Int math_ceil(Float x) { return detail_math::integral_to_int(std::ceil(x)); }
template <PyIntegral T>
Int math_trunc(T x) noexcept {
    return static_cast<Int>(x);
}
inline Int math_trunc(Float x) { return detail_math::integral_to_int(std::trunc(x)); }

inline Float math_fabs(Float x) noexcept { return std::fabs(x); }
inline Float math_fmod(Float x, Float y) {
    if (std::isinf(y) && std::isfinite(x)) return x;
    double r = std::fmod(x, y);
    if (std::isnan(r) && !std::isnan(x) && !std::isnan(y)) detail_math::domain_error();
    return r;
}
inline Float math_remainder(Float x, Float y) {
    if (std::isnan(x)) return x;
    if (std::isnan(y)) return y;
    if (std::isinf(x) || y == 0.0) detail_math::domain_error();
    if (std::isinf(y)) return x;
    return std::remainder(x, y);
}
inline Float math_copysign(Float x, Float y) noexcept { return std::copysign(x, y); }

inline Float math_hypot(std::initializer_list<Float> coordinates) {
    std::vector<double> v(coordinates.begin(), coordinates.end());
    double max = 0.0;
    bool found_nan = false;
    for (double& x : v) {
        x = std::fabs(x);
        found_nan |= std::isnan(x);
        if (x > max) max = x;
    }
    return detail_math::vector_norm(v.size(), v.data(), max, found_nan);
}
template <class... T>
    requires(PyNumeric<T> && ...)
Float math_hypot(T... coordinates) {
    return math_hypot({static_cast<Float>(coordinates)...});
}

template <class P, class Q>
Float math_dist(const P& p, const Q& q) {
    std::vector<double> ps, qs;
    for (auto&& x : p) ps.push_back(static_cast<double>(x));
    for (auto&& x : q) qs.push_back(static_cast<double>(x));
    if (ps.size() != qs.size()) raise<ValueError>("both points must have the same number of dimensions");
    std::vector<double> diffs(ps.size());
    double max = 0.0;
    bool found_nan = false;
    for (std::size_t i = 0; i < ps.size(); ++i) {
        double x = std::fabs(ps[i] - qs[i]);
        diffs[i] = x;
        found_nan |= std::isnan(x);
        if (x > max) max = x;
    }
    return detail_math::vector_norm(diffs.size(), diffs.data(), max, found_nan);
}

inline bool math_isnan(Float x) noexcept { return std::isnan(x); }
inline bool math_isinf(Float x) noexcept { return std::isinf(x); }
inline bool math_isfinite(Float x) noexcept { return std::isfinite(x); }

inline bool math_isclose(Float a, Float b, Float rel_tol = 1e-09, Float abs_tol = 0.0) {
    if (rel_tol < 0.0 || abs_tol < 0.0) raise<ValueError>("tolerances must be non-negative");
    if (a == b) return true;
    if (std::isinf(a) || std::isinf(b)) return false;
    double diff = std::fabs(b - a);
    return ((diff <= std::fabs(rel_tol * b)) || (diff <= std::fabs(rel_tol * a))) || (diff <= abs_tol);
}
inline bool math_isclose(Float a, Float b, Omitted, Float abs_tol) { return math_isclose(a, b, 1e-09, abs_tol); }

inline Tuple<Float, Float> math_modf(Float x) {
    if (std::isinf(x)) return Tuple<Float, Float>(std::copysign(0.0, x), x);
    if (std::isnan(x)) return Tuple<Float, Float>(x, x);
    double ip;
    double frac = std::modf(x, &ip);
    return Tuple<Float, Float>(frac, ip);
}
inline Tuple<Float, Int> math_frexp(Float x) {
    if (std::isnan(x) || std::isinf(x) || x == 0.0) return Tuple<Float, Int>(x, Int{0});
    int e;
    double m = std::frexp(x, &e);
    return Tuple<Float, Int>(m, Int{e});
}
template <PyIntegral I>
Float math_ldexp(Float x, I iv) {
    Int i = static_cast<Int>(iv);
    double r;
    if (x == 0.0 || !std::isfinite(x)) return x;
    if (i > INT32_MAX) detail_math::range_error();
    if (i < INT32_MIN) return std::copysign(0.0, x);
    r = std::ldexp(x, static_cast<int>(i));
    if (std::isinf(r)) detail_math::range_error();
    return r;
}

template <class It>
Float math_fsum(const It& seq) {
    return detail_math::fsum(seq);
}

/// math.prod over ints (start 1; OverflowError beyond int64) or floats.
template <class It>
auto math_prod(const It& iterable) {
    using T = std::decay_t<decltype(*std::begin(iterable))>;
    if constexpr (std::is_integral_v<T>) {
        Int r = 1;
        for (auto&& x : iterable) r = detail::checked_mul(r, static_cast<Int>(x));
        return r;
    } else {
        Float r = 1.0;
        for (auto&& x : iterable) r *= static_cast<Float>(x);
        return r;
    }
}
template <class It, PyNumeric S>
auto math_prod(const It& iterable, S start) {
    if constexpr (std::is_integral_v<S>) {
        Int r = static_cast<Int>(start);
        for (auto&& x : iterable) r = detail::checked_mul(r, static_cast<Int>(x));
        return r;
    } else {
        Float r = start;
        for (auto&& x : iterable) r *= static_cast<Float>(x);
        return r;
    }
}

// ---- integer functions -------------------------------------------------------------------------------------------
template <PyIntegral T>
Int math_factorial(T nv) {
    Int n = static_cast<Int>(nv);
    if (n < 0) raise<ValueError>("factorial() not defined for negative values");
    Int r = 1;
    for (Int k = 2; k <= n; ++k) r = detail::checked_mul(r, k);
    return r;
}
inline Int math_gcd(std::initializer_list<Int> integers) {
    std::uint64_t g = 0;
    for (Int x : integers) g = std::gcd(g, x < 0 ? 0 - static_cast<std::uint64_t>(x) : static_cast<std::uint64_t>(x));
    if (g > static_cast<std::uint64_t>(std::numeric_limits<Int>::max())) detail::int_overflow();
    return static_cast<Int>(g);
}
inline Int math_gcd() noexcept { return 0; }
inline Int math_lcm(std::initializer_list<Int> integers) {
    Int l = 1;
    for (Int x : integers) {
        if (x == 0 || l == 0) {
            l = 0;
            continue;
        }
        Int g = detail_math::gcd2(l, x);
        Int ax = x < 0 ? detail::checked_neg(x) : x;
        l = detail::checked_mul(l / g, ax);
    }
    return l;
}
inline Int math_lcm() noexcept { return 1; }
template <PyIntegral N, PyIntegral K>
Int math_comb(N nv, K kv) {
    Int n = static_cast<Int>(nv), k = static_cast<Int>(kv);
    if (n < 0) raise<ValueError>("n must be a non-negative integer");
    if (k < 0) raise<ValueError>("k must be a non-negative integer");
    if (k > n) return 0;
    if (k > n - k) k = n - k;
    unsigned __int128 r = 1;
    for (Int i = 1; i <= k; ++i) {
        // r * (n - k + i) / i stays exact: r is C(n - k + i - 1, i - 1)
        unsigned __int128 num = r * static_cast<unsigned __int128>(n - k + i);
        if (num / static_cast<unsigned __int128>(n - k + i) != r) detail::int_overflow();
        r = num / static_cast<unsigned __int128>(i);
        if (r > static_cast<unsigned __int128>(std::numeric_limits<Int>::max())) detail::int_overflow();
    }
    return static_cast<Int>(r);
}
template <PyIntegral N>
Int math_perm(N nv) {
    return math_factorial(nv);
}
template <PyIntegral N>
Int math_perm(N nv, None) {
    return math_factorial(nv);
}
template <PyIntegral N, PyIntegral K>
Int math_perm(N nv, K kv) {
    Int n = static_cast<Int>(nv), k = static_cast<Int>(kv);
    if (n < 0) raise<ValueError>("n must be a non-negative integer");
    if (k < 0) raise<ValueError>("k must be a non-negative integer");
    if (k > n) return 0;
    Int r = 1;
    for (Int i = 0; i < k; ++i) r = detail::checked_mul(r, n - i);
    return r;
}
template <PyIntegral N, class K>
    requires(!PyNumeric<K> && !std::is_same_v<K, None>)
Int math_perm(N n, const K& k) {  // int | None
    if (k.is_none()) return math_factorial(n);
    return math_perm(n, *k);
}
template <PyIntegral T>
Int math_isqrt(T nv) {
    Int n = static_cast<Int>(nv);
    if (n < 0) raise<ValueError>("isqrt() argument must be nonnegative");
    std::uint64_t x = static_cast<std::uint64_t>(std::sqrt(static_cast<double>(n)));
    while (x * x > static_cast<std::uint64_t>(n)) --x;
    while ((x + 1) * (x + 1) <= static_cast<std::uint64_t>(n)) ++x;
    return static_cast<Int>(x);
}

}  // namespace ops

}  // namespace pyaot
