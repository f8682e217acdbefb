// PythonAot C++ runtime: bytes, and the codecs between str and bytes (str.encode / bytes.decode).
//
// Bytes is an immutable reference type (a handle to refcounted std::string storage; copies share it). Iteration
// yields Int. Protocol functions repr/str/hash/eq/lt/le/gt/ge/truth are defined here; the operator and method
// overloads (len, +, [], in, decode) are in str_ops.hpp.
// Codecs: utf-8, ascii and latin-1 under their CPython aliases (LookupError "unknown encoding: X" otherwise);
// error handlers strict, ignore, replace, backslashreplace, surrogateescape, surrogatepass (utf-8) and
// xmlcharrefreplace (encoding only), with CPython's UnicodeDecodeError/UnicodeEncodeError messages.
#pragma once

#include <cstdint>
#include <cstring>
#include <string>
#include <string_view>
#include <utility>

#include "core.hpp"
#include "exceptions.hpp"
#include "str.hpp"

namespace pyaot {

class UnicodeDecodeError : public UnicodeError {
public:
    using UnicodeError::UnicodeError;
    const char* type_name() const noexcept override { return "UnicodeDecodeError"; }
};
class UnicodeEncodeError : public UnicodeError {
public:
    using UnicodeError::UnicodeError;
    const char* type_name() const noexcept override { return "UnicodeEncodeError"; }
};

class Bytes {
    struct Data;

public:
    /// b''.
    Bytes();
    explicit Bytes(std::string b) : data_(make<Data>(std::move(b))) {}
    Bytes(const char* p, std::size_t n) : Bytes(std::string(p, n)) {}

    std::string_view view() const noexcept { return data_->bytes; }
    const std::string& bytes() const noexcept { return data_->bytes; }
    const char* data() const noexcept { return data_->bytes.data(); }
    /// len(b).
    Int size() const noexcept { return static_cast<Int>(data_->bytes.size()); }
    bool empty() const noexcept { return data_->bytes.empty(); }
    /// The byte at a non-negative in-range index.
    Int at(std::size_t i) const noexcept { return static_cast<unsigned char>(data_->bytes[i]); }

    Int hash() const noexcept {
        if (!data_->hashed) {
            data_->hash = Str::hash_bytes(data(), data_->bytes.size());
            data_->hashed = true;
        }
        return data_->hash;
    }
    bool is(const Bytes& o) const noexcept { return data_ == o.data_; }

    friend bool operator==(const Bytes& a, const Bytes& b) noexcept {
        return a.data_ == b.data_ || a.data_->bytes == b.data_->bytes;
    }
    friend bool operator!=(const Bytes& a, const Bytes& b) noexcept { return !(a == b); }
    friend bool operator<(const Bytes& a, const Bytes& b) noexcept { return a.data_->bytes < b.data_->bytes; }

    /// Range-for yields the bytes as Int; the iterator keeps the object alive.
    struct sentinel {};
    class iterator {
    public:
        explicit iterator(Ref<Data> d) noexcept : d_(std::move(d)) {}
        Int operator*() const noexcept { return static_cast<unsigned char>(d_->bytes[pos_]); }
        iterator& operator++() noexcept {
            ++pos_;
            return *this;
        }
        bool operator!=(sentinel) const noexcept { return pos_ < d_->bytes.size(); }
        bool operator==(sentinel) const noexcept { return pos_ >= d_->bytes.size(); }

    private:
        Ref<Data> d_;
        std::size_t pos_ = 0;
    };
    iterator begin() const { return iterator(data_); }
    sentinel end() const noexcept { return {}; }

private:
    struct Data : RefCounted {
        explicit Data(std::string b) : bytes(std::move(b)) {}
        std::string bytes;
        mutable Int hash = 0;
        mutable bool hashed = false;
    };
    static const Ref<Data>& empty_data() {
        static const Ref<Data> e = make<Data>(std::string());
        return e;
    }
    Ref<Data> data_;
};

inline Bytes::Bytes() : data_(empty_data()) {}

/// repr(b): b'...' with CPython's quoting and \t \n \r \xhh escapes.
inline Str repr(const Bytes& b) {
    std::string_view v = b.view();
    bool sq = v.find('\'') != std::string_view::npos, dq = v.find('"') != std::string_view::npos;
    char q = sq && !dq ? '"' : '\'';
    std::string out;
    out.reserve(v.size() + 3);
    out += 'b';
    out += q;
    for (char ch : v) {
        auto c = static_cast<unsigned char>(ch);
        if (c == static_cast<unsigned char>(q) || c == '\\') {
            out += '\\';
            out += ch;
        } else if (c == '\t') {
            out += "\\t";
        } else if (c == '\n') {
            out += "\\n";
        } else if (c == '\r') {
            out += "\\r";
        } else if (c < 0x20 || c >= 0x7F) {
            out += "\\x";
            detail::append_hex(out, c, 2);
        } else {
            out += ch;
        }
    }
    out += q;
    Int n = static_cast<Int>(out.size());
    return Str(std::move(out), n);
}
/// str(b) is repr(b) (CPython, without -b).
inline Str str(const Bytes& b) { return repr(b); }
inline Int hash(const Bytes& b) noexcept { return b.hash(); }
inline bool eq(const Bytes& a, const Bytes& b) noexcept { return a == b; }
inline bool lt(const Bytes& a, const Bytes& b) noexcept { return a.view() < b.view(); }
inline bool le(const Bytes& a, const Bytes& b) noexcept { return a.view() <= b.view(); }
inline bool gt(const Bytes& a, const Bytes& b) noexcept { return a.view() > b.view(); }
inline bool ge(const Bytes& a, const Bytes& b) noexcept { return a.view() >= b.view(); }
inline bool truth(const Bytes& b) noexcept { return !b.empty(); }

// ---------------------------------------------------------------------------------------------------------------
// Codecs

namespace codec {

enum class Encoding { Utf8, Ascii, Latin1 };
enum class Errors { Strict, Ignore, Replace, BackslashReplace, SurrogateEscape, SurrogatePass, XmlCharRefReplace, Unknown };

/// CPython's codec lookup for the encodings the runtime implements (LookupError "unknown encoding: X").
inline Encoding lookup_encoding(std::string_view name) {
    std::string n;
    n.reserve(name.size());
    for (char c : name) {
        if (c >= 'A' && c <= 'Z') n += static_cast<char>(c + 32);
        else if (c == ' ' || c == '-') n += '_';
        else n += c;
    }
    static constexpr const char* utf8[] = {"utf_8", "utf8", "u8", "utf", "utf8_ucs2", "utf8_ucs4", "cp65001"};
    static constexpr const char* ascii[] = {"ascii", "us_ascii", "646", "us", "ansi_x3.4_1968", "ansi_x3_4_1968",
                                            "ansi_x3.4_1986", "cp367", "csascii", "ibm367", "iso646_us",
                                            "iso_646.irv_1991", "iso_ir_6"};
    static constexpr const char* latin1[] = {"latin_1", "latin1", "latin", "l1", "iso_8859_1", "iso8859_1", "8859",
                                             "cp819", "iso_ir_100", "iso_8859_1_1987", "ibm819", "csisolatin1"};
    for (const char* a : utf8)
        if (n == a) return Encoding::Utf8;
    for (const char* a : ascii)
        if (n == a) return Encoding::Ascii;
    for (const char* a : latin1)
        if (n == a) return Encoding::Latin1;
    raise<LookupError>("unknown encoding: " + std::string(name));
}

inline const char* encoding_name(Encoding e) noexcept {
    return e == Encoding::Utf8 ? "utf-8" : e == Encoding::Ascii ? "ascii" : "latin-1";
}

/// The handler named `name`; an unknown name is reported (LookupError) only when an error needs a handler.
inline Errors lookup_errors(std::string_view name) noexcept {
    if (name == "strict") return Errors::Strict;
    if (name == "ignore") return Errors::Ignore;
    if (name == "replace") return Errors::Replace;
    if (name == "backslashreplace") return Errors::BackslashReplace;
    if (name == "surrogateescape") return Errors::SurrogateEscape;
    if (name == "surrogatepass") return Errors::SurrogatePass;
    if (name == "xmlcharrefreplace") return Errors::XmlCharRefReplace;
    return Errors::Unknown;
}

[[noreturn]] inline void raise_unknown_handler(std::string_view name) {
    raise<LookupError>("unknown error handler name '" + std::string(name) + "'");
}

[[noreturn]] inline void raise_decode_error(Encoding enc, std::string_view in, std::size_t start, std::size_t end,
                                            const char* reason) {
    std::string m = "'";
    m += encoding_name(enc);
    if (end == start + 1) {
        m += "' codec can't decode byte 0x";
        detail::append_hex(m, static_cast<unsigned char>(in[start]), 2);
        m += " in position " + std::to_string(start);
    } else {
        m += "' codec can't decode bytes in position " + std::to_string(start) + "-" + std::to_string(end - 1);
    }
    m += ": ";
    m += reason;
    raise<UnicodeDecodeError>(std::move(m));
}

/// One step of CPython's UTF-8 decoder at s: the length of a valid sequence (cp set), or 0 with the error's
/// reason and the length of the bytes it covers.
inline int utf8_step(const unsigned char* s, const unsigned char* end, char32_t& cp, const char*& reason,
                     std::size_t& errlen) noexcept {
    auto cont = [](unsigned char b) { return (b & 0xC0) == 0x80; };
    unsigned ch = s[0];
    std::ptrdiff_t avail = end - s;
    auto invalid_cont = [&](std::size_t n) {
        reason = "invalid continuation byte";
        errlen = n;
        return 0;
    };
    auto unexpected_end = [&] {
        reason = "unexpected end of data";
        errlen = static_cast<std::size_t>(avail);
        return 0;
    };
    if (ch < 0x80) {
        cp = ch;
        return 1;
    }
    if (ch < 0xC2 || ch >= 0xF5) {
        reason = "invalid start byte";
        errlen = 1;
        return 0;
    }
    if (ch < 0xE0) {
        if (avail < 2) return unexpected_end();
        if (!cont(s[1])) return invalid_cont(1);
        cp = (char32_t(ch & 0x1F) << 6) | (s[1] & 0x3F);
        return 2;
    }
    if (ch < 0xF0) {
        if (avail < 3) {
            if (avail < 2) return unexpected_end();
            if (!cont(s[1]) || (s[1] < 0xA0 ? ch == 0xE0 : ch == 0xED)) return invalid_cont(1);
            return unexpected_end();
        }
        if (!cont(s[1])) return invalid_cont(1);
        if (ch == 0xE0 && s[1] < 0xA0) return invalid_cont(1);
        if (ch == 0xED && s[1] >= 0xA0) return invalid_cont(1);
        if (!cont(s[2])) return invalid_cont(2);
        cp = (char32_t(ch & 0x0F) << 12) | (char32_t(s[1] & 0x3F) << 6) | (s[2] & 0x3F);
        return 3;
    }
    if (avail < 4) {
        if (avail < 2) return unexpected_end();
        if (!cont(s[1]) || (s[1] < 0x90 ? ch == 0xF0 : ch == 0xF4)) return invalid_cont(1);
        if (avail < 3) return unexpected_end();
        if (!cont(s[2])) return invalid_cont(2);
        return unexpected_end();
    }
    if (!cont(s[1])) return invalid_cont(1);
    if (ch == 0xF0 && s[1] < 0x90) return invalid_cont(1);
    if (ch == 0xF4 && s[1] >= 0x90) return invalid_cont(1);
    if (!cont(s[2])) return invalid_cont(2);
    if (!cont(s[3])) return invalid_cont(3);
    cp = (char32_t(ch & 0x07) << 18) | (char32_t(s[1] & 0x3F) << 12) | (char32_t(s[2] & 0x3F) << 6) | (s[3] & 0x3F);
    return 4;
}

/// bytes.decode(encoding, errors).
inline Str decode(std::string_view in, std::string_view encoding, std::string_view errors) {
    if (in.empty()) return Str();  // CPython answers '' before looking the codec up
    Encoding enc = lookup_encoding(encoding);
    if (unicode::all_ascii(in.data(), in.size())) return Str(std::string(in), static_cast<Int>(in.size()));
    Errors eh = lookup_errors(errors);
    std::string out;
    out.reserve(in.size());
    Int n = 0;
    auto s = reinterpret_cast<const unsigned char*>(in.data());
    const unsigned char* end = s + in.size();
    const unsigned char* p = s;
    while (p < end) {
        std::size_t errlen = 1;
        const char* reason = nullptr;
        char32_t cp = 0;
        int len;
        if (enc == Encoding::Utf8) {
            len = utf8_step(p, end, cp, reason, errlen);
        } else if (enc == Encoding::Latin1 || *p < 0x80) {
            cp = *p;
            len = 1;
        } else {
            reason = "ordinal not in range(128)";
            len = 0;
        }
        if (len > 0) {
            if (cp < 0x80) out += static_cast<char>(cp);
            else unicode::append(out, cp);
            ++n;
            p += len;
            continue;
        }
        auto start = static_cast<std::size_t>(p - s);
        switch (eh) {
            case Errors::Strict: raise_decode_error(enc, in, start, start + errlen, reason);
            case Errors::Ignore: break;
            case Errors::Replace:
                unicode::append(out, 0xFFFD);
                ++n;
                break;
            case Errors::BackslashReplace:
                for (std::size_t i = 0; i < errlen; ++i) {
                    out += "\\x";
                    detail::append_hex(out, p[i], 2);
                    n += 4;
                }
                break;
            case Errors::SurrogateEscape:
                for (std::size_t i = 0; i < errlen; ++i) {
                    if (p[i] < 0x80) raise_decode_error(enc, in, start, start + errlen, reason);
                    unicode::append(out, 0xDC00 + p[i]);
                    ++n;
                }
                break;
            case Errors::SurrogatePass:
                if (enc == Encoding::Utf8 && end - p >= 3 && p[0] == 0xED && p[1] >= 0xA0 && p[1] <= 0xBF &&
                    (p[2] & 0xC0) == 0x80) {
                    out.append(reinterpret_cast<const char*>(p), 3);
                    ++n;
                    errlen = 3;
                    break;
                }
                raise_decode_error(enc, in, start, start + errlen, reason);
            case Errors::XmlCharRefReplace:
                raise<TypeError>("don't know how to handle UnicodeDecodeError in error callback");
            case Errors::Unknown: raise_unknown_handler(errors);
        }
        p += errlen;
    }
    return Str(std::move(out), n);
}

/// str.encode(encoding, errors).
inline Bytes encode(const Str& s, std::string_view encoding, std::string_view errors) {
    Encoding enc = lookup_encoding(encoding);
    std::string_view v = s.view();
    if (s.is_ascii() || (enc == Encoding::Utf8 && v.find('\xED') == std::string_view::npos))
        return Bytes(std::string(v));
    Errors eh = lookup_errors(errors);
    char32_t limit = enc == Encoding::Ascii ? 0x80 : enc == Encoding::Latin1 ? 0x100 : 0x110000;
    auto bad = [&](char32_t cp) { return enc == Encoding::Utf8 ? (cp >= 0xD800 && cp <= 0xDFFF) : cp >= limit; };
    const char* reason = enc == Encoding::Ascii    ? "ordinal not in range(128)"
                         : enc == Encoding::Latin1 ? "ordinal not in range(256)"
                                                   : "surrogates not allowed";
    std::string out;
    out.reserve(v.size());
    const char* p = v.data();
    const char* e = p + v.size();
    Int pos = 0;
    while (p < e) {
        const char* start = p;
        char32_t cp = unicode::decode(p);
        if (!bad(cp)) {
            if (enc == Encoding::Utf8) out.append(start, static_cast<std::size_t>(p - start));
            else out += static_cast<char>(cp);
            ++pos;
            continue;
        }
        // The run of unencodable code points [pos, endpos).
        Int endpos = pos + 1;
        const char* q = p;
        while (q < e) {
            const char* r = q;
            if (!bad(unicode::decode(r))) break;
            q = r;
            ++endpos;
        }
        // CPython reports the run (from the first code point no handler could take) to the end of the run.
        auto fail = [&](Int from, char32_t first) {
            std::string m = "'";
            m += encoding_name(enc);
            char32_t cp = first;
            if (endpos == from + 1) {
                m += "' codec can't encode character '\\";
                if (cp <= 0xFF) m += "x", detail::append_hex(m, cp, 2);
                else if (cp <= 0xFFFF) m += "u", detail::append_hex(m, cp, 4);
                else m += "U", detail::append_hex(m, cp, 8);
                m += "' in position " + std::to_string(from);
            } else {
                m += "' codec can't encode characters in position " + std::to_string(from) + "-" +
                     std::to_string(endpos - 1);
            }
            m += ": ";
            m += reason;
            raise<UnicodeEncodeError>(std::move(m));
        };
        if (eh == Errors::Unknown) raise_unknown_handler(errors);
        if (eh == Errors::Strict) fail(pos, cp);
        const char* r = start;
        for (Int i = pos; i < endpos; ++i) {
            char32_t c = unicode::decode(r);
            switch (eh) {
                case Errors::Ignore: break;
                case Errors::Replace: out += '?'; break;
                case Errors::BackslashReplace:
                    if (c <= 0xFF) out += "\\x", detail::append_hex(out, c, 2);
                    else if (c <= 0xFFFF) out += "\\u", detail::append_hex(out, c, 4);
                    else out += "\\U", detail::append_hex(out, c, 8);
                    break;
                case Errors::XmlCharRefReplace:
                    out += "&#" + std::to_string(c) + ";";
                    break;
                case Errors::SurrogateEscape:
                    if (c < 0xDC80 || c > 0xDCFF) fail(i, c);
                    out += static_cast<char>(c - 0xDC00);
                    break;
                case Errors::SurrogatePass:
                    if (enc != Encoding::Utf8) fail(i, c);
                    unicode::append(out, c);
                    break;
                default: fail(i, c);
            }
        }
        p = q;
        pos = endpos;
    }
    return Bytes(std::move(out));
}

}  // namespace codec

}  // namespace pyaot
