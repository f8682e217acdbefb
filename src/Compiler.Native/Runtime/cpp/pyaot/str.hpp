// PythonAot C++ runtime: str, an immutable sequence of code points stored as UTF-8.
//
// The bytes are UTF-8 (what the C ABI passes; a lone surrogate is kept in its three-byte form), stored inline after
// the object's header in one block of the small-object allocator (one allocation per str, as in CPython; a
// std::string member would add a second for every str longer than 15 bytes), NUL-terminated. The code-point
// length is computed once at construction and an all-ASCII flag lets indexing and slicing use byte offsets
// directly on the common path. A long non-ASCII str builds, on its first random access, an index of the byte
// offset of every 64th code point, so s[i] stays O(1)-ish. '' and the 128 one-character ASCII strings are shared
// (iteration and indexing of ASCII text allocate nothing). The hash is computed once and cached.
//
// Protocol functions (repr/str/hash/eq/lt/le/gt/ge/truth) for Str are defined here; the str.* operations are
// in str_ops.hpp.
#pragma once

#include <cstdint>
#include <cstring>
#include <new>
#include <string>
#include <string_view>
#include <algorithm>
#include <utility>

#include "core.hpp"
#include "exceptions.hpp"
#include "unicode.hpp"

namespace pyaot {

class Str {
    struct Data;

public:
    /// ''.
    Str();
    /// From UTF-8 bytes (must be valid UTF-8: literals from the emitter, results of runtime operations).
    Str(std::string_view utf8) : Str(utf8, unicode::count_code_points(utf8.data(), utf8.size())) {}
    Str(const std::string& utf8) : Str(std::string_view(utf8)) {}
    Str(const char* utf8) : Str(std::string_view(utf8)) {}
    /// From UTF-8 bytes whose code-point count the caller already knows (runtime operations).
    Str(std::string_view utf8, Int length) : data_(Data::create(utf8.size(), utf8.size(), length)) {
        copy_bytes(data_->chars(), utf8.data(), utf8.size());
    }
    Str(const std::string& utf8, Int length) : Str(std::string_view(utf8), length) {}

    /// A str of `bytes` UTF-8 bytes holding `length` code points, for a runtime operation to fill through
    /// fill_bytes() before anything else sees it (join, concatenation: one allocation, one copy).
    static Str with_bytes(std::size_t bytes, Int length) { return Str(Data::create(bytes, bytes, length)); }
    /// The writable bytes of a str made by with_bytes() that nothing else has seen yet.
    char* fill_bytes() noexcept { return data_->chars(); }

    /// The one-code-point string chr(cp) (shared for ASCII).
    static Str from_code_point(char32_t cp);
    /// The shared one-character ASCII string.
    static const Str& ascii_char(unsigned char c);

    /// The UTF-8 bytes.
    std::string_view view() const noexcept { return {data_->chars(), data_->size}; }
    /// A copy of the UTF-8 bytes (messages, the C ABI).
    std::string utf8() const { return std::string(view()); }
    /// The UTF-8 bytes, NUL-terminated.
    const char* data() const noexcept { return data_->chars(); }
    std::size_t byte_size() const noexcept { return data_->size; }
    /// The number of code points (Python's len).
    Int length() const noexcept { return data_->length; }
    /// True when every code point is ASCII (byte offset == code-point index).
    bool is_ascii() const noexcept { return data_->length == static_cast<Int>(data_->size); }
    bool empty() const noexcept { return data_->size == 0; }

    /// The byte offset of code point i, for 0 <= i <= length().
    std::size_t byte_offset(Int i) const noexcept;
    /// The code-point index of byte offset b (b on a code-point boundary).
    Int index_of_byte(std::size_t b) const noexcept {
        if (is_ascii()) return static_cast<Int>(b);
        return unicode::count_code_points(data(), b);
    }
    /// The code point at index i, for 0 <= i < length().
    char32_t code_point_at(Int i) const noexcept {
        const char* p = data() + byte_offset(i);
        return unicode::decode(p);
    }
    /// The substring of code points [i, j) (0 <= i <= j <= length()).
    Str substr(Int i, Int j) const;
    /// The substring of bytes [b0, b1) holding n code points (boundaries on code points).
    Str substr_bytes(std::size_t b0, std::size_t b1, Int n) const {
        if (b0 == 0 && b1 == byte_size()) return *this;
        if (n == 1 && b1 - b0 == 1) return ascii_char(static_cast<unsigned char>(data()[b0]));
        if (n == 0) return Str();
        return Str(std::string_view(data() + b0, b1 - b0), n);
    }

    /// hash(s): a stable hash of the bytes, cached.
    Int hash() const noexcept {
        if (data_->hash < 0) data_->hash = hash_bytes(data(), byte_size());
        return data_->hash;
    }
    static Int hash_bytes(const char* p, std::size_t n) noexcept;

    /// a + b, appending in place when `a` is the only handle to its string (`s = s + t` / `s += t` in a loop
    /// stays linear when the emitter moves `s` into the call).
    static Str concat(Str&& a, const Str& b);
    static Str concat(const Str& a, const Str& b);

    /// Identity (`a is b`).
    bool is(const Str& o) const noexcept { return data_ == o.data_; }

    friend bool operator==(const Str& a, const Str& b) noexcept {
        return a.data_ == b.data_ || (a.data_->length == b.data_->length && a.view() == b.view());
    }
    friend bool operator!=(const Str& a, const Str& b) noexcept { return !(a == b); }
    /// Python orders str by code point; for (generalized) UTF-8 that is unsigned byte order.
    friend bool operator<(const Str& a, const Str& b) noexcept { return a.view() < b.view(); }

    /// Range-for yields one-code-point strings; the iterator keeps the string alive (the loop may rebind the
    /// variable it iterates, as in Python).
    struct sentinel {};
    class iterator {
    public:
        explicit iterator(Ref<Data> d) noexcept : d_(std::move(d)) {}
        Str operator*() const;
        iterator& operator++() noexcept {
            pos_ += static_cast<std::size_t>(unicode::seq_len(static_cast<unsigned char>(d_->chars()[pos_])));
            return *this;
        }
        bool operator!=(sentinel) const noexcept { return pos_ < d_->size; }
        bool operator==(sentinel) const noexcept { return pos_ >= d_->size; }
        /// The current byte offset.
        std::size_t pos() const noexcept { return pos_; }

    private:
        Ref<Data> d_;
        std::size_t pos_ = 0;
    };
    iterator begin() const { return iterator(data_); }
    sentinel end() const noexcept { return {}; }

private:
    /// The header; `capacity + 1` bytes follow it in the same block (the +1 for the NUL).
    struct Data : RefCounted {
        Data(std::size_t size_, std::size_t capacity_, Int length_) noexcept
            : size(size_), capacity(capacity_), length(length_) {}
        ~Data() override { delete[] index; }

        /// A header with room for `capacity` bytes, of which the first `size` are the caller's to fill.
        static Ref<Data> create(std::size_t size, std::size_t capacity, Int length) {
            void* block = memory::allocate(sizeof(Data) + capacity + 1);
            Ref<Data> d(::new (block) Data(size, capacity, length));
            d->chars()[size] = '\0';
            return d;
        }
        /// The block's size depends on the capacity, which the destructor must not have ended the life of yet:
        /// a destroying delete reads it, then destroys, then frees.
        static void operator delete(Data* d, std::destroying_delete_t) noexcept {
            const std::size_t block = sizeof(Data) + d->capacity + 1;
            d->~Data();
            memory::deallocate(d, block);
        }

        char* chars() noexcept { return reinterpret_cast<char*>(this + 1); }
        const char* chars() const noexcept { return reinterpret_cast<const char*>(this + 1); }

        std::size_t size;
        std::size_t capacity;
        Int length;
        /// The cached hash; -1 until computed (hash_bytes is never negative).
        mutable Int hash = -1;
        /// Byte offsets of code points 0, 64, 128, ... (built on demand for long non-ASCII strings).
        mutable std::size_t* index = nullptr;
    };
    static constexpr Int kIndexStride = 64;
    /// memcpy for the short strs that dominate (words, keys): up to 16 bytes by two overlapping loads and stores
    /// inside [src, src + n), not a library call (split's million words: str_split 10% faster, perf stat on the build
    /// of benchmarks/programs/word_count.py).
    static void copy_bytes(char* dst, const char* src, std::size_t n) noexcept {
        if (n >= 8 && n <= 16) {
            std::uint64_t a, b;
            std::memcpy(&a, src, 8);
            std::memcpy(&b, src + n - 8, 8);
            std::memcpy(dst, &a, 8);
            std::memcpy(dst + n - 8, &b, 8);
        } else if (n >= 4 && n < 8) {
            std::uint32_t a, b;
            std::memcpy(&a, src, 4);
            std::memcpy(&b, src + n - 4, 4);
            std::memcpy(dst, &a, 4);
            std::memcpy(dst + n - 4, &b, 4);
        } else if (n > 0 && n < 4) {
            dst[0] = src[0];
            dst[n / 2] = src[n / 2];
            dst[n - 1] = src[n - 1];
        } else if (n > 16) {
            std::memcpy(dst, src, n);
        }
    }
    explicit Str(Ref<Data> d) noexcept : data_(std::move(d)) {}
    static const Str& empty_str();

    Ref<Data> data_;
};

inline const Str& Str::empty_str() {
    static const Str e(Data::create(0, 0, 0));
    return e;
}

inline Str::Str() : data_(empty_str().data_) {}


inline const Str& Str::ascii_char(unsigned char c) {
    struct Table {
        Str s[128];
        Table() {
            for (int i = 0; i < 128; ++i) {
                const char c = static_cast<char>(i);
                s[i] = Str(std::string_view(&c, 1), 1);
            }
        }
    };
    static const Table t;
    return t.s[c & 0x7F];
}

inline Str Str::iterator::operator*() const {
    const char* p = d_->chars() + pos_;
    auto c = static_cast<unsigned char>(*p);
    if (c < 0x80) return ascii_char(c);
    return Str(std::string_view(p, static_cast<std::size_t>(unicode::seq_len(c))), 1);
}

inline Str Str::from_code_point(char32_t cp) {
    if (cp < 0x80) return ascii_char(static_cast<unsigned char>(cp));
    char buf[4];
    int n = unicode::encode(cp, buf);
    return Str(std::string_view(buf, static_cast<std::size_t>(n)), 1);
}

inline std::size_t Str::byte_offset(Int i) const noexcept {
    if (is_ascii()) return static_cast<std::size_t>(i);
    const Data& d = *data_;
    if (i >= d.length) return d.size;
    if (d.length < 2 * kIndexStride) return unicode::advance(d.chars(), 0, i);
    if (!d.index) {
        Int slots = d.length / kIndexStride + 1;
        auto* idx = new std::size_t[static_cast<std::size_t>(slots)];
        std::size_t b = 0;
        const char* p = d.chars();
        for (Int k = 0; k < slots; ++k) {
            idx[k] = b;
            if (k + 1 < slots) b = unicode::advance(p, b, kIndexStride);
        }
        d.index = idx;
    }
    return unicode::advance(d.chars(), d.index[i / kIndexStride], i % kIndexStride);
}

inline Str Str::substr(Int i, Int j) const {
    if (i >= j) return Str();
    if (is_ascii()) return substr_bytes(static_cast<std::size_t>(i), static_cast<std::size_t>(j), j - i);
    std::size_t b0 = byte_offset(i);
    std::size_t b1 = j - i < 2 * kIndexStride ? unicode::advance(data(), b0, j - i) : byte_offset(j);
    return substr_bytes(b0, b1, j - i);
}

inline Int Str::hash_bytes(const char* p, std::size_t n) noexcept {
    // A 64-bit multiply-rotate hash over 8-byte words (any stable hash consistent with eq will do: CPython's own
    // str hash is randomized per process, so programs cannot depend on its values).
    constexpr std::uint64_t m1 = 0x87c37b91114253d5ull, m2 = 0x4cf5ad432745937full;
    std::uint64_t h = 0x9E3779B97F4A7C15ull ^ (static_cast<std::uint64_t>(n) * m2);
    std::size_t i = 0;
    for (; i + 8 <= n; i += 8) {
        std::uint64_t k;
        std::memcpy(&k, p + i, 8);
        k *= m1;
        k = (k << 31) | (k >> 33);
        k *= m2;
        h ^= k;
        h = ((h << 27) | (h >> 37)) * 5 + 0x52dce729;
    }
    // The last n - i < 8 bytes, zero-extended (what memcpy into a zeroed word gives), from two overlapping loads
    // instead of a variable-length memcpy: that was a library call plus a store-forwarding stall on reading k back
    // (a fifth of count_words in benchmarks/programs/word_count.py, perf record on its build).
    const std::size_t r = n - i;
    const auto* q = reinterpret_cast<const unsigned char*>(p + i);
    std::uint64_t k = 0;
    if (r >= 4) {
        std::uint32_t lo, hi;
        std::memcpy(&lo, q, 4);
        std::memcpy(&hi, q + r - 4, 4);
        k = lo | (static_cast<std::uint64_t>(hi) << ((r - 4) * 8));
    } else if (r > 0) {
        k = q[0] | (static_cast<std::uint64_t>(q[r / 2]) << (r / 2 * 8)) | (static_cast<std::uint64_t>(q[r - 1]) << ((r - 1) * 8));
    }
    k *= m1;
    k = (k << 31) | (k >> 33);
    k *= m2;
    h ^= k;
    h ^= h >> 33;
    h *= 0xff51afd7ed558ccdull;
    h ^= h >> 33;
    h *= 0xc4ceb9fe1a85ec53ull;
    h ^= h >> 33;
    return static_cast<Int>(h >> 1);  // non-negative
}

inline Str Str::concat(const Str& a, const Str& b) {
    if (b.empty()) return a;
    if (a.empty()) return b;
    Str r = with_bytes(a.byte_size() + b.byte_size(), a.length() + b.length());
    std::memcpy(r.fill_bytes(), a.data(), a.byte_size());
    std::memcpy(r.fill_bytes() + a.byte_size(), b.data(), b.byte_size());
    return r;
}

inline Str Str::concat(Str&& a, const Str& b) {
    if (a.data_ && a.data_->refcount() == 1 && a.data_.get() != b.data_.get() && !b.empty()) {
        const std::size_t size = a.data_->size + b.data_->size;
        if (size > a.data_->capacity) {
            // Grow geometrically, so that appending in a loop stays linear: nobody else holds the old block.
            Ref<Data> grown = Data::create(a.data_->size, std::max(size, 2 * a.data_->capacity), a.data_->length);
            std::memcpy(grown->chars(), a.data_->chars(), a.data_->size);
            a.data_ = std::move(grown);
        }
        Data& d = *a.data_;
        std::memcpy(d.chars() + d.size, b.data(), b.byte_size());
        d.size = size;
        d.chars()[size] = '\0';
        d.length += b.data_->length;
        d.hash = -1;
        delete[] d.index;
        d.index = nullptr;
        return std::move(a);
    }
    return concat(static_cast<const Str&>(a), b);
}

/// The text of a str literal as a template argument: the bytes of a narrow string literal, NUL bytes included.
template <std::size_t N>
struct StrLiteralText {
    char bytes[N];
    constexpr StrLiteralText(const char (&text)[N]) noexcept {
        for (std::size_t i = 0; i < N; ++i) bytes[i] = text[i];
    }
    constexpr std::string_view view() const noexcept { return {bytes, N - 1}; }
};

/// A str literal of the program: built on first use and shared from then on, as CPython keeps a code object's
/// constants (a literal in a loop allocates nothing; `s is s` holds for the same literal). The emitter writes
/// `pyaot::str_literal<"text">()`.
template <StrLiteralText Text>
const Str& str_literal() {
    static const Str s(Text.view());
    return s;
}

// ---------------------------------------------------------------------------------------------------------------
// Protocol functions

namespace detail {

inline void append_hex(std::string& out, std::uint32_t v, int digits) {
    static constexpr char hex[] = "0123456789abcdef";
    for (int i = digits - 1; i >= 0; --i) out += hex[(v >> (4 * i)) & 0xF];
}

/// CPython's unicode_repr (ascii_only: builtins.ascii's escaping of every non-ASCII code point).
inline Str str_repr(const Str& s, bool ascii_only) {
    std::string_view v = s.view();
    bool sq = v.find('\'') != std::string_view::npos, dq = v.find('"') != std::string_view::npos;
    char q = sq && !dq ? '"' : '\'';
    std::string out;
    out.reserve(v.size() + 2);
    out += q;
    const char* p = v.data();
    const char* e = p + v.size();
    while (p < e) {
        auto c = static_cast<unsigned char>(*p);
        if (c < 0x80) {
            ++p;
            if (c == static_cast<unsigned char>(q) || c == '\\') {
                out += '\\';
                out += static_cast<char>(c);
            } else if (c == '\t') {
                out += "\\t";
            } else if (c == '\n') {
                out += "\\n";
            } else if (c == '\r') {
                out += "\\r";
            } else if (c < 0x20 || c == 0x7F) {
                out += "\\x";
                append_hex(out, c, 2);
            } else {
                out += static_cast<char>(c);
            }
            continue;
        }
        const char* start = p;
        char32_t cp = unicode::decode(p);
        if (!ascii_only && unicode::is_printable(cp)) {
            out.append(start, static_cast<std::size_t>(p - start));
        } else if (cp <= 0xFF) {
            out += "\\x";
            append_hex(out, cp, 2);
        } else if (cp <= 0xFFFF) {
            out += "\\u";
            append_hex(out, cp, 4);
        } else {
            out += "\\U";
            append_hex(out, cp, 8);
        }
    }
    out += q;
    return Str(std::move(out));
}

}  // namespace detail

/// repr(s): CPython's quoting ('...' unless the text has ' and no ") and escapes.
inline Str repr(const Str& s) { return detail::str_repr(s, false); }
/// ascii(s)'s text: repr with every non-ASCII code point escaped.
inline Str ascii_repr(const Str& s) { return detail::str_repr(s, true); }
/// ascii(x) given repr(x): escapes the non-ASCII code points of an already computed repr (builtins.ascii).
inline Str ascii_escape(const Str& r) {
    if (r.is_ascii()) return r;
    std::string out;
    const char* p = r.data();
    const char* e = p + r.byte_size();
    while (p < e) {
        char32_t cp = unicode::decode(p);
        if (cp < 0x80) out += static_cast<char>(cp);
        else if (cp <= 0xFF) out += "\\x", detail::append_hex(out, cp, 2);
        else if (cp <= 0xFFFF) out += "\\u", detail::append_hex(out, cp, 4);
        else out += "\\U", detail::append_hex(out, cp, 8);
    }
    return Str(std::move(out));
}
inline Str str(const Str& s) { return s; }
inline Int hash(const Str& s) noexcept { return s.hash(); }
inline bool eq(const Str& a, const Str& b) noexcept { return a == b; }
inline bool lt(const Str& a, const Str& b) noexcept { return a.view() < b.view(); }
inline bool le(const Str& a, const Str& b) noexcept { return a.view() <= b.view(); }
inline bool gt(const Str& a, const Str& b) noexcept { return a.view() > b.view(); }
inline bool ge(const Str& a, const Str& b) noexcept { return a.view() >= b.view(); }
inline bool truth(const Str& s) noexcept { return !s.empty(); }

}  // namespace pyaot

// The out-of-line members of Instance and BaseException (and with them their vtables) need a complete Str.
#include "instance.hpp"
