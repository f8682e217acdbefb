// PythonAot C++ runtime: print, input, stdout buffering.
//
// stdout goes through one large buffer (as CPython's when stdout is not a terminal; line-buffered on a terminal),
// flushed by print(flush=True), input(), before anything is written to stderr (write_stderr), by run_main at the
// end and at exit.
#pragma once

#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <initializer_list>
#include <string>
#include <string_view>
#include <type_traits>

#include <unistd.h>

#include "core.hpp"
#include "exceptions.hpp"
#include "numbers.hpp"
#include "object.hpp"
#include "optional.hpp"
#include "str.hpp"

namespace pyaot {

namespace detail_io {

/// write(2) until all n bytes are written or it fails (async-signal-safe: no stdio, no allocation).
inline void write_fully(int fd, const char* p, std::size_t n) noexcept {
    while (n > 0) {
        ssize_t written = ::write(fd, p, n);
        if (written <= 0) return;
        p += written;
        n -= static_cast<std::size_t>(written);
    }
}

class StdoutBuffer {
public:
    static StdoutBuffer& instance() {
        static StdoutBuffer buffer;
        return buffer;
    }
    void write(const char* p, std::size_t n) {
        if (n >= kSize) {
            flush();
            std::fwrite(p, 1, n, stdout);
            std::fflush(stdout);
            return;
        }
        if (used_ + n > kSize) flush();
        std::memcpy(buf_ + used_, p, n);
        used_ += n;
        if (line_buffered_ && std::memchr(p, '\n', n)) flush();
    }
    void write(std::string_view s) { write(s.data(), s.size()); }
    /// The buffered bytes, written with write(2) alone: the only flush a fatal-signal handler may do (stdio's own
    /// buffer is empty, every flush() ends with fflush).
    void flush_after_fatal_signal() noexcept {
        write_fully(1, buf_, used_);
        used_ = 0;
    }
    void flush() {
        if (used_) {
            std::fwrite(buf_, 1, used_, stdout);
            used_ = 0;
        }
        std::fflush(stdout);
    }

private:
    static constexpr std::size_t kSize = 1 << 16;
    StdoutBuffer() : line_buffered_(isatty(1) != 0) {
        std::atexit([] { StdoutBuffer::instance().flush(); });
    }
    char buf_[kSize];
    std::size_t used_ = 0;
    bool line_buffered_;
};

/// The text of a sep/end argument: omitted or None gives the default.
inline std::string_view text_or(const Omitted&, std::string_view dflt) { return dflt; }
inline std::string_view text_or(None, std::string_view dflt) { return dflt; }
inline std::string_view text_or(const Str& s, std::string_view) { return s.view(); }
inline std::string_view text_or(const char* s, std::string_view) { return s; }
template <class T>
std::string_view text_or(const Optional<T>& o, std::string_view dflt) {
    return o.is_none() ? dflt : text_or(*o, dflt);
}
inline bool flag_or(const Omitted&) { return false; }
inline bool flag_or(bool b) { return b; }

/// Replaces invalid UTF-8 sequences by U+FFFD (CPython's stdin would raise UnicodeDecodeError).
inline std::string valid_utf8(std::string s) {
    std::string out;
    out.reserve(s.size());
    std::size_t i = 0;
    while (i < s.size()) {
        unsigned char c = static_cast<unsigned char>(s[i]);
        std::size_t n = c < 0x80 ? 1 : (c >> 5) == 6 ? 2 : (c >> 4) == 14 ? 3 : (c >> 3) == 30 ? 4 : 0;
        bool ok = n > 0 && i + n <= s.size();
        for (std::size_t k = 1; ok && k < n; ++k) ok = (static_cast<unsigned char>(s[i + k]) & 0xC0) == 0x80;
        if (ok && n > 1) {
            char32_t cp = c & (0x7F >> n);
            for (std::size_t k = 1; k < n; ++k) cp = (cp << 6) | (static_cast<unsigned char>(s[i + k]) & 0x3F);
            ok = (n == 2 && cp >= 0x80) || (n == 3 && cp >= 0x800 && (cp < 0xD800 || cp > 0xDFFF)) ||
                 (n == 4 && cp >= 0x10000 && cp <= 0x10FFFF);
        }
        if (ok) {
            out.append(s, i, n);
            i += n;
        } else {
            out += "\xEF\xBF\xBD";
            ++i;
        }
    }
    return out;
}

}  // namespace detail_io

/// Writes to stdout (buffered).
inline void write_stdout(std::string_view s) { detail_io::StdoutBuffer::instance().write(s); }
/// Flushes the stdout buffer.
inline void flush_stdout() { detail_io::StdoutBuffer::instance().flush(); }
/// Writes to stderr (unbuffered) after flushing stdout.
inline void write_stderr(std::string_view s) {
    flush_stdout();
    std::fwrite(s.data(), 1, s.size(), stderr);
    std::fflush(stderr);
}

namespace ops {

/// print(): an empty line.
inline void builtins_print() { write_stdout("\n"); }

/// print(*values, sep=' ', end='\n', flush=False): str() of each value.
template <class Sep = Omitted, class End = Omitted, class Flush = Omitted>
void builtins_print(std::initializer_list<Object> values, const Sep& sep = Sep{}, const End& end = End{},
                    const Flush& flush = Flush{}) {
    auto& out = detail_io::StdoutBuffer::instance();
    std::string_view sep_text = detail_io::text_or(sep, " ");
    bool first = true;
    for (const Object& v : values) {
        if (!first) out.write(sep_text);
        first = false;
        Str s = str(v);
        out.write(s.view());
    }
    out.write(detail_io::text_or(end, "\n"));
    if (detail_io::flag_or(flush)) out.flush();
}

/// input(prompt=''): writes str(prompt), reads a line without its line end; EOFError at the end of input.
template <class P = Omitted>
Str builtins_input(const P& prompt = P{}) {
    if constexpr (!std::is_same_v<P, Omitted>) write_stdout(str(prompt).view());
    flush_stdout();
    std::string line;
    char buf[4096];
    bool got = false;
    while (std::fgets(buf, sizeof buf, stdin)) {
        got = true;
        line += buf;
        if (!line.empty() && line.back() == '\n') break;
    }
    if (!got) raise<EOFError>("EOF when reading a line");
    if (!line.empty() && line.back() == '\n') line.pop_back();  // CPython's stdin keeps a '\r' before it
    return Str(detail_io::valid_utf8(std::move(line)));
}

}  // namespace ops

}  // namespace pyaot
