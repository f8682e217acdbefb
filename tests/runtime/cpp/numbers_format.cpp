// Reads test cases (one per line, tab-separated, strings hex-encoded UTF-8) and prints the runtime's answer per
// line; tests/runtime/check_numbers.py prints CPython's for the same lines and compares.
//   r F            repr(float) and hash(float)       (F: float.hex())
//   h I            hash(int)
//   fi I SPEC      format(int, spec)
//   ff F SPEC      format(float, spec)
//   fs S SPEC      format(str, spec)
//   fb B SPEC      format(bool, spec)
//   pi FMT I       fmt % int
//   pf FMT F       fmt % float
//   ps FMT S       fmt % str
//   pt FMT I F S   fmt % (int, float, str)
//   o OP I I / o OP F F / o OP I F / o OP F I      operator.OP (and divmod)
//   bi S [B]       int(str[, base])
//   bf S           float(str)
//   rf F [N]       round(float[, n])
//   ri I [N]       round(int[, n])
//   pm A B C       pow(a, b, c)
//   bh I           bin(i) oct(i) hex(i)
//   m1 NAME F      math.NAME(x)          m2 NAME F F   math.NAME(x, y)
//   mi NAME I [I]  math.NAME over ints   mv NAME F...  math.NAME over a float vector (hypot, fsum, prod, dist)
#include <cstdio>
#include <cstdlib>
#include <string>
#include <vector>

#include "pyaot/numbers.hpp"
#include "pyaot/format.hpp"
#include "pyaot/tuple.hpp"
#include "pyaot/builtins_numeric.hpp"
#include "pyaot/math.hpp"

using namespace pyaot;

static std::string unhex(const std::string& h) {
    std::string out;
    for (size_t i = 0; i + 1 < h.size(); i += 2) out += static_cast<char>(std::strtol(h.substr(i, 2).c_str(), nullptr, 16));
    return out;
}
static double parse_float(const std::string& s) { return std::strtod(s.c_str(), nullptr); }
static Int parse_int(const std::string& s) { return std::strtoll(s.c_str(), nullptr, 10); }

static void emit(const std::string& s) { std::fwrite(s.data(), 1, s.size(), stdout); std::fputc('\n', stdout); }

template <class F>
static void guarded(F f) {
    try {
        emit("OK:" + f());
    } catch (const PyException& e) {
        std::string msg = e.value->str().utf8();
        emit(std::string("ERR:") + e.value->type_name() + ": " + msg);
    }
}

template <class A, class B>
static std::string op(const std::string& name, A a, B b) {
    auto show = [](auto v) { return repr(v).utf8(); };
    if (name == "add") return show(ops::operator_add(a, b));
    if (name == "sub") return show(ops::operator_sub(a, b));
    if (name == "mul") return show(ops::operator_mul(a, b));
    if (name == "truediv") return show(ops::operator_truediv(a, b));
    if (name == "floordiv") return show(ops::operator_floordiv(a, b));
    if (name == "mod") return show(ops::operator_mod(a, b));
    if (name == "pow") return show(ops::operator_pow(a, b));
    if (name == "divmod") {
        auto t = ops::builtins_divmod(a, b);
        return "(" + show(std::get<0>(t)) + ", " + show(std::get<1>(t)) + ")";
    }
    if (name == "eq") return show(ops::operator_eq(a, b));
    if (name == "lt") return show(ops::operator_lt(a, b));
    if (name == "le") return show(ops::operator_le(a, b));
    if (name == "gt") return show(ops::operator_gt(a, b));
    if (name == "ge") return show(ops::operator_ge(a, b));
    if constexpr (std::is_integral_v<A> && std::is_integral_v<B>) {
        if (name == "lshift") return show(ops::operator_lshift(a, b));
        if (name == "rshift") return show(ops::operator_rshift(a, b));
        if (name == "and_") return show(ops::operator_and_(a, b));
        if (name == "or_") return show(ops::operator_or_(a, b));
        if (name == "xor") return show(ops::operator_xor(a, b));
    }
    return "?";
}

int main() {
    static char line[1 << 16];
    while (std::fgets(line, sizeof line, stdin)) {
        std::vector<std::string> f;
        std::string cur;
        for (char* p = line; *p && *p != '\n'; ++p) {
            if (*p == '\t') { f.push_back(cur); cur.clear(); } else cur += *p;
        }
        f.push_back(cur);
        const std::string& k = f[0];
        if (k == "r") guarded([&] { double d = parse_float(f[1]); return repr(d).utf8() + " " + std::to_string(hash(d)); });
        else if (k == "h") guarded([&] { return std::to_string(hash(parse_int(f[1]))); });
        else if (k == "fi") guarded([&] { return ops::builtins_format(parse_int(f[1]), Str(unhex(f[2]))).utf8(); });
        else if (k == "ff") guarded([&] { return ops::builtins_format(parse_float(f[1]), Str(unhex(f[2]))).utf8(); });
        else if (k == "fs") guarded([&] { return ops::builtins_format(Str(unhex(f[1])), Str(unhex(f[2]))).utf8(); });
        else if (k == "fb") guarded([&] { return ops::builtins_format(f[1] == "1", Str(unhex(f[2]))).utf8(); });
        else if (k == "pi") guarded([&] { return ops::operator_mod(Str(unhex(f[1])), parse_int(f[2])).utf8(); });
        else if (k == "pf") guarded([&] { return ops::operator_mod(Str(unhex(f[1])), parse_float(f[2])).utf8(); });
        else if (k == "ps") guarded([&] { return ops::operator_mod(Str(unhex(f[1])), Str(unhex(f[2]))).utf8(); });
        else if (k == "pt") guarded([&] {
            Tuple<Int, Float, Str> t{parse_int(f[2]), parse_float(f[3]), Str(unhex(f[4]))};
            return ops::operator_mod(Str(unhex(f[1])), t).utf8();
        });
        else if (k == "o") {
            const std::string& name = f[1];
            bool ai = f[2] == "i", bi = f[4] == "i";
            guarded([&] {
                if (ai && bi) return op(name, parse_int(f[3]), parse_int(f[5]));
                if (ai) return op(name, parse_int(f[3]), parse_float(f[5]));
                if (bi) return op(name, parse_float(f[3]), parse_int(f[5]));
                return op(name, parse_float(f[3]), parse_float(f[5]));
            });
        } else if (k == "bi") guarded([&] {
            if (f.size() > 2) return repr(ops::builtins_int(Str(unhex(f[1])), parse_int(f[2]))).utf8();
            return repr(ops::builtins_int(Str(unhex(f[1])))).utf8();
        });
        else if (k == "bf") guarded([&] { return repr(ops::builtins_float(Str(unhex(f[1])))).utf8(); });
        else if (k == "rf") guarded([&] {
            if (f.size() > 2) return repr(ops::builtins_round(parse_float(f[1]), parse_int(f[2]))).utf8();
            return repr(ops::builtins_round(parse_float(f[1]))).utf8();
        });
        else if (k == "ri") guarded([&] {
            if (f.size() > 2) return repr(ops::builtins_round(parse_int(f[1]), parse_int(f[2]))).utf8();
            return repr(ops::builtins_round(parse_int(f[1]))).utf8();
        });
        else if (k == "pm") guarded([&] { return repr(ops::builtins_pow(parse_int(f[1]), parse_int(f[2]), parse_int(f[3]))).utf8(); });
        else if (k == "bh") guarded([&] {
            Int v = parse_int(f[1]);
            return ops::builtins_bin(v).utf8() + " " + ops::builtins_oct(v).utf8() + " " + ops::builtins_hex(v).utf8();
        });
        else if (k == "m1") guarded([&] {
            const std::string& n = f[1];
            double x = parse_float(f[2]);
            auto show = [](auto v) { return repr(v).utf8(); };
#define M1(name) if (n == #name) return show(ops::math_##name(x));
            M1(sqrt) M1(cbrt) M1(exp) M1(exp2) M1(expm1) M1(log) M1(log2) M1(log10) M1(log1p) M1(sin) M1(cos)
            M1(tan) M1(asin) M1(acos) M1(atan) M1(sinh) M1(cosh) M1(tanh) M1(asinh) M1(acosh) M1(atanh)
            M1(degrees) M1(radians) M1(erf) M1(erfc) M1(gamma) M1(lgamma) M1(floor) M1(ceil) M1(trunc) M1(fabs)
            M1(isnan) M1(isinf) M1(isfinite)
#undef M1
            if (n == "modf") { auto t = ops::math_modf(x); return "(" + show(std::get<0>(t)) + ", " + show(std::get<1>(t)) + ")"; }
            if (n == "frexp") { auto t = ops::math_frexp(x); return "(" + show(std::get<0>(t)) + ", " + show(std::get<1>(t)) + ")"; }
            return std::string("?");
        });
        else if (k == "m2") guarded([&] {
            const std::string& n = f[1];
            double x = parse_float(f[2]), y = parse_float(f[3]);
            auto show = [](auto v) { return repr(v).utf8(); };
            if (n == "log") return show(ops::math_log(x, y));
            if (n == "pow") return show(ops::math_pow(x, y));
            if (n == "atan2") return show(ops::math_atan2(x, y));
            if (n == "fmod") return show(ops::math_fmod(x, y));
            if (n == "remainder") return show(ops::math_remainder(x, y));
            if (n == "copysign") return show(ops::math_copysign(x, y));
            if (n == "isclose") return show(ops::math_isclose(x, y));
            if (n == "ldexp") return show(ops::math_ldexp(x, static_cast<Int>(y)));
            return std::string("?");
        });
        else if (k == "mi") guarded([&] {
            const std::string& n = f[1];
            Int a = parse_int(f[2]);
            auto show = [](auto v) { return repr(v).utf8(); };
            if (n == "factorial") return show(ops::math_factorial(a));
            if (n == "isqrt") return show(ops::math_isqrt(a));
            if (n == "perm" && f.size() == 3) return show(ops::math_perm(a));
            Int b = parse_int(f[3]);
            if (n == "comb") return show(ops::math_comb(a, b));
            if (n == "perm") return show(ops::math_perm(a, b));
            if (n == "gcd") return show(ops::math_gcd({a, b}));
            if (n == "lcm") return show(ops::math_lcm({a, b}));
            return std::string("?");
        });
        else if (k == "mv") guarded([&] {
            const std::string& n = f[1];
            std::vector<double> v;
            for (size_t q = 2; q < f.size(); ++q) v.push_back(parse_float(f[q]));
            auto show = [](auto x) { return repr(x).utf8(); };
            if (n == "fsum") return show(ops::math_fsum(v));
            if (n == "prod") return show(ops::math_prod(v));
            if (n == "hypot") {
                if (v.size() == 2) return show(ops::math_hypot(v[0], v[1]));
                if (v.size() == 3) return show(ops::math_hypot(v[0], v[1], v[2]));
                std::vector<double> w = v;
                double max = 0; bool nan = false;
                for (double& x : w) { x = std::fabs(x); nan |= std::isnan(x); if (x > max) max = x; }
                return show(detail_math::vector_norm(w.size(), w.data(), max, nan));
            }
            if (n == "dist") {
                std::vector<double> p(v.begin(), v.begin() + static_cast<long>(v.size() / 2)), q(v.begin() + static_cast<long>(v.size() / 2), v.end());
                return show(ops::math_dist(p, q));
            }
            return std::string("?");
        });
        else emit("?");
    }
    return 0;
}
