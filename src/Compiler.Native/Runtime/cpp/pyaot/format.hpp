// PythonAot C++ runtime: the format-spec mini-language for int, float, str, bool (builtins.format, f-string format
// specs) and printf-style `str % values` (operator.mod(str, object)), as CPython 3.11's formatter_unicode.c and
// PyUnicode_Format do it, errors and their texts included.
#pragma once

#include <climits>
#include <cstdint>
#include <string>
#include <string_view>
#include <tuple>
#include <type_traits>
#include <utility>
#include <vector>

#include "core.hpp"
#include "exceptions.hpp"
#include "numbers.hpp"
#include "instance.hpp"
#include "str.hpp"
#include "union.hpp"  // type_name_of

namespace pyaot {

template <class T>
class VarTuple;

namespace detail {

// ---- UTF-8 helpers --------------------------------------------------------------------------------------------

inline void append_utf8(std::string& out, char32_t c) {
    if (c < 0x80) {
        out += static_cast<char>(c);
    } else if (c < 0x800) {
        out += static_cast<char>(0xC0 | (c >> 6));
        out += static_cast<char>(0x80 | (c & 0x3F));
    } else if (c < 0x10000) {
        out += static_cast<char>(0xE0 | (c >> 12));
        out += static_cast<char>(0x80 | ((c >> 6) & 0x3F));
        out += static_cast<char>(0x80 | (c & 0x3F));
    } else {
        out += static_cast<char>(0xF0 | (c >> 18));
        out += static_cast<char>(0x80 | ((c >> 12) & 0x3F));
        out += static_cast<char>(0x80 | ((c >> 6) & 0x3F));
        out += static_cast<char>(0x80 | (c & 0x3F));
    }
}

inline std::u32string decode_utf8(std::string_view s) {
    std::u32string out;
    out.reserve(s.size());
    for (std::size_t i = 0; i < s.size();) {
        unsigned char c = static_cast<unsigned char>(s[i]);
        char32_t cp;
        int n;
        if (c < 0x80) { cp = c; n = 1; }
        else if (c < 0xE0) { cp = c & 0x1F; n = 2; }
        else if (c < 0xF0) { cp = c & 0x0F; n = 3; }
        else { cp = c & 0x07; n = 4; }
        for (int k = 1; k < n && i + static_cast<std::size_t>(k) < s.size(); ++k)
            cp = (cp << 6) | (static_cast<unsigned char>(s[i + static_cast<std::size_t>(k)]) & 0x3F);
        out += cp;
        i += static_cast<std::size_t>(n);
    }
    return out;
}

/// The byte offset of code point `n` in UTF-8 text (the size when n is past the end).
inline std::size_t utf8_offset(std::string_view s, Int n) {
    std::size_t i = 0;
    for (; i < s.size() && n > 0; --n) {
        ++i;
        while (i < s.size() && (static_cast<unsigned char>(s[i]) & 0xC0) == 0x80) ++i;
    }
    return i;
}

inline Int utf8_length(std::string_view s) {
    Int n = 0;
    for (unsigned char c : s) n += (c & 0xC0) != 0x80;
    return n;
}

inline void append_fill(std::string& out, const std::string& fill, Int count) {
    for (Int i = 0; i < count; ++i) out += fill;
}

/// ascii(): a repr with every non-ASCII code point escaped (\xNN, \uNNNN, \UNNNNNNNN).
inline std::string ascii_escape(std::string_view repr_text) {
    std::string out;
    static const char hex[] = "0123456789abcdef";
    for (char32_t c : decode_utf8(repr_text)) {
        if (c < 0x80) {
            out += static_cast<char>(c);
        } else if (c < 0x100) {
            out += "\\x";
            out += hex[(c >> 4) & 15];
            out += hex[c & 15];
        } else if (c < 0x10000) {
            out += "\\u";
            for (int k = 12; k >= 0; k -= 4) out += hex[(c >> k) & 15];
        } else {
            out += "\\U";
            for (int k = 28; k >= 0; k -= 4) out += hex[(c >> k) & 15];
        }
    }
    return out;
}

// ---- the format-spec mini-language ------------------------------------------------------------------------------

struct FormatSpec {
    std::string fill = " ";     // one code point, UTF-8
    char32_t fill_char = U' ';
    char32_t align = 0;
    bool alternate = false;
    bool no_neg_0 = false;
    char32_t sign = 0;
    Int width = -1;
    char thousands = 0;  // 0, ',', '_', or '4' (underscore every four digits: b o x X)
    Int precision = -1;
    char32_t type = 0;
};

[[noreturn]] inline void raise_unknown_presentation_type(char32_t type, const char* type_name) {
    char buf[64];
    if (type > 32 && type < 128)
        std::snprintf(buf, sizeof buf, "Unknown format code '%c' ", static_cast<char>(type));
    else
        std::snprintf(buf, sizeof buf, "Unknown format code '\\x%x' ", static_cast<unsigned>(type));
    raise<ValueError>(std::string(buf) + "for object of type '" + type_name + "'");
}

[[noreturn]] inline void raise_invalid_thousands(char specifier, char32_t type) {
    char buf[64];
    if (type > 32 && type < 128)
        std::snprintf(buf, sizeof buf, "Cannot specify '%c' with '%c'.", specifier, static_cast<char>(type));
    else
        std::snprintf(buf, sizeof buf, "Cannot specify '%c' with '\\x%x'.", specifier, static_cast<unsigned>(type));
    raise<ValueError>(buf);
}

inline bool is_alignment_token(char32_t c) { return c == '<' || c == '>' || c == '=' || c == '^'; }
inline bool is_sign_element(char32_t c) { return c == ' ' || c == '+' || c == '-'; }

/// CPython's parse_internal_render_format_spec.
inline FormatSpec parse_format_spec(std::string_view spec_utf8, const char* type_name, char32_t default_type,
                                    char32_t default_align) {
    std::u32string s = decode_utf8(spec_utf8);
    std::size_t pos = 0, end = s.size();
    FormatSpec f;
    f.align = default_align;
    f.type = default_type;
    bool align_specified = false, fill_char_specified = false;

    if (end - pos >= 2 && is_alignment_token(s[pos + 1])) {
        f.align = s[pos + 1];
        f.fill_char = s[pos];
        f.fill.clear();
        append_utf8(f.fill, s[pos]);
        fill_char_specified = align_specified = true;
        pos += 2;
    } else if (end - pos >= 1 && is_alignment_token(s[pos])) {
        f.align = s[pos];
        align_specified = true;
        ++pos;
    }
    if (end - pos >= 1 && is_sign_element(s[pos])) {
        f.sign = s[pos];
        ++pos;
    }
    if (end - pos >= 1 && s[pos] == 'z') {
        f.no_neg_0 = true;
        ++pos;
    }
    if (end - pos >= 1 && s[pos] == '#') {
        f.alternate = true;
        ++pos;
    }
    if (!fill_char_specified && end - pos >= 1 && s[pos] == '0') {
        f.fill_char = U'0';
        f.fill = "0";
        if (!align_specified && default_align == '>') f.align = '=';
        ++pos;
    }
    auto get_integer = [&](Int& result) -> int {
        Int acc = 0;
        int n = 0;
        for (; pos < end && s[pos] >= '0' && s[pos] <= '9'; ++pos, ++n) {
            Int digit = static_cast<Int>(s[pos] - '0');
            if (acc > (INT64_MAX - digit) / 10) raise<ValueError>("Too many decimal digits in format string");
            acc = acc * 10 + digit;
        }
        result = acc;
        return n;
    };
    Int width = 0;
    if (get_integer(width) > 0) f.width = width;
    if (end - pos && s[pos] == ',') {
        f.thousands = ',';
        ++pos;
    }
    if (end - pos && s[pos] == '_') {
        if (f.thousands != 0) raise<ValueError>("Cannot specify both ',' and '_'.");
        f.thousands = '_';
        ++pos;
    }
    if (end - pos && s[pos] == ',') {
        if (f.thousands == '_') raise<ValueError>("Cannot specify both ',' and '_'.");
    }
    if (end - pos && s[pos] == '.') {
        ++pos;
        Int precision = 0;
        if (get_integer(precision) == 0) raise<ValueError>("Format specifier missing precision");
        f.precision = precision;
    }
    if (end - pos > 1)
        raise<ValueError>("Invalid format specifier '" + std::string(spec_utf8) + "' for object of type '" +
                          type_name + "'");
    if (end - pos == 1) f.type = s[pos];

    if (f.thousands) {
        switch (f.type) {
            case 'd': case 'e': case 'f': case 'g': case 'E': case 'G': case '%': case 'F': case 0:
                break;
            case 'b': case 'o': case 'x': case 'X':
                if (f.thousands == '_') {
                    f.thousands = '4';
                    break;
                }
                [[fallthrough]];
            default:
                raise_invalid_thousands(f.thousands, f.type);
        }
    }
    return f;
}

/// _PyUnicode_InsertThousandsGrouping: digits grouped by `group` (0: no grouping) with `sep`, zero-padded on the
/// left up to min_width.
inline std::string insert_grouping(std::string_view digits, Int min_width, int group, char sep) {
    std::vector<std::string_view> dummy;
    std::string out;  // built right to left, reversed at the end
    Int remaining = static_cast<Int>(digits.size());
    Int digits_pos = remaining;
    if (min_width < 0) min_width = 0;
    bool use_separator = false;
    bool loop_broken = false;
    const Int sep_len = sep ? 1 : 0;
    auto emit = [&](Int n_chars, Int n_zeros) {
        if (use_separator && sep) out += sep;
        for (Int k = 0; k < n_chars; ++k) out += digits[static_cast<std::size_t>(--digits_pos)];
        out.append(static_cast<std::size_t>(n_zeros), '0');
    };
    if (group > 0) {
        while (true) {
            Int len = group;
            Int cap = remaining > min_width ? remaining : min_width;
            if (cap < 1) cap = 1;
            if (len > cap) len = cap;
            Int n_zeros = len - remaining > 0 ? len - remaining : 0;
            Int n_chars = remaining < len ? remaining : len;
            if (n_chars < 0) n_chars = 0;
            emit(n_chars, n_zeros);
            use_separator = true;
            remaining -= n_chars;
            min_width -= len;
            if (remaining <= 0 && min_width <= 0) {
                loop_broken = true;
                break;
            }
            min_width -= sep_len;
        }
    }
    if (!loop_broken) {
        Int len = remaining > min_width ? remaining : min_width;
        if (len < 1) len = 1;
        Int n_zeros = len - remaining > 0 ? len - remaining : 0;
        Int n_chars = remaining < len ? remaining : len;
        if (n_chars < 0) n_chars = 0;
        emit(n_chars, n_zeros);
    }
    return std::string(out.rbegin(), out.rend());
}

/// calc_number_widths + fill_number: <lpad><sign><prefix><spad><grouped digits><tail><rpad>. `tail` is the decimal
/// point and the rest (or the character of 'c'), `tail_len` its length in code points.
inline std::string render_number(const FormatSpec& f, bool negative, std::string_view prefix, std::string_view digits,
                                 std::string_view tail, Int tail_len, char thousands) {
    char sign = 0;
    switch (f.sign) {
        case '+': sign = negative ? '-' : '+'; break;
        case ' ': sign = negative ? '-' : ' '; break;
        default:
            if (negative) sign = '-';
    }
    const Int n_sign = sign ? 1 : 0;
    const Int n_prefix = static_cast<Int>(prefix.size());
    const Int n_non_digit = n_sign + n_prefix + tail_len;
    const Int min_width = (f.fill_char == U'0' && f.align == '=') ? f.width - n_non_digit : 0;
    int group = 0;
    char sep = 0;
    if (thousands == ',' || thousands == '_') {
        group = 3;
        sep = thousands;
    } else if (thousands == '4') {
        group = 4;
        sep = '_';
    }
    std::string grouped = digits.empty() ? std::string() : insert_grouping(digits, min_width, group, sep);
    Int padding = f.width - (n_non_digit + static_cast<Int>(grouped.size()));
    Int lpad = 0, spad = 0, rpad = 0;
    if (padding > 0) {
        switch (f.align) {
            case '<': rpad = padding; break;
            case '^': lpad = padding / 2; rpad = padding - lpad; break;
            case '=': spad = padding; break;
            default: lpad = padding; break;
        }
    }
    std::string out;
    out.reserve(grouped.size() + tail.size() + 8 + static_cast<std::size_t>(lpad + spad + rpad));
    append_fill(out, f.fill, lpad);
    if (sign) out += sign;
    out += prefix;
    append_fill(out, f.fill, spad);
    out += grouped;
    out += tail;
    append_fill(out, f.fill, rpad);
    return out;
}

/// format_float_internal.
inline std::string format_float_spec(double val, const FormatSpec& f) {
    if (f.precision > INT_MAX) raise<ValueError>("precision too big");
    int precision = static_cast<int>(f.precision);
    int default_precision = 6;
    char32_t type = f.type;
    int flags = 0;
    if (f.alternate) flags |= DTSF_ALT;
    if (f.no_neg_0) flags |= DTSF_NO_NEG_0;
    if (type == 0) {
        flags |= DTSF_ADD_DOT_0;
        type = 'r';
        default_precision = 0;
    }
    if (type == 'n') type = 'g';
    bool add_pct = false;
    if (type == '%') {
        type = 'f';
        val *= 100;
        add_pct = true;
    }
    if (precision < 0) precision = default_precision;
    else if (type == 'r') type = 'g';
    std::string buf = double_to_string(val, static_cast<char>(type), precision, flags);
    if (add_pct) buf += '%';
    std::string_view body(buf);
    bool negative = false;
    if (!body.empty() && body[0] == '-') {
        negative = true;
        body.remove_prefix(1);
    }
    std::size_t k = 0;
    while (k < body.size() && body[k] >= '0' && body[k] <= '9') ++k;
    std::string_view digits = body.substr(0, k);
    std::string_view tail = body.substr(k);
    char thousands = f.type == 'n' ? 0 : f.thousands;
    return render_number(f, negative, {}, digits, tail, static_cast<Int>(tail.size()), thousands);
}

/// format_long_internal.
inline std::string format_int_spec(Int value, const FormatSpec& f) {
    if (f.precision != -1) raise<ValueError>("Precision not allowed in integer format specifier");
    if (f.no_neg_0) raise<ValueError>("Negative zero coercion (z) not allowed in integer format specifier");
    if (f.type == 'c') {
        if (f.sign != 0) raise<ValueError>("Sign not allowed with integer format specifier 'c'");
        if (f.alternate) raise<ValueError>("Alternate form (#) not allowed with integer format specifier 'c'");
        if (value < 0 || value > 0x10ffff) raise<OverflowError>("%c arg not in range(0x110000)");
        std::string ch;
        append_utf8(ch, static_cast<char32_t>(value));
        return render_number(f, false, {}, {}, ch, 1, f.thousands);
    }
    int base = 10;
    const char* prefix = "";
    switch (f.type) {
        case 'b': base = 2; prefix = "0b"; break;
        case 'o': base = 8; prefix = "0o"; break;
        case 'x': base = 16; prefix = "0x"; break;
        case 'X': base = 16; prefix = "0X"; break;
        default: break;
    }
    bool negative = value < 0;
    std::uint64_t mag = negative ? 0 - static_cast<std::uint64_t>(value) : static_cast<std::uint64_t>(value);
    char buf[72];
    char* p = buf + sizeof buf;
    const char* digit_chars = f.type == 'X' ? "0123456789ABCDEF" : "0123456789abcdef";
    do {
        *--p = digit_chars[mag % static_cast<unsigned>(base)];
        mag /= static_cast<unsigned>(base);
    } while (mag != 0);
    std::string_view digits(p, static_cast<std::size_t>(buf + sizeof buf - p));
    char thousands = f.type == 'n' ? 0 : f.thousands;
    return render_number(f, negative, f.alternate ? std::string_view(prefix) : std::string_view(), digits, {}, 0,
                         thousands);
}

/// format_string_internal.
inline std::string format_str_spec(std::string_view value, Int length, const FormatSpec& f) {
    if (f.sign != 0) {
        if (f.sign == ' ') raise<ValueError>("Space not allowed in string format specifier");
        raise<ValueError>("Sign not allowed in string format specifier");
    }
    if (f.no_neg_0) raise<ValueError>("Negative zero coercion (z) not allowed in string format specifier");
    if (f.alternate) raise<ValueError>("Alternate form (#) not allowed in string format specifier");
    if (f.align == '=') raise<ValueError>("'=' alignment not allowed in string format specifier");
    Int len = length;
    std::string_view text = value;
    if (f.precision >= 0 && len >= f.precision) {
        len = f.precision;
        text = value.substr(0, utf8_offset(value, len));
    }
    Int total = f.width > len ? f.width : len;
    Int lpad = 0;
    if (f.align == '>') lpad = total - len;
    else if (f.align == '^') lpad = (total - len) / 2;
    Int rpad = total - len - lpad;
    std::string out;
    append_fill(out, f.fill, lpad);
    out += text;
    append_fill(out, f.fill, rpad);
    return out;
}

/// format(int or bool, spec): int.__format__ (type_name "int" or "bool").
inline std::string format_int_value(Int value, std::string_view spec, const char* type_name) {
    FormatSpec f = parse_format_spec(spec, type_name, 'd', '>');
    switch (f.type) {
        case 'b': case 'c': case 'd': case 'o': case 'x': case 'X': case 'n':
            return format_int_spec(value, f);
        case 'e': case 'E': case 'f': case 'F': case 'g': case 'G': case '%':
            return format_float_spec(static_cast<double>(value), f);
        default:
            raise_unknown_presentation_type(f.type, type_name);
    }
}

inline std::string format_float_value(double value, std::string_view spec) {
    if (spec.empty()) return float_repr(value);
    FormatSpec f = parse_format_spec(spec, "float", 0, '>');
    switch (f.type) {
        case 0: case 'e': case 'E': case 'f': case 'F': case 'g': case 'G': case 'n': case '%':
            return format_float_spec(value, f);
        default:
            raise_unknown_presentation_type(f.type, "float");
    }
}

inline std::string format_str_value(std::string_view value, Int length, std::string_view spec) {
    if (spec.empty()) return std::string(value);
    FormatSpec f = parse_format_spec(spec, "str", 's', '<');
    if (f.type != 's') raise_unknown_presentation_type(f.type, "str");
    return format_str_spec(value, length, f);
}

[[noreturn]] inline void raise_unsupported_format_string(const char* type_name) {
    raise<TypeError>(std::string("unsupported format string passed to ") + type_name + ".__format__");
}

}  // namespace detail

// ---- builtins.format ------------------------------------------------------------------------------------------

namespace ops {

/// format(x, spec) for int, bool and float (format(x) == str(x)).
template <PyNumeric T>
Str builtins_format(T x, const Str& spec) {
    if constexpr (std::is_same_v<T, bool>) {
        if (spec.view().empty()) return Str(x ? "True" : "False");
        return Str(detail::format_int_value(x ? 1 : 0, spec.view(), "bool"));
    } else if constexpr (std::is_integral_v<T>) {
        if (spec.view().empty()) return Str(detail::int_to_string(static_cast<Int>(x)));
        return Str(detail::format_int_value(static_cast<Int>(x), spec.view(), "int"));
    } else {
        return Str(detail::format_float_value(static_cast<double>(x), spec.view()));
    }
}
template <PyNumeric T>
Str builtins_format(T x) {
    return str(x);
}
template <PyNumeric T>
Str builtins_format(T x, Omitted) {
    return str(x);
}

/// format(s, spec) for str.
inline Str builtins_format(const Str& s, const Str& spec) {
    if (spec.view().empty()) return s;
    return Str(detail::format_str_value(s.view(), s.length(), spec.view()));
}
inline Str builtins_format(const Str& s) { return s; }
inline Str builtins_format(const Str& s, Omitted) { return s; }

/// format(None, spec): object.__format__.
inline Str builtins_format(None, const Str& spec) {
    if (!spec.view().empty()) detail::raise_unsupported_format_string("NoneType");
    return Str("None");
}
inline Str builtins_format(None) { return Str("None"); }

/// format(instance, spec): object.__format__ (str(x) for an empty spec, TypeError otherwise); a class that defines
/// __format__ is called by the emitter directly.
template <InstanceType T>
Str builtins_format(const Ref<T>& x, const Str& spec) {
    if (!spec.view().empty()) detail::raise_unsupported_format_string(x->type_name());
    return x->str();
}
template <InstanceType T>
Str builtins_format(const Ref<T>& x) {
    return x->str();
}

/// format(value) of any other type (containers, ...): object.__format__ unless the type has its own.
template <class T>
    requires(!PyNumeric<T> && !std::is_same_v<T, Str> && !std::is_same_v<T, None>)
Str builtins_format(const T& x, const Str& spec) {
    if constexpr (requires { x.format(spec); }) {
        return x.format(spec);
    } else if constexpr (requires { x.template is<Int>(); x.template as<Int>(); }) {
        // a boxed object: the boxed type's __format__
        if (x.template is<bool>()) return builtins_format(x.template as<bool>(), spec);
        if (x.template is<Int>()) return builtins_format(x.template as<Int>(), spec);
        if (x.template is<Float>()) return builtins_format(x.template as<Float>(), spec);
        if (x.template is<Str>()) return builtins_format(x.template as<Str>(), spec);
        if (!spec.view().empty()) detail::raise_unsupported_format_string(type_name_of(x));
        return str(x);
    } else {
        if (!spec.view().empty()) detail::raise_unsupported_format_string(type_name_of(x));
        return str(x);
    }
}
template <class T>
    requires(!PyNumeric<T> && !std::is_same_v<T, Str> && !std::is_same_v<T, None>)
Str builtins_format(const T& x) {
    return str(x);
}

}  // namespace ops

// ---- printf-style formatting: str % values --------------------------------------------------------------------

namespace detail {

/// One value for a %-conversion, captured with what the conversions need.
struct PercentArg {
    enum Kind { kInt, kFloat, kStr, kOther } kind = kOther;
    Int i = 0;
    Float f = 0;
    const char* type_name = "object";
    bool mapping = false;  // list, dict, range, bytes: a single operand that needs no conversion
    const void* ptr = nullptr;
    Str (*to_str)(const void*) = nullptr;
    Str (*to_repr)(const void*) = nullptr;
};

template <class T>
PercentArg make_percent_arg(const T& v) {
    PercentArg a;
    a.type_name = type_name_of(v);
    a.ptr = &v;
    if constexpr (std::is_same_v<T, Str>) a.to_str = [](const void* p) -> Str { return *static_cast<const Str*>(p); };
    else a.to_str = [](const void* p) -> Str { return str(*static_cast<const T*>(p)); };
    a.to_repr = [](const void* p) -> Str { return repr(*static_cast<const T*>(p)); };
    if constexpr (!std::is_arithmetic_v<T> && !std::is_same_v<T, Str>) {
        std::string_view name = a.type_name;
        a.mapping = name == "list" || name == "dict" || name == "range" || name == "bytes" ||
                    requires { v[Int{0}]; };
    }
    if constexpr (requires { v.template is<Int>(); v.template as<Int>(); }) {
        // a boxed object: its boxed value
        if (v.template is<bool>()) return make_percent_arg(v.template as<bool>());
        if (v.template is<Int>()) return make_percent_arg(v.template as<Int>());
        if (v.template is<Float>()) return make_percent_arg(v.template as<Float>());
        if (v.template is<Str>()) return make_percent_arg(v.template as<Str>());
    }
    if constexpr (std::is_integral_v<T>) {
        a.kind = PercentArg::kInt;
        a.i = static_cast<Int>(v);
    } else if constexpr (std::is_floating_point_v<T>) {
        a.kind = PercentArg::kFloat;
        a.f = static_cast<Float>(v);
    } else if constexpr (std::is_same_v<T, Str>) {
        a.kind = PercentArg::kStr;
    }
    return a;
}

/// _PyUnicode_FormatLong for an int64: sign, "0x"/"0X"/"0o" when alt, at least prec digits.
inline std::string percent_format_long(Int value, bool alt, Int prec, char type) {
    int base = 10;
    if (type == 'x' || type == 'X') base = 16;
    else if (type == 'o') base = 8;
    bool negative = value < 0;
    std::uint64_t mag = negative ? 0 - static_cast<std::uint64_t>(value) : static_cast<std::uint64_t>(value);
    std::string digits;
    const char* chars = type == 'X' ? "0123456789ABCDEF" : "0123456789abcdef";
    do {
        digits += chars[mag % static_cast<unsigned>(base)];
        mag /= static_cast<unsigned>(base);
    } while (mag != 0);
    while (static_cast<Int>(digits.size()) < prec) digits += '0';
    std::string out;
    if (negative) out += '-';
    if (alt && base != 10) {
        out += '0';
        out += type;
    }
    out.append(digits.rbegin(), digits.rend());
    return out;
}

enum : int { F_LJUST = 1, F_SIGN = 2, F_BLANK = 4, F_ALT = 8, F_ZERO = 16 };

/// unicode_format_arg_output.
inline void percent_output(std::string& out, std::string_view text, Int width, Int prec, int flags, char ch,
                           bool sign) {
    char32_t fill = (sign && (flags & F_ZERO)) ? U'0' : U' ';
    Int len = utf8_length(text);
    if ((width == -1 || width <= len) && (prec == -1 || prec >= len) && !(flags & (F_SIGN | F_BLANK))) {
        out += text;
        return;
    }
    if (ch == 's' || ch == 'r' || ch == 'a') {
        if (prec >= 0 && len > prec) {
            len = prec;
            text = text.substr(0, utf8_offset(text, len));
        }
    }
    std::size_t pindex = 0;
    char signchar = 0;
    if (sign) {
        char c = text.empty() ? 0 : text[0];
        if (c == '-' || c == '+') {
            signchar = c;
            --len;
            ++pindex;
        } else if (flags & F_SIGN) {
            signchar = '+';
        } else if (flags & F_BLANK) {
            signchar = ' ';
        } else {
            sign = false;
        }
    }
    if (width < len) width = len;
    if (signchar) {
        if (fill != U' ') out += signchar;
        if (width > len) --width;
    }
    const bool alt_prefix = (flags & F_ALT) && (ch == 'x' || ch == 'X' || ch == 'o');
    if (alt_prefix) {
        if (fill != U' ') {
            out += '0';
            out += ch;
            pindex += 2;
        }
        width -= 2;
        if (width < 0) width = 0;
        len -= 2;
    }
    if (width > len && !(flags & F_LJUST)) {
        out.append(static_cast<std::size_t>(width - len), fill == U'0' ? '0' : ' ');
        width = len;
    }
    if (fill == U' ') {
        if (signchar) out += signchar;
        if (alt_prefix) {
            out += '0';
            out += ch;
            pindex += 2;
        }
    }
    std::string_view rest = text.substr(pindex);
    if (len > 0) out += rest.substr(0, utf8_offset(rest, len));
    if (width > len) out.append(static_cast<std::size_t>(width - len), ' ');
}

/// PyUnicode_Format over captured arguments. `single` is true when the right operand is not a tuple.
inline Str percent_format(std::string_view fmt, const PercentArg* args, std::size_t nargs, bool single) {
    std::string out;
    out.reserve(fmt.size() + nargs * 8);
    std::size_t argidx = 0;
    auto next_arg = [&]() -> const PercentArg& {
        if (argidx >= nargs) raise<TypeError>("not enough arguments for format string");
        return args[argidx++];
    };
    std::size_t i = 0;
    const std::size_t n = fmt.size();
    while (i < n) {
        std::size_t start = i;
        while (i < n && fmt[i] != '%') ++i;
        out.append(fmt.substr(start, i - start));
        if (i >= n) break;
        ++i;  // '%'
        if (i < n && fmt[i] == '%') {
            out += '%';
            ++i;
            continue;
        }
        if (i < n && fmt[i] == '(') raise<TypeError>("format requires a mapping");
        int flags = 0;
        for (; i < n; ++i) {
            char c = fmt[i];
            if (c == '-') flags |= F_LJUST;
            else if (c == '+') flags |= F_SIGN;
            else if (c == ' ') flags |= F_BLANK;
            else if (c == '#') flags |= F_ALT;
            else if (c == '0') flags |= F_ZERO;
            else break;
        }
        Int width = -1;
        if (i < n && fmt[i] == '*') {
            const PercentArg& a = next_arg();
            if (a.kind != PercentArg::kInt) raise<TypeError>("* wants int");
            width = a.i;
            if (width < 0) {
                flags |= F_LJUST;
                width = -width;
            }
            ++i;
        } else if (i < n && fmt[i] >= '0' && fmt[i] <= '9') {
            width = 0;
            while (i < n && fmt[i] >= '0' && fmt[i] <= '9') {
                if (width > (INT64_MAX - (fmt[i] - '0')) / 10) raise<ValueError>("width too big");
                width = width * 10 + (fmt[i] - '0');
                ++i;
            }
        }
        Int prec = -1;
        if (i < n && fmt[i] == '.') {
            ++i;
            prec = 0;
            if (i < n && fmt[i] == '*') {
                const PercentArg& a = next_arg();
                if (a.kind != PercentArg::kInt) raise<TypeError>("* wants int");
                prec = a.i < 0 ? 0 : a.i;
                ++i;
            } else {
                while (i < n && fmt[i] >= '0' && fmt[i] <= '9') {
                    if (prec > (INT64_MAX - (fmt[i] - '0')) / 10) raise<ValueError>("precision too big");
                    prec = prec * 10 + (fmt[i] - '0');
                    ++i;
                }
            }
        }
        while (i < n && (fmt[i] == 'h' || fmt[i] == 'l' || fmt[i] == 'L')) ++i;
        if (i >= n) raise<ValueError>("incomplete format");
        // the conversion character is one code point
        std::size_t ch_start = i;
        unsigned char lead = static_cast<unsigned char>(fmt[i]);
        std::size_t ch_len = lead < 0x80 ? 1 : lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4;
        i += ch_len;
        char ch = static_cast<char>(lead);
        std::string text;
        bool sign = false;
        switch (ch) {
            case 's': case 'r': case 'a': {
                const PercentArg& a = next_arg();
                if (ch == 's') text = a.to_str(a.ptr).utf8();
                else if (ch == 'r') text = a.to_repr(a.ptr).utf8();
                else text = ascii_escape(a.to_repr(a.ptr).view());
                break;
            }
            case 'd': case 'i': case 'u': case 'o': case 'x': case 'X': {
                const PercentArg& a = next_arg();
                Int v;
                if (a.kind == PercentArg::kInt) {
                    v = a.i;
                } else if (a.kind == PercentArg::kFloat && (ch == 'd' || ch == 'i' || ch == 'u')) {
                    if (std::isnan(a.f)) raise<ValueError>("cannot convert float NaN to integer");
                    if (std::isinf(a.f)) raise<OverflowError>("cannot convert float infinity to integer");
                    double t = std::trunc(a.f);
                    if (!(t >= -9223372036854775808.0 && t < 9223372036854775808.0)) int_overflow();
                    v = static_cast<Int>(t);
                } else if (ch == 'd' || ch == 'i' || ch == 'u') {
                    raise<TypeError>(std::string("%") + ch + " format: a real number is required, not " + a.type_name);
                } else {
                    raise<TypeError>(std::string("%") + ch + " format: an integer is required, not " + a.type_name);
                }
                text = percent_format_long(v, flags & F_ALT, prec, ch == 'i' || ch == 'u' ? 'd' : ch);
                sign = true;
                break;
            }
            case 'e': case 'E': case 'f': case 'F': case 'g': case 'G': {
                const PercentArg& a = next_arg();
                double x;
                if (a.kind == PercentArg::kFloat) x = a.f;
                else if (a.kind == PercentArg::kInt) x = static_cast<double>(a.i);
                else raise<TypeError>(std::string("must be real number, not ") + a.type_name);
                text = double_to_string(x, ch, prec < 0 ? 6 : static_cast<int>(prec), (flags & F_ALT) ? DTSF_ALT : 0);
                sign = true;
                break;
            }
            case 'c': {
                const PercentArg& a = next_arg();
                if (a.kind == PercentArg::kInt) {
                    if (a.i < 0 || a.i > 0x10ffff) raise<OverflowError>("%c arg not in range(0x110000)");
                    append_utf8(text, static_cast<char32_t>(a.i));
                } else if (a.kind == PercentArg::kStr) {
                    Str s = a.to_str(a.ptr);
                    if (s.length() != 1) raise<TypeError>("%c requires int or char");
                    text = s.utf8();
                } else {
                    raise<TypeError>("%c requires int or char");
                }
                break;
            }
            default: {
                char32_t cp = decode_utf8(fmt.substr(ch_start, ch_len))[0];
                Int index = utf8_length(fmt.substr(0, ch_start));
                char buf[128];
                std::snprintf(buf, sizeof buf, "unsupported format character '%c' (0x%x) at index %lld",
                              (cp >= 31 && cp <= 126) ? static_cast<char>(cp) : '?', static_cast<unsigned>(cp),
                              static_cast<long long>(index));
                raise<ValueError>(buf);
            }
        }
        percent_output(out, text, width, prec, flags, ch, sign);
    }
    if (argidx < nargs && !single) raise<TypeError>("not all arguments converted during string formatting");
    if (single && nargs == 1 && argidx == 0 && !args[0].mapping) raise<TypeError>("not all arguments converted during string formatting");
    return Str(std::move(out));
}

template <class Tup, std::size_t... I>
Str percent_format_tuple(std::string_view fmt, const Tup& t, std::index_sequence<I...>) {
    if constexpr (sizeof...(I) == 0) {
        return percent_format(fmt, nullptr, 0, false);
    } else {
        PercentArg args[] = {make_percent_arg(std::get<I>(t))...};
        return percent_format(fmt, args, sizeof...(I), false);
    }
}

template <class T>
concept TupleLike = requires { std::tuple_size<T>::value; };

}  // namespace detail

namespace ops {

/// str % value: printf-style formatting; a tuple supplies several values.
template <class T>
    requires(!PyNumeric<T>)
Str operator_mod(const Str& fmt, const T& value) {
    if constexpr (detail::TupleLike<T>) {
        return detail::percent_format_tuple(fmt.view(), value, std::make_index_sequence<std::tuple_size<T>::value>{});
    } else {
        detail::PercentArg a = detail::make_percent_arg(value);
        return detail::percent_format(fmt.view(), &a, 1, true);
    }
}
template <PyNumeric T>
Str operator_mod(const Str& fmt, T value) {
    detail::PercentArg a = detail::make_percent_arg(value);
    return detail::percent_format(fmt.view(), &a, 1, true);
}
template <class T>
Str operator_mod(const Str& fmt, const VarTuple<T>& values) {
    std::vector<detail::PercentArg> args;
    args.reserve(static_cast<std::size_t>(values.size()));
    for (Int k = 0; k < values.size(); ++k) args.push_back(detail::make_percent_arg(values[k]));
    return detail::percent_format(fmt.view(), args.data(), args.size(), false);
}

}  // namespace ops

}  // namespace pyaot
