// PythonAot C++ runtime: every str.* operation (str.format included: fields rendered by format.hpp's
// builtins_format), the str and bytes overloads of
// operator.* and builtins.* (len, ord, chr, reversed, str()), bytes.decode and str.encode.
//
// Indices are code points; the work is done on the UTF-8 bytes (a valid UTF-8 needle only matches a valid UTF-8
// haystack at code-point boundaries), with byte offsets equal to indices on all-ASCII strings.
// Optional parameters take Optional<T> (which accepts T, pyaot::none and pyaot::omitted) so the emitter's calling
// convention (omitted middle arguments passed as pyaot::omitted, trailing ones left out) needs no overloads.
// For the emitter: `s = s + t` and `s += t` on a str should be emitted as `s = operator_add(std::move(s), t)`; that
// overload appends in place when s holds the only handle (CPython's own in-place concatenation), keeping string
// building in a loop linear.
#pragma once

#include <algorithm>
#include <cstdint>
#include <cstdio>
#include <cstring>
#include <initializer_list>
#include <limits>
#include <string>
#include <string_view>
#include <tuple>
#include <type_traits>
#include <utility>
#include <vector>

#include "core.hpp"
#include "exceptions.hpp"
#include "str.hpp"
#include "bytes.hpp"
#include "optional.hpp"
#include "iterator.hpp"
#include "list.hpp"
#include "tuple.hpp"
#include "object.hpp"
#include "format.hpp"

namespace pyaot {

namespace detail {

inline constexpr Int kMaxIndex = std::numeric_limits<Int>::max();

/// CPython's ADJUST_INDICES: negative indices count from the end, then clamp into [0, len] (start may exceed len).
inline void adjust_indices(Int& start, Int& end, Int len) noexcept {
    if (end > len) {
        end = len;
    } else if (end < 0) {
        end += len;
        if (end < 0) end = 0;
    }
    if (start < 0) {
        start += len;
        if (start < 0) start = 0;
    }
}

/// The code point at byte offset i (advancing i), and whether it is whitespace.
inline bool space_at(const char* p, std::size_t& i) noexcept {
    auto c = static_cast<unsigned char>(p[i]);
    if (c < 0x80) {
        ++i;
        return unicode::is_ascii_space(c);
    }
    const char* q = p + i;
    char32_t cp = unicode::decode(q);
    i = static_cast<std::size_t>(q - p);
    return unicode::is_space(cp);
}

/// Moves i (> 0) back to the start of the previous code point and returns it.
inline char32_t prev_code_point(const char* p, std::size_t& i) noexcept {
    do {
        --i;
    } while (i > 0 && unicode::is_continuation(static_cast<unsigned char>(p[i])));
    const char* q = p + i;
    return unicode::decode(q);
}

inline std::u32string to_code_points(const Str& s) {
    std::u32string out;
    out.reserve(static_cast<std::size_t>(s.length()));
    const char* p = s.data();
    const char* e = p + s.byte_size();
    while (p < e) out.push_back(unicode::decode(p));
    return out;
}

/// Builds a Str from code points.
inline Str from_code_points(const char32_t* cps, std::size_t n) {
    std::string out;
    out.reserve(n);
    for (std::size_t i = 0; i < n; ++i) unicode::append(out, cps[i]);
    return Str(std::move(out), static_cast<Int>(n));
}

/// A piece of s between byte offsets, holding n code points (n < 0: count it).
inline Str piece(const Str& s, std::size_t b0, std::size_t b1, Int n = -1) {
    if (n < 0) n = s.is_ascii() ? static_cast<Int>(b1 - b0) : unicode::count_code_points(s.data() + b0, b1 - b0);
    return s.substr_bytes(b0, b1, n);
}

[[noreturn, gnu::cold, gnu::noinline]] inline void raise_empty_separator() { raise<ValueError>("empty separator"); }
[[noreturn, gnu::cold, gnu::noinline]] inline void raise_fill_char() {
    raise<TypeError>("The fill character must be exactly one character long");
}

/// CPython's Py_UNICODE_ISLINEBREAK over the byte at i; sets len to the break's byte length.
inline bool linebreak_at(const char* p, std::size_t n, std::size_t i, std::size_t& len) noexcept {
    auto c = static_cast<unsigned char>(p[i]);
    if (c < 0x80) {
        len = 1;
        return c == '\n' || c == '\r' || c == 0x0B || c == 0x0C || (c >= 0x1C && c <= 0x1E);
    }
    if (c == 0xC2 && i + 1 < n && static_cast<unsigned char>(p[i + 1]) == 0x85) {
        len = 2;
        return true;
    }
    if (c == 0xE2 && i + 2 < n && static_cast<unsigned char>(p[i + 1]) == 0x80 &&
        (static_cast<unsigned char>(p[i + 2]) == 0xA8 || static_cast<unsigned char>(p[i + 2]) == 0xA9)) {
        len = 3;
        return true;
    }
    len = static_cast<std::size_t>(unicode::seq_len(c));
    return false;
}

/// The set of code points of a strip() argument.
struct CharSet {
    explicit CharSet(const Str& chars) {
        if (chars.is_ascii()) {
            for (char c : chars.view()) ascii[static_cast<unsigned char>(c)] = true;
        } else {
            const char* p = chars.data();
            const char* e = p + chars.byte_size();
            while (p < e) {
                char32_t cp = unicode::decode(p);
                if (cp < 128) ascii[cp] = true;
                else other.push_back(cp);
            }
        }
    }
    bool contains(char32_t cp) const noexcept {
        if (cp < 128) return ascii[cp];
        return other.find(cp) != std::u32string::npos;
    }
    bool ascii[128] = {};
    std::u32string other;
};

inline Str strip_impl(const Str& s, const Optional<Str>& chars, bool left, bool right) {
    const char* p = s.data();
    std::size_t n = s.byte_size();
    std::size_t i = 0, j = n;
    if (chars.is_none()) {
        if (left) {
            while (i < j) {
                std::size_t k = i;
                if (!space_at(p, k)) break;
                i = k;
            }
        }
        if (right) {
            while (j > i) {
                std::size_t k = j;
                char32_t cp = prev_code_point(p, k);
                if (!(cp < 128 ? unicode::is_ascii_space(static_cast<unsigned char>(cp)) : unicode::is_space(cp))) break;
                j = k;
            }
        }
    } else {
        CharSet set(*chars);
        if (left) {
            while (i < j) {
                const char* q = p + i;
                if (!set.contains(unicode::decode(q))) break;
                i = static_cast<std::size_t>(q - p);
            }
        }
        if (right) {
            while (j > i) {
                std::size_t k = j;
                if (!set.contains(prev_code_point(p, k))) break;
                j = k;
            }
        }
    }
    return piece(s, i, j);
}

/// The byte range [b0, b1) of s[start:end] after ADJUST_INDICES, or false when start > end.
inline bool slice_bytes(const Str& s, const Optional<Int>& start, const Optional<Int>& end, Int& st, Int& en,
                        std::size_t& b0, std::size_t& b1) {
    st = start.has_value() ? *start : 0;
    en = end.has_value() ? *end : kMaxIndex;
    adjust_indices(st, en, s.length());
    if (st > en) return false;
    b0 = s.byte_offset(st);
    b1 = s.byte_offset(en);
    return true;
}

/// CPython's tailmatch: whether s[start:end] starts (dir < 0) or ends (dir > 0) with sub.
inline bool tailmatch(const Str& s, const Str& sub, const Optional<Int>& start, const Optional<Int>& end, int dir) {
    Int st = start.has_value() ? *start : 0;
    Int en = end.has_value() ? *end : kMaxIndex;
    adjust_indices(st, en, s.length());
    if (en - sub.length() < st) return false;
    if (sub.empty()) return true;
    std::size_t nb = sub.byte_size();
    if (dir < 0) {
        std::size_t b0 = s.byte_offset(st);
        return b0 + nb <= s.byte_size() && std::memcmp(s.data() + b0, sub.data(), nb) == 0;
    }
    std::size_t b1 = s.byte_offset(en);
    return b1 >= nb && std::memcmp(s.data() + b1 - nb, sub.data(), nb) == 0;
}

inline Str pad(const Str& s, Int left, Int right, char32_t fill) {
    char buf[4];
    int fl = unicode::encode(fill, buf);
    std::string out;
    out.reserve(s.byte_size() + static_cast<std::size_t>((left + right) * fl));
    if (fl == 1) {
        out.append(static_cast<std::size_t>(left), buf[0]);
        out.append(s.view());
        out.append(static_cast<std::size_t>(right), buf[0]);
    } else {
        for (Int i = 0; i < left; ++i) out.append(buf, static_cast<std::size_t>(fl));
        out.append(s.view());
        for (Int i = 0; i < right; ++i) out.append(buf, static_cast<std::size_t>(fl));
    }
    return Str(std::move(out), s.length() + left + right);
}

inline char32_t fill_char(const Optional<Str>& fillchar) {
    if (fillchar.is_none()) return U' ';
    const Str& f = *fillchar;
    if (f.length() != 1) raise_fill_char();
    const char* p = f.data();
    return unicode::decode(p);
}

/// CPython's handle_capital_sigma: 'Σ' at i lowers to 'ς' at the end of a cased word.
inline char32_t lower_sigma(const std::u32string& cps, std::size_t i) {
    std::size_t j = i;
    char32_t c = 0;
    bool found = false;
    while (j > 0) {
        c = cps[--j];
        if (!unicode::is_case_ignorable(c)) {
            found = true;
            break;
        }
    }
    bool final_sigma = found && unicode::is_cased(c);
    if (final_sigma && i + 1 < cps.size()) {
        std::size_t k = i + 1;
        for (; k < cps.size(); ++k) {
            c = cps[k];
            if (!unicode::is_case_ignorable(c)) break;
        }
        final_sigma = k == cps.size() || !unicode::is_cased(c);
    }
    return final_sigma ? 0x3C2 : 0x3C3;
}

/// lower_ucs4: full lower-casing with the final-sigma rule.
inline int lower_at(const std::u32string& cps, std::size_t i, char32_t* out) {
    if (cps[i] == 0x3A3) {
        out[0] = lower_sigma(cps, i);
        return 1;
    }
    return unicode::to_lower(cps[i], out);
}

enum class CaseOp { Upper, Lower, Fold, Swap, Title, Capitalize };

inline Str change_case(const Str& s, CaseOp op) {
    if (s.is_ascii()) {
        std::string out(s.view());
        bool prev_cased = false;
        for (std::size_t i = 0; i < out.size(); ++i) {
            char& c = out[i];
            bool up = c >= 'A' && c <= 'Z', lo = c >= 'a' && c <= 'z';
            switch (op) {
                case CaseOp::Upper:
                    if (lo) c = static_cast<char>(c - 32);
                    break;
                case CaseOp::Lower:
                case CaseOp::Fold:
                    if (up) c = static_cast<char>(c + 32);
                    break;
                case CaseOp::Swap:
                    if (up) c = static_cast<char>(c + 32);
                    else if (lo) c = static_cast<char>(c - 32);
                    break;
                case CaseOp::Title:
                    if (prev_cased ? up : lo) c = static_cast<char>(prev_cased ? c + 32 : c - 32);
                    prev_cased = up || lo;
                    break;
                case CaseOp::Capitalize:
                    if (i == 0 ? lo : up) c = static_cast<char>(i == 0 ? c - 32 : c + 32);
                    break;
            }
        }
        return Str(std::move(out), s.length());
    }
    std::u32string cps = to_code_points(s);
    std::string out;
    out.reserve(s.byte_size());
    Int n = 0;
    bool prev_cased = false;
    char32_t m[3];
    for (std::size_t i = 0; i < cps.size(); ++i) {
        char32_t c = cps[i];
        int k = 1;
        switch (op) {
            case CaseOp::Upper: k = unicode::to_upper(c, m); break;
            case CaseOp::Lower: k = lower_at(cps, i, m); break;
            case CaseOp::Fold: k = unicode::to_fold(c, m); break;
            case CaseOp::Swap:
                if (unicode::is_upper(c)) k = lower_at(cps, i, m);
                else if (unicode::is_lower(c)) k = unicode::to_upper(c, m);
                else m[0] = c;
                break;
            case CaseOp::Title:
                k = prev_cased ? lower_at(cps, i, m) : unicode::to_title(c, m);
                prev_cased = unicode::is_cased(c);
                break;
            case CaseOp::Capitalize: k = i == 0 ? unicode::to_title(c, m) : lower_at(cps, i, m); break;
        }
        for (int t = 0; t < k; ++t) unicode::append(out, m[t]);
        n += k;
    }
    return Str(std::move(out), n);
}

/// Whether s is non-empty and every code point satisfies pred (ASCII bytes go through ascii_pred).
template <class AsciiPred, class Pred>
inline bool all_chars(const Str& s, AsciiPred ascii_pred, Pred pred) {
    if (s.empty()) return false;
    const char* p = s.data();
    const char* e = p + s.byte_size();
    while (p < e) {
        auto c = static_cast<unsigned char>(*p);
        if (c < 0x80) {
            if (!ascii_pred(c)) return false;
            ++p;
        } else if (!pred(unicode::decode(p))) {
            return false;
        }
    }
    return true;
}

template <class F>
inline void for_each_code_point(const Str& s, F f) {
    const char* p = s.data();
    const char* e = p + s.byte_size();
    while (p < e) f(unicode::decode(p));
}

[[noreturn, gnu::cold, gnu::noinline]] inline void raise_str_index() { raise<IndexError>("string index out of range"); }

inline std::string_view encoding_arg(const Optional<Str>& x, const char* dflt) {
    return x.is_none() ? std::string_view(dflt) : x->view();
}

/// Whether f holds for one of the strings of a tuple (VarTuple<Str>, a fixed-shape Tuple<Str, ...>, any iterable).
template <class Tup, class F>
bool any_str(const Tup& t, F f) {
    if constexpr (is_iterable<Tup>::value) {
        for (auto&& x : t)
            if (f(x)) return true;
        return false;
    } else {
        return std::apply([&](const auto&... xs) { return (f(xs) || ...); }, static_cast<const typename Tup::Base&>(t));
    }
}


/// str.format's machinery (CPython's Objects/stringlib/unicode_format.h): literal text with {{ and }}, fields
/// {name!conv:spec} with auto or manual numbering, nested fields in the spec (two levels).
struct StrFormatter {
    std::initializer_list<Object> args;
    enum { Init, Auto, Manual } state = Init;
    Int next_auto = 0;

    void build(std::string_view in, std::string& out, int depth) {
        if (depth <= 0) raise<ValueError>("Max string recursion exceeded");
        std::size_t i = 0, n = in.size();
        while (i < n) {
            // literal text up to the next brace
            std::size_t start = i;
            char c = 0;
            bool markup = false;
            while (i < n) {
                c = in[i++];
                if (c == '{' || c == '}') {
                    markup = true;
                    break;
                }
            }
            bool at_end = i >= n;
            std::size_t len = i - start;
            if (markup && c == '}' && (at_end || in[i] != '}'))
                raise<ValueError>("Single '}' encountered in format string");
            if (markup && at_end && c == '{') raise<ValueError>("Single '{' encountered in format string");
            if (markup) {
                if (in[i] == c) {  // {{ or }}
                    ++i;
                    markup = false;
                } else {
                    --len;
                }
            }
            out.append(in.data() + start, len);
            if (!markup) continue;
            field(in, i, out, depth);
        }
    }

    /// CPython 3.11's parse_field + output_markup over in[i...] (just after the '{'); leaves i after the '}'.
    void field(std::string_view in, std::size_t& i, std::string& out, int depth) {
        std::size_t n = in.size(), fstart = i;
        char c = 0;
        while (i < n) {
            c = in[i++];
            if (c == '{') raise<ValueError>("unexpected '{' in field name");
            if (c == '[') {
                while (i < n && in[i] != ']') ++i;
                continue;
            }
            if (c == '}' || c == ':' || c == '!') break;
        }
        std::string_view name = in.substr(fstart, i - 1 - fstart), spec;
        char conversion = 0;
        std::size_t conv_at = 0;
        bool nested = false;
        if (c == '!' || c == ':') {
            bool spec_follows = true;
            if (c == '!') {
                if (i >= n) raise<ValueError>("end of string while looking for conversion specifier");
                conv_at = i;
                conversion = in[i];
                i += static_cast<std::size_t>(unicode::seq_len(static_cast<unsigned char>(in[i])));
                if (i < n) {
                    char d = in[i++];
                    if (d == '}') spec_follows = false;
                    else if (d != ':') raise<ValueError>("expected ':' after conversion specifier");
                }
            }
            if (spec_follows) {
                std::size_t sstart = i;
                int count = 1;
                bool closed = false;
                while (i < n) {
                    char d = in[i++];
                    if (d == '{') {
                        nested = true;
                        ++count;
                    } else if (d == '}' && --count == 0) {
                        closed = true;
                        break;
                    }
                }
                if (!closed) raise<ValueError>("unmatched '{' in format spec");
                spec = in.substr(sstart, i - 1 - sstart);
            }
        } else if (c != '}') {
            raise<ValueError>("expected '}' before end of string");
        }
        const Object& obj = lookup(name);
        Str text;
        bool converted = conversion != 0;
        if (conversion == 'r') text = repr(obj);
        else if (conversion == 's') text = str(obj);
        else if (conversion == 'a') text = ascii_escape(repr(obj));
        else if (conversion != 0) {
            std::string m = "Unknown conversion specifier ";
            auto uc = static_cast<unsigned char>(conversion);
            if (uc > 32 && uc < 127) {
                m += conversion;
            } else {
                const char* p = in.data() + conv_at;
                char32_t cp = unicode::decode(p);
                m += "\\x";
                char buf[16];
                std::snprintf(buf, sizeof buf, "%x", static_cast<unsigned>(cp));
                m += buf;
            }
            raise<ValueError>(std::move(m));
        }
        Str spec_str;
        if (nested) {
            std::string expanded;
            build(spec, expanded, depth - 1);
            spec_str = Str(std::move(expanded));
        } else if (!spec.empty()) {
            spec_str = Str(spec);
        }
        Str rendered = converted ? ops::builtins_format(text, spec_str) : ops::builtins_format(obj, spec_str);
        out.append(rendered.view());
    }

    const Object& lookup(std::string_view name) {
        std::size_t first_end = 0;
        while (first_end < name.size() && name[first_end] != '.' && name[first_end] != '[') ++first_end;
        std::string_view first = name.substr(0, first_end);
        Int index = -1;
        if (!first.empty()) {
            index = 0;
            for (char c : first) {
                if (c < '0' || c > '9') {
                    index = -1;
                    break;
                }
                if (index > (kMaxIndex - (c - '0')) / 10) raise<ValueError>("Too many decimal digits in format string");
                index = index * 10 + (c - '0');
            }
        }
        bool empty = first.empty();
        if (empty || index != -1) {
            if (state == Init) state = empty ? Auto : Manual;
            if (state == Manual && empty)
                raise<ValueError>("cannot switch from manual field specification to automatic field numbering");
            if (state == Auto && !empty)
                raise<ValueError>("cannot switch from automatic field numbering to manual field specification");
            if (empty) index = next_auto++;
        }
        if (index == -1) raise<KeyError>(repr(Str(first)).utf8());  // keyword fields: no kwargs in this library
        if (static_cast<std::size_t>(index) >= args.size())
            raise<IndexError>("Replacement index " + std::to_string(index) + " out of range for positional args tuple");
        if (first_end < name.size())
            raise<NotImplementedError>("str.format: attribute and index access in a field ('" + std::string(name) +
                                       "') is not supported");
        return args.begin()[index];
    }
};

}  // namespace detail

namespace ops {

// ---------------------------------------------------------------------------------------------------------------
// operator.* and builtins.* over str

inline Str operator_add(const Str& a, const Str& b) { return Str::concat(a, b); }
/// `s = s + t` with s moved in: appends in place when s is the only handle.
inline Str operator_add(Str&& a, const Str& b) { return Str::concat(std::move(a), b); }

inline Str operator_mul(const Str& s, Int n) {
    if (n <= 0 || s.empty()) return Str();
    if (n == 1) return s;
    std::size_t nb = s.byte_size();
    if (n > detail::kMaxIndex / s.length()) raise<OverflowError>("repeated string is too long");
    if (static_cast<std::uint64_t>(n) > (std::uint64_t(1) << 40) / nb) raise<MemoryError>();
    std::string out;
    out.reserve(nb * static_cast<std::size_t>(n));
    if (nb == 1) {
        out.assign(static_cast<std::size_t>(n), s.data()[0]);
    } else {
        out.append(s.view());
        while (out.size() * 2 <= nb * static_cast<std::size_t>(n)) out.append(out);
        out.append(out.data(), nb * static_cast<std::size_t>(n) - out.size());
    }
    return Str(std::move(out), s.length() * n);
}
inline Str operator_mul(Int n, const Str& s) { return operator_mul(s, n); }

/// s[i]: IndexError "string index out of range".
inline Str operator_getitem(const Str& s, Int i) {
    Int n = s.length();
    if (i < 0) i += n;
    if (static_cast<std::uint64_t>(i) >= static_cast<std::uint64_t>(n)) [[unlikely]]
        detail::raise_str_index();
    if (s.is_ascii()) return Str::ascii_char(static_cast<unsigned char>(s.data()[i]));
    return s.substr(i, i + 1);
}

/// s[a:b:c].
inline Str operator_getitem(const Str& s, const Slice& sl) {
    SliceIndices ix = sl.indices(s.length());
    if (ix.length <= 0) return Str();
    if (ix.step == 1) return s.substr(ix.start, ix.start + ix.length);
    std::string out;
    if (s.is_ascii()) {
        out.resize(static_cast<std::size_t>(ix.length));
        const char* p = s.data();
        Int k = ix.start;
        for (Int i = 0; i < ix.length; ++i, k += ix.step) out[static_cast<std::size_t>(i)] = p[k];
        return Str(std::move(out), ix.length);
    }
    // Collect the byte offset of every code point once, then pick.
    std::vector<std::size_t> offs;
    offs.reserve(static_cast<std::size_t>(s.length()) + 1);
    const char* p = s.data();
    for (std::size_t b = 0; b < s.byte_size(); b += static_cast<std::size_t>(unicode::seq_len(static_cast<unsigned char>(p[b]))))
        offs.push_back(b);
    offs.push_back(s.byte_size());
    Int k = ix.start;
    for (Int i = 0; i < ix.length; ++i, k += ix.step)
        out.append(p + offs[static_cast<std::size_t>(k)], offs[static_cast<std::size_t>(k) + 1] - offs[static_cast<std::size_t>(k)]);
    return Str(std::move(out), ix.length);
}

/// `sub in s`.
inline bool operator_contains(const Str& s, const Str& sub) {
    if (sub.byte_size() == 1) return std::memchr(s.data(), sub.data()[0], s.byte_size()) != nullptr;
    return s.view().find(sub.view()) != std::string_view::npos;
}

inline bool operator_eq(const Str& a, const Str& b) noexcept { return a == b; }
inline bool operator_ne(const Str& a, const Str& b) noexcept { return !(a == b); }
inline bool operator_lt(const Str& a, const Str& b) noexcept { return lt(a, b); }
inline bool operator_le(const Str& a, const Str& b) noexcept { return le(a, b); }
inline bool operator_gt(const Str& a, const Str& b) noexcept { return gt(a, b); }
inline bool operator_ge(const Str& a, const Str& b) noexcept { return ge(a, b); }

inline Int builtins_len(const Str& s) noexcept { return s.length(); }

/// ord(c): TypeError "ord() expected a character, but string of length N found".
inline Int builtins_ord(const Str& s) {
    if (s.length() != 1)
        raise<TypeError>("ord() expected a character, but string of length " + std::to_string(s.length()) + " found");
    const char* p = s.data();
    return static_cast<Int>(unicode::decode(p));
}

/// chr(i): ValueError "chr() arg not in range(0x110000)"; OverflowError beyond a C int, as CPython.
inline Str builtins_chr(Int i) {
    if (i > std::numeric_limits<std::int32_t>::max() || i < std::numeric_limits<std::int32_t>::min())
        raise<OverflowError>("Python int too large to convert to C int");
    if (i < 0 || i > 0x10FFFF) raise<ValueError>("chr() arg not in range(0x110000)");
    return Str::from_code_point(static_cast<char32_t>(i));
}

/// str(): ''.
inline Str builtins_str() { return Str(); }

/// reversed(s): the code points of s from the last, as one-character strings.
inline Iterator<Str> builtins_reversed(const Str& s) {
    struct State {
        Str s;
        std::size_t pos;
    };
    State st{s, s.byte_size()};
    return Iterator<Str>::from_fn([st](std::optional<Str>& out) mutable {
        if (st.pos == 0) return false;
        std::size_t end = st.pos;
        detail::prev_code_point(st.s.data(), st.pos);
        out.emplace(st.s.substr_bytes(st.pos, end, 1));
        return true;
    });
}

// ---------------------------------------------------------------------------------------------------------------
// str.* methods

/// sep.join(iterable).
template <class It>
Str str_join(const Str& sep, const It& items) {
    if constexpr (std::is_same_v<std::decay_t<It>, List<Str>> || std::is_same_v<std::decay_t<It>, VarTuple<Str>>) {
        const auto& v = items.vec();
        if (v.empty()) return Str();
        if (v.size() == 1) return v[0];
        std::size_t nb = sep.byte_size() * (v.size() - 1);
        Int n = sep.length() * static_cast<Int>(v.size() - 1);
        for (const Str& x : v) {
            nb += x.byte_size();
            n += x.length();
        }
        Str out = Str::with_bytes(nb, n);
        char* w = out.fill_bytes();
        bool first = true;
        for (const Str& x : v) {
            if (!first) w = std::copy(sep.data(), sep.data() + sep.byte_size(), w);
            first = false;
            w = std::copy(x.data(), x.data() + x.byte_size(), w);
        }
        return out;
    } else {
        std::string out;
        Int n = 0;
        bool first = true;
        for (auto&& item : items) {
            const Str& x = item;
            if (!first) {
                out.append(sep.view());
                n += sep.length();
            }
            first = false;
            out.append(x.view());
            n += x.length();
        }
        return Str(std::move(out), n);
    }
}

/// s.split(sep=None, maxsplit=-1).
inline List<Str> str_split(const Str& s, const Optional<Str>& sep = {}, const Optional<Int>& maxsplit = {}) {
    Int maxcount = maxsplit.has_value() && *maxsplit >= 0 ? *maxsplit : detail::kMaxIndex;
    List<Str>::Vec v;
    const char* p = s.data();
    std::size_t n = s.byte_size();
    if (sep.is_none()) {
        std::size_t i = 0;
        if (s.is_ascii()) {
            auto sp = [p](std::size_t k) { return unicode::is_ascii_space(static_cast<unsigned char>(p[k])); };
            while (maxcount-- > 0) {
                while (i < n && sp(i)) ++i;
                if (i == n) break;
                std::size_t j = i++;
                while (i < n && !sp(i)) ++i;
                v.push_back(s.substr_bytes(j, i, static_cast<Int>(i - j)));
            }
            if (i < n) {
                while (i < n && sp(i)) ++i;
                if (i != n) v.push_back(s.substr_bytes(i, n, static_cast<Int>(n - i)));
            }
        } else {
            while (maxcount-- > 0) {
                std::size_t k = i;
                while (i < n && detail::space_at(p, k)) i = k;
                if (i == n) break;
                std::size_t j = i;
                Int cps = 0;
                k = i;
                while (i < n && !detail::space_at(p, k)) {
                    i = k;
                    ++cps;
                }
                v.push_back(s.substr_bytes(j, i, cps));
            }
            if (i < n) {
                std::size_t k = i;
                while (i < n && detail::space_at(p, k)) i = k;
                if (i != n) v.push_back(detail::piece(s, i, n));
            }
        }
        return List<Str>(std::move(v));
    }
    const Str& sp = *sep;
    if (sp.empty()) detail::raise_empty_separator();
    std::string_view hay = s.view(), needle = sp.view();
    std::size_t i = 0;
    if (needle.size() == 1 && maxcount == detail::kMaxIndex)
        v.reserve(static_cast<std::size_t>(std::count(hay.begin(), hay.end(), needle[0])) + 1);
    while (maxcount-- > 0) {
        std::size_t pos = needle.size() == 1 ? hay.find(needle[0], i) : hay.find(needle, i);
        if (pos == std::string_view::npos) break;
        v.push_back(detail::piece(s, i, pos));
        i = pos + needle.size();
    }
    v.push_back(detail::piece(s, i, n));
    return List<Str>(std::move(v));
}

/// s.rsplit(sep=None, maxsplit=-1).
inline List<Str> str_rsplit(const Str& s, const Optional<Str>& sep = {}, const Optional<Int>& maxsplit = {}) {
    Int maxcount = maxsplit.has_value() && *maxsplit >= 0 ? *maxsplit : detail::kMaxIndex;
    if (maxcount == detail::kMaxIndex && sep.is_none()) return str_split(s, sep);  // whitespace: same pieces
    List<Str>::Vec v;
    const char* p = s.data();
    std::size_t n = s.byte_size();
    if (sep.is_none()) {
        std::size_t i = n;  // one past the current code point
        auto space_before = [&](std::size_t k) {
            std::size_t t = k;
            char32_t cp = detail::prev_code_point(p, t);
            return cp < 128 ? unicode::is_ascii_space(static_cast<unsigned char>(cp)) : unicode::is_space(cp);
        };
        auto back = [&](std::size_t k) {
            std::size_t t = k;
            detail::prev_code_point(p, t);
            return t;
        };
        while (maxcount-- > 0) {
            while (i > 0 && space_before(i)) i = back(i);
            if (i == 0) break;
            std::size_t j = i;
            i = back(i);
            while (i > 0 && !space_before(i)) i = back(i);
            v.push_back(detail::piece(s, i, j));
        }
        if (i > 0) {
            while (i > 0 && space_before(i)) i = back(i);
            if (i > 0) v.push_back(detail::piece(s, 0, i));
        }
    } else {
        const Str& sp = *sep;
        if (sp.empty()) detail::raise_empty_separator();
        std::string_view hay = s.view(), needle = sp.view();
        std::size_t j = n;
        while (maxcount-- > 0) {
            if (j < needle.size()) break;
            std::size_t pos = hay.substr(0, j).rfind(needle);
            if (pos == std::string_view::npos) break;
            v.push_back(detail::piece(s, pos + needle.size(), j));
            j = pos;
        }
        v.push_back(detail::piece(s, 0, j));
    }
    std::reverse(v.begin(), v.end());
    return List<Str>(std::move(v));
}

/// s.splitlines(keepends=False).
inline List<Str> str_splitlines(const Str& s, const Optional<bool>& keepends = {}) {
    bool keep = keepends.has_value() && *keepends;
    List<Str>::Vec v;
    const char* p = s.data();
    std::size_t n = s.byte_size();
    std::size_t i = 0, j = 0;
    while (i < n) {
        std::size_t len = 1;
        while (i < n && !detail::linebreak_at(p, n, i, len)) i += len;
        std::size_t eol = i;
        if (i < n) {
            if (p[i] == '\r' && i + 1 < n && p[i + 1] == '\n') i += 2;
            else i += len;
            if (keep) eol = i;
        }
        v.push_back(detail::piece(s, j, eol));
        j = i;
    }
    return List<Str>(std::move(v));
}

inline Str str_strip(const Str& s, const Optional<Str>& chars = {}) { return detail::strip_impl(s, chars, true, true); }
inline Str str_lstrip(const Str& s, const Optional<Str>& chars = {}) { return detail::strip_impl(s, chars, true, false); }
inline Str str_rstrip(const Str& s, const Optional<Str>& chars = {}) { return detail::strip_impl(s, chars, false, true); }

inline Str str_upper(const Str& s) { return detail::change_case(s, detail::CaseOp::Upper); }
inline Str str_lower(const Str& s) { return detail::change_case(s, detail::CaseOp::Lower); }
inline Str str_casefold(const Str& s) { return detail::change_case(s, detail::CaseOp::Fold); }
inline Str str_swapcase(const Str& s) { return detail::change_case(s, detail::CaseOp::Swap); }
inline Str str_title(const Str& s) { return detail::change_case(s, detail::CaseOp::Title); }
inline Str str_capitalize(const Str& s) {
    if (s.empty()) return s;
    return detail::change_case(s, detail::CaseOp::Capitalize);
}

/// s.replace(old, new, count=-1).
inline Str str_replace(const Str& s, const Str& old, const Str& repl, const Optional<Int>& count = {}) {
    Int maxcount = count.has_value() && *count >= 0 ? *count : detail::kMaxIndex;
    if (maxcount == 0) return s;
    std::string out;
    Int n = s.length();
    if (old.empty()) {
        // new before every code point (and at the end), up to count times.
        Int k = 0;
        const char* p = s.data();
        const char* e = p + s.byte_size();
        out.reserve(s.byte_size() + repl.byte_size() * static_cast<std::size_t>(std::min<Int>(maxcount, n + 1)));
        while (p < e) {
            if (k < maxcount) {
                out.append(repl.view());
                ++k;
            }
            int len = unicode::seq_len(static_cast<unsigned char>(*p));
            out.append(p, static_cast<std::size_t>(len));
            p += len;
        }
        if (k < maxcount) {
            out.append(repl.view());
            ++k;
        }
        return Str(std::move(out), n + k * repl.length());
    }
    std::string_view hay = s.view(), needle = old.view();
    std::size_t pos = hay.find(needle);
    if (pos == std::string_view::npos) return s;
    std::size_t i = 0;
    Int k = 0;
    out.reserve(hay.size());
    while (pos != std::string_view::npos && k < maxcount) {
        out.append(hay.data() + i, pos - i);
        out.append(repl.view());
        ++k;
        i = pos + needle.size();
        pos = hay.find(needle, i);
    }
    out.append(hay.data() + i, hay.size() - i);
    return Str(std::move(out), n + k * (repl.length() - old.length()));
}

inline bool str_startswith(const Str& s, const Str& prefix, const Optional<Int>& start = {}, const Optional<Int>& end = {}) {
    return detail::tailmatch(s, prefix, start, end, -1);
}
inline bool str_endswith(const Str& s, const Str& suffix, const Optional<Int>& start = {}, const Optional<Int>& end = {}) {
    return detail::tailmatch(s, suffix, start, end, +1);
}
/// s.startswith((a, b, ...)): whether s[start:end] starts with one of the strings.
template <class Tup, class = std::enable_if_t<!std::is_convertible_v<const Tup&, Str>>>
bool str_startswith(const Str& s, const Tup& prefixes, const Optional<Int>& start = {}, const Optional<Int>& end = {}) {
    return detail::any_str(prefixes, [&](const Str& x) { return detail::tailmatch(s, x, start, end, -1); });
}
template <class Tup, class = std::enable_if_t<!std::is_convertible_v<const Tup&, Str>>>
bool str_endswith(const Str& s, const Tup& suffixes, const Optional<Int>& start = {}, const Optional<Int>& end = {}) {
    return detail::any_str(suffixes, [&](const Str& x) { return detail::tailmatch(s, x, start, end, +1); });
}

/// s.find(sub, start, end): the lowest index or -1.
inline Int str_find(const Str& s, const Str& sub, const Optional<Int>& start = {}, const Optional<Int>& end = {}) {
    Int st, en;
    std::size_t b0, b1;
    if (!detail::slice_bytes(s, start, end, st, en, b0, b1)) return -1;
    if (en - st < sub.length()) return -1;
    std::string_view hay = s.view().substr(b0, b1 - b0);
    std::size_t pos = sub.byte_size() == 1 ? hay.find(sub.data()[0]) : hay.find(sub.view());
    if (pos == std::string_view::npos) return -1;
    return st + (s.is_ascii() ? static_cast<Int>(pos) : unicode::count_code_points(hay.data(), pos));
}

/// s.rfind(sub, start, end): the highest index or -1.
inline Int str_rfind(const Str& s, const Str& sub, const Optional<Int>& start = {}, const Optional<Int>& end = {}) {
    Int st, en;
    std::size_t b0, b1;
    if (!detail::slice_bytes(s, start, end, st, en, b0, b1)) return -1;
    if (en - st < sub.length()) return -1;
    std::string_view hay = s.view().substr(b0, b1 - b0);
    std::size_t pos = hay.rfind(sub.view());
    if (pos == std::string_view::npos) return -1;
    return st + (s.is_ascii() ? static_cast<Int>(pos) : unicode::count_code_points(hay.data(), pos));
}

inline Int str_index(const Str& s, const Str& sub, const Optional<Int>& start = {}, const Optional<Int>& end = {}) {
    Int r = str_find(s, sub, start, end);
    if (r < 0) raise<ValueError>("substring not found");
    return r;
}
inline Int str_rindex(const Str& s, const Str& sub, const Optional<Int>& start = {}, const Optional<Int>& end = {}) {
    Int r = str_rfind(s, sub, start, end);
    if (r < 0) raise<ValueError>("substring not found");
    return r;
}

/// s.count(sub, start, end): non-overlapping occurrences.
inline Int str_count(const Str& s, const Str& sub, const Optional<Int>& start = {}, const Optional<Int>& end = {}) {
    Int st, en;
    std::size_t b0, b1;
    if (!detail::slice_bytes(s, start, end, st, en, b0, b1)) return 0;
    if (en - st < sub.length()) return 0;
    if (sub.empty()) return en - st + 1;
    std::string_view hay = s.view().substr(b0, b1 - b0);
    Int k = 0;
    if (sub.byte_size() == 1) {
        char c = sub.data()[0];
        for (char x : hay) k += x == c;
        return k;
    }
    std::size_t pos = hay.find(sub.view());
    while (pos != std::string_view::npos) {
        ++k;
        pos = hay.find(sub.view(), pos + sub.byte_size());
    }
    return k;
}

inline bool str_isascii(const Str& s) noexcept { return s.is_ascii(); }
inline bool str_isprintable(const Str& s) {
    if (s.empty()) return true;
    return detail::all_chars(s, [](unsigned char c) { return c >= 0x20 && c < 0x7F; }, unicode::is_printable);
}
inline bool str_isspace(const Str& s) {
    return detail::all_chars(s, unicode::is_ascii_space, unicode::is_space);
}
inline bool str_isalpha(const Str& s) {
    return detail::all_chars(s, [](unsigned char c) { return (c | 0x20) >= 'a' && (c | 0x20) <= 'z'; }, unicode::is_alpha);
}
inline bool str_isdigit(const Str& s) {
    return detail::all_chars(s, [](unsigned char c) { return c >= '0' && c <= '9'; }, unicode::is_digit);
}
inline bool str_isdecimal(const Str& s) {
    return detail::all_chars(s, [](unsigned char c) { return c >= '0' && c <= '9'; }, unicode::is_decimal);
}
inline bool str_isnumeric(const Str& s) {
    return detail::all_chars(s, [](unsigned char c) { return c >= '0' && c <= '9'; }, unicode::is_numeric);
}
inline bool str_isalnum(const Str& s) {
    return detail::all_chars(
        s, [](unsigned char c) { return (c >= '0' && c <= '9') || ((c | 0x20) >= 'a' && (c | 0x20) <= 'z'); },
        unicode::is_alnum);
}
inline bool str_isupper(const Str& s) {
    bool cased = false;
    bool ok = true;
    detail::for_each_code_point(s, [&](char32_t c) {
        if (unicode::is_lower(c) || unicode::is_title(c)) ok = false;
        else if (unicode::is_upper(c)) cased = true;
    });
    return ok && cased;
}
inline bool str_islower(const Str& s) {
    bool cased = false;
    bool ok = true;
    detail::for_each_code_point(s, [&](char32_t c) {
        if (unicode::is_upper(c) || unicode::is_title(c)) ok = false;
        else if (unicode::is_lower(c)) cased = true;
    });
    return ok && cased;
}
inline bool str_istitle(const Str& s) {
    bool cased = false, prev_cased = false, ok = true;
    detail::for_each_code_point(s, [&](char32_t c) {
        if (unicode::is_upper(c) || unicode::is_title(c)) {
            if (prev_cased) ok = false;
            prev_cased = cased = true;
        } else if (unicode::is_lower(c)) {
            if (!prev_cased) ok = false;
            prev_cased = cased = true;
        } else {
            prev_cased = false;
        }
    });
    return ok && cased;
}
inline bool str_isidentifier(const Str& s) {
    if (s.empty()) return false;
    const char* p = s.data();
    const char* e = p + s.byte_size();
    char32_t first = unicode::decode(p);
    if (first != U'_' && !unicode::is_xid_start(first)) return false;
    while (p < e)
        if (!unicode::is_xid_continue(unicode::decode(p))) return false;
    return true;
}

inline Str str_center(const Str& s, Int width, const Optional<Str>& fillchar = {}) {
    char32_t f = detail::fill_char(fillchar);
    Int len = s.length();
    if (len >= width) return s;
    Int marg = width - len;
    Int left = marg / 2 + (marg & width & 1);
    return detail::pad(s, left, marg - left, f);
}
inline Str str_ljust(const Str& s, Int width, const Optional<Str>& fillchar = {}) {
    char32_t f = detail::fill_char(fillchar);
    if (s.length() >= width) return s;
    return detail::pad(s, 0, width - s.length(), f);
}
inline Str str_rjust(const Str& s, Int width, const Optional<Str>& fillchar = {}) {
    char32_t f = detail::fill_char(fillchar);
    if (s.length() >= width) return s;
    return detail::pad(s, width - s.length(), 0, f);
}

inline Str str_zfill(const Str& s, Int width) {
    Int len = s.length();
    if (len >= width) return s;
    Int fill = width - len;
    std::string out;
    out.reserve(s.byte_size() + static_cast<std::size_t>(fill));
    std::string_view v = s.view();
    if (!v.empty() && (v[0] == '+' || v[0] == '-')) {
        out += v[0];
        v.remove_prefix(1);
    }
    out.append(static_cast<std::size_t>(fill), '0');
    out.append(v);
    return Str(std::move(out), width);
}

inline Str str_expandtabs(const Str& s, const Optional<Int>& tabsize = {}) {
    Int ts = tabsize.has_value() ? *tabsize : 8;
    if (s.view().find('\t') == std::string_view::npos) return s;
    std::string out;
    Int col = 0, n = 0;
    const char* p = s.data();
    const char* e = p + s.byte_size();
    while (p < e) {
        auto c = static_cast<unsigned char>(*p);
        if (c == '\t') {
            ++p;
            if (ts > 0) {
                Int incr = ts - (col % ts);
                if (col > detail::kMaxIndex - incr || n + incr > (Int(1) << 40)) raise<OverflowError>("new string is too long");
                col += incr;
                n += incr;
                out.append(static_cast<std::size_t>(incr), ' ');
            }
            continue;
        }
        int len = unicode::seq_len(c);
        out.append(p, static_cast<std::size_t>(len));
        p += len;
        ++col;
        ++n;
        if (c == '\n' || c == '\r') col = 0;
    }
    return Str(std::move(out), n);
}

inline Tuple<Str, Str, Str> str_partition(const Str& s, const Str& sep) {
    if (sep.empty()) detail::raise_empty_separator();
    std::size_t pos = s.view().find(sep.view());
    if (pos == std::string_view::npos) return Tuple<Str, Str, Str>(s, Str(), Str());
    return Tuple<Str, Str, Str>(detail::piece(s, 0, pos), sep, detail::piece(s, pos + sep.byte_size(), s.byte_size()));
}
inline Tuple<Str, Str, Str> str_rpartition(const Str& s, const Str& sep) {
    if (sep.empty()) detail::raise_empty_separator();
    std::size_t pos = s.view().rfind(sep.view());
    if (pos == std::string_view::npos) return Tuple<Str, Str, Str>(Str(), Str(), s);
    return Tuple<Str, Str, Str>(detail::piece(s, 0, pos), sep, detail::piece(s, pos + sep.byte_size(), s.byte_size()));
}

inline Str str_removeprefix(const Str& s, const Str& prefix) {
    if (!prefix.empty() && s.view().substr(0, prefix.byte_size()) == prefix.view())
        return detail::piece(s, prefix.byte_size(), s.byte_size(), s.length() - prefix.length());
    return s;
}
inline Str str_removesuffix(const Str& s, const Str& suffix) {
    std::size_t nb = s.byte_size(), ns = suffix.byte_size();
    if (ns != 0 && nb >= ns && s.view().substr(nb - ns) == suffix.view())
        return detail::piece(s, 0, nb - ns, s.length() - suffix.length());
    return s;
}

/// fmt.format(*args): positional and auto-numbered fields, conversions !r !s !a, format specs (nested fields
/// included) rendered by builtins.format.
inline Str str_format(const Str& fmt, std::initializer_list<Object> args = {}) {
    if (fmt.view().find_first_of("{}") == std::string_view::npos) return fmt;
    detail::StrFormatter f{args};
    std::string out;
    out.reserve(fmt.byte_size() + 16 * args.size());
    f.build(fmt.view(), out, 2);
    return Str(std::move(out));
}

/// s.encode(encoding='utf-8', errors='strict').
inline Bytes str_encode(const Str& s, const Optional<Str>& encoding = {}, const Optional<Str>& errors = {}) {
    return codec::encode(s, detail::encoding_arg(encoding, "utf-8"), detail::encoding_arg(errors, "strict"));
}

// ---------------------------------------------------------------------------------------------------------------
// bytes

/// b.decode(encoding='utf-8', errors='strict').
inline Str bytes_decode(const Bytes& b, const Optional<Str>& encoding = {}, const Optional<Str>& errors = {}) {
    return codec::decode(b.view(), detail::encoding_arg(encoding, "utf-8"), detail::encoding_arg(errors, "strict"));
}

inline Int builtins_len(const Bytes& b) noexcept { return b.size(); }

inline Bytes operator_add(const Bytes& a, const Bytes& b) {
    if (b.empty()) return a;
    if (a.empty()) return b;
    std::string s;
    s.reserve(a.view().size() + b.view().size());
    s.append(a.view());
    s.append(b.view());
    return Bytes(std::move(s));
}

/// b[i] (an int): IndexError "index out of range".
inline Int operator_getitem(const Bytes& b, Int i) {
    Int n = b.size();
    if (i < 0) i += n;
    if (static_cast<std::uint64_t>(i) >= static_cast<std::uint64_t>(n)) [[unlikely]]
        raise<IndexError>("index out of range");
    return b.at(static_cast<std::size_t>(i));
}

inline Bytes operator_getitem(const Bytes& b, const Slice& sl) {
    SliceIndices ix = sl.indices(b.size());
    if (ix.length <= 0) return Bytes();
    if (ix.step == 1) {
        if (ix.start == 0 && ix.length == b.size()) return b;
        return Bytes(b.data() + ix.start, static_cast<std::size_t>(ix.length));
    }
    std::string out(static_cast<std::size_t>(ix.length), '\0');
    Int k = ix.start;
    for (Int i = 0; i < ix.length; ++i, k += ix.step) out[static_cast<std::size_t>(i)] = b.data()[k];
    return Bytes(std::move(out));
}

/// `i in b`: ValueError "byte must be in range(0, 256)".
inline bool operator_contains(const Bytes& b, Int x) {
    if (x < 0 || x > 255) raise<ValueError>("byte must be in range(0, 256)");
    return std::memchr(b.data(), static_cast<int>(x), b.view().size()) != nullptr;
}

inline bool operator_eq(const Bytes& a, const Bytes& b) noexcept { return a == b; }
inline bool operator_ne(const Bytes& a, const Bytes& b) noexcept { return !(a == b); }
inline bool operator_lt(const Bytes& a, const Bytes& b) noexcept { return lt(a, b); }
inline bool operator_le(const Bytes& a, const Bytes& b) noexcept { return le(a, b); }
inline bool operator_gt(const Bytes& a, const Bytes& b) noexcept { return gt(a, b); }
inline bool operator_ge(const Bytes& a, const Bytes& b) noexcept { return ge(a, b); }

}  // namespace ops

}  // namespace pyaot
