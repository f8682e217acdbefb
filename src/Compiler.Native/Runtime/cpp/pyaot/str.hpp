// PythonAot C++ runtime: str, an immutable sequence of code points stored as UTF-8.
//
// The bytes are UTF-8 (what the C ABI passes); the code-point length is computed once at construction and an
// all-ASCII flag lets indexing and slicing use byte offsets directly on the common path.
#pragma once

#include <cstdint>
#include <cstring>
#include <string>
#include <string_view>

#include "core.hpp"

namespace pyaot {

class Str {
public:
    /// ''.
    Str();
    /// From UTF-8 bytes (must be valid UTF-8: literals from the emitter, results of runtime operations).
    Str(std::string utf8);
    Str(std::string_view utf8) : Str(std::string(utf8)) {}
    Str(const char* utf8) : Str(std::string(utf8)) {}

    /// The UTF-8 bytes.
    std::string_view view() const noexcept { return data_->bytes; }
    const std::string& utf8() const noexcept { return data_->bytes; }
    /// The number of code points (Python's len).
    Int length() const noexcept { return data_->length; }
    /// True when every code point is ASCII (byte offset == code-point index).
    bool is_ascii() const noexcept { return data_->length == static_cast<Int>(data_->bytes.size()); }

    friend bool operator==(const Str& a, const Str& b) noexcept {
        return a.data_ == b.data_ || a.data_->bytes == b.data_->bytes;
    }
    friend bool operator!=(const Str& a, const Str& b) noexcept { return !(a == b); }
    /// Python orders str by code point; for valid UTF-8 that is byte order.
    friend bool operator<(const Str& a, const Str& b) noexcept { return a.data_->bytes < b.data_->bytes; }

private:
    struct Data : RefCounted {
        explicit Data(std::string b) : bytes(std::move(b)), length(count_code_points(bytes)) {}
        std::string bytes;
        Int length;
    };
    static Int count_code_points(std::string_view s) noexcept {
        Int n = 0;
        for (unsigned char c : s) n += (c & 0xC0) != 0x80;
        return n;
    }
    Ref<Data> data_;
};

inline Str::Str() : Str(std::string()) {}
inline Str::Str(std::string utf8) : data_(make<Data>(std::move(utf8))) {}

}  // namespace pyaot
