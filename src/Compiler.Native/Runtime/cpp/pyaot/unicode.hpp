// PythonAot C++ runtime: code points — UTF-8 encoding/decoding and CPython's character properties and case
// mappings (the tables in unicode_data.hpp are generated from CPython 3.11 by tools/gen_cpp_unicode_tables.py).
//
// Strings hold "generalized" UTF-8: a lone surrogate (chr(0xD800), which Python allows in str) is stored as its
// three-byte form, so every Python str has a representation and byte order stays code-point order.
#pragma once

#include <cstddef>
#include <cstdint>
#include <cstring>
#include <string>

#include "unicode_data.hpp"

namespace pyaot::unicode {

// ---------------------------------------------------------------------------------------------------------------
// UTF-8

/// The number of bytes of the sequence that starts with `lead` (1 for a stray continuation byte).
inline constexpr int seq_len(unsigned char lead) noexcept {
    return lead < 0xC0 ? 1 : lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4;
}

inline constexpr bool is_continuation(unsigned char b) noexcept { return (b & 0xC0) == 0x80; }

/// Decodes the code point at p (well-formed generalized UTF-8) and advances p past it.
inline char32_t decode(const char*& p) noexcept {
    auto b0 = static_cast<unsigned char>(*p);
    if (b0 < 0x80) {
        ++p;
        return b0;
    }
    auto b = reinterpret_cast<const unsigned char*>(p);
    if (b0 < 0xE0) {
        p += 2;
        return (char32_t(b0 & 0x1F) << 6) | (b[1] & 0x3F);
    }
    if (b0 < 0xF0) {
        p += 3;
        return (char32_t(b0 & 0x0F) << 12) | (char32_t(b[1] & 0x3F) << 6) | (b[2] & 0x3F);
    }
    p += 4;
    return (char32_t(b0 & 0x07) << 18) | (char32_t(b[1] & 0x3F) << 12) | (char32_t(b[2] & 0x3F) << 6) | (b[3] & 0x3F);
}

/// Writes cp (<= 0x10FFFF, surrogates included) as UTF-8 into out; returns the byte count.
inline int encode(char32_t cp, char* out) noexcept {
    if (cp < 0x80) {
        out[0] = static_cast<char>(cp);
        return 1;
    }
    if (cp < 0x800) {
        out[0] = static_cast<char>(0xC0 | (cp >> 6));
        out[1] = static_cast<char>(0x80 | (cp & 0x3F));
        return 2;
    }
    if (cp < 0x10000) {
        out[0] = static_cast<char>(0xE0 | (cp >> 12));
        out[1] = static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
        out[2] = static_cast<char>(0x80 | (cp & 0x3F));
        return 3;
    }
    out[0] = static_cast<char>(0xF0 | (cp >> 18));
    out[1] = static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
    out[2] = static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    out[3] = static_cast<char>(0x80 | (cp & 0x3F));
    return 4;
}

inline void append(std::string& s, char32_t cp) {
    char buf[4];
    s.append(buf, static_cast<std::size_t>(encode(cp, buf)));
}

/// The number of code points in n bytes of UTF-8 (counts the bytes that are not continuation bytes).
inline std::int64_t count_code_points(const char* p, std::size_t n) noexcept {
    std::size_t cont = 0, i = 0;
    for (; i + 8 <= n; i += 8) {
        std::uint64_t w;
        std::memcpy(&w, p + i, 8);
        cont += static_cast<std::size_t>(__builtin_popcountll(w & ~(w << 1) & 0x8080808080808080ull));
    }
    for (; i < n; ++i) cont += is_continuation(static_cast<unsigned char>(p[i]));
    return static_cast<std::int64_t>(n - cont);
}

/// Whether every byte is ASCII.
inline bool all_ascii(const char* p, std::size_t n) noexcept {
    std::size_t i = 0;
    std::uint64_t acc = 0;
    for (; i + 8 <= n; i += 8) {
        std::uint64_t w;
        std::memcpy(&w, p + i, 8);
        acc |= w;
    }
    for (; i < n; ++i) acc |= static_cast<unsigned char>(p[i]);
    return (acc & 0x8080808080808080ull) == 0;
}

/// Byte offset of the code point `k` code points after byte offset `from` (k >= 0, in range).
inline std::size_t advance(const char* p, std::size_t from, std::int64_t k) noexcept {
    while (k-- > 0) from += static_cast<std::size_t>(seq_len(static_cast<unsigned char>(p[from])));
    return from;
}

// ---------------------------------------------------------------------------------------------------------------
// Character properties (CPython's, per code point)

namespace ud = unicode_data;

inline std::uint16_t flags(char32_t cp) noexcept {
    if (cp < 256) return ud::kLatin1Flags[cp];
    if (cp > 0x10FFFF) return 0;
    std::uint32_t lo = 0, hi = ud::kRunCount;  // find the last run start <= cp
    while (hi - lo > 1) {
        std::uint32_t mid = (lo + hi) / 2;
        if (ud::kRunStarts[mid] <= cp) lo = mid;
        else hi = mid;
    }
    return ud::kFlagSets[ud::kRunFlags[lo]];
}

inline bool has(char32_t cp, std::uint16_t f) noexcept { return (flags(cp) & f) != 0; }
inline bool is_space(char32_t cp) noexcept { return has(cp, ud::SPACE); }
inline bool is_alpha(char32_t cp) noexcept { return has(cp, ud::ALPHA); }
inline bool is_decimal(char32_t cp) noexcept { return has(cp, ud::DECIMAL); }
inline bool is_digit(char32_t cp) noexcept { return has(cp, ud::DIGIT); }
inline bool is_numeric(char32_t cp) noexcept { return has(cp, ud::NUMERIC); }
inline bool is_alnum(char32_t cp) noexcept { return has(cp, ud::ALPHA | ud::DECIMAL | ud::DIGIT | ud::NUMERIC); }
inline bool is_printable(char32_t cp) noexcept { return has(cp, ud::PRINTABLE); }
inline bool is_upper(char32_t cp) noexcept { return has(cp, ud::UPPER); }
inline bool is_lower(char32_t cp) noexcept { return has(cp, ud::LOWER); }
inline bool is_title(char32_t cp) noexcept { return has(cp, ud::TITLE); }
inline bool is_cased(char32_t cp) noexcept { return has(cp, ud::CASED); }
inline bool is_case_ignorable(char32_t cp) noexcept { return has(cp, ud::CASE_IGNORABLE); }
inline bool is_xid_start(char32_t cp) noexcept { return has(cp, ud::XID_START); }
inline bool is_xid_continue(char32_t cp) noexcept { return has(cp, ud::XID_CONTINUE); }

/// The value of a decimal digit (any script: '٣' is 3), or -1 (what int() and float() accept).
inline int decimal_value(char32_t cp) noexcept {
    if (cp < 128) return cp >= '0' && cp <= '9' ? static_cast<int>(cp - '0') : -1;
    if (!is_decimal(cp)) return -1;
    std::size_t lo = 0, hi = sizeof(ud::kDecimalStarts) / sizeof(ud::kDecimalStarts[0]);
    while (hi - lo > 1) {
        std::size_t mid = (lo + hi) / 2;
        if (ud::kDecimalStarts[mid] <= cp) lo = mid;
        else hi = mid;
    }
    return static_cast<int>(cp - ud::kDecimalStarts[lo]);
}

/// Python's whitespace (str.isspace, str.split(), str.strip()) for an ASCII byte: \t \n \v \f \r \x1c-\x1f and ' '.
inline constexpr bool is_ascii_space(unsigned char c) noexcept { return c == ' ' || (c >= 0x09 && c <= 0x0D) || (c >= 0x1C && c <= 0x1F); }

// ---------------------------------------------------------------------------------------------------------------
// Case mappings (full: one code point may map to up to three)

namespace detail {

template <std::size_t N, std::size_t M>
inline int map_case(char32_t cp, const ud::CaseRun (&runs)[N], const ud::CaseMulti (&multi)[M], char32_t* out) noexcept {
    // one-to-many first (rare; small table)
    {
        std::size_t lo = 0, hi = M;
        while (lo < hi) {
            std::size_t mid = (lo + hi) / 2;
            if (multi[mid].cp < cp) lo = mid + 1;
            else hi = mid;
        }
        if (lo < M && multi[lo].cp == cp) {
            for (int i = 0; i < multi[lo].n; ++i) out[i] = multi[lo].to[i];
            return multi[lo].n;
        }
    }
    std::size_t lo = 0, hi = N;  // the last run with start <= cp
    while (lo < hi) {
        std::size_t mid = (lo + hi) / 2;
        if (runs[mid].start <= cp) lo = mid + 1;
        else hi = mid;
    }
    if (lo > 0) {
        const ud::CaseRun& r = runs[lo - 1];
        char32_t off = cp - r.start;
        if (off % r.stride == 0 && off / r.stride < r.count) {
            out[0] = static_cast<char32_t>(static_cast<std::int64_t>(cp) + r.delta);
            return 1;
        }
    }
    out[0] = cp;
    return 1;
}

}  // namespace detail

/// Full case mappings of one code point into out[0..3); return the count.
inline int to_upper(char32_t cp, char32_t* out) noexcept {
    if (cp < 128) {
        out[0] = cp >= 'a' && cp <= 'z' ? cp - 32 : cp;
        return 1;
    }
    return detail::map_case(cp, ud::kUpperRuns, ud::kUpperMulti, out);
}
inline int to_lower(char32_t cp, char32_t* out) noexcept {
    if (cp < 128) {
        out[0] = cp >= 'A' && cp <= 'Z' ? cp + 32 : cp;
        return 1;
    }
    return detail::map_case(cp, ud::kLowerRuns, ud::kLowerMulti, out);
}
inline int to_title(char32_t cp, char32_t* out) noexcept {
    if (cp < 128) {
        out[0] = cp >= 'a' && cp <= 'z' ? cp - 32 : cp;
        return 1;
    }
    return detail::map_case(cp, ud::kTitleRuns, ud::kTitleMulti, out);
}
inline int to_fold(char32_t cp, char32_t* out) noexcept {
    if (cp < 128) {
        out[0] = cp >= 'A' && cp <= 'Z' ? cp + 32 : cp;
        return 1;
    }
    return detail::map_case(cp, ud::kFoldRuns, ud::kFoldMulti, out);
}

}  // namespace pyaot::unicode
