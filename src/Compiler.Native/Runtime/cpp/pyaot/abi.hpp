// PythonAot C++ runtime: the C ABI of shared libraries (what the extern "C" wrappers that CppExportWriter emits call).
//
// The ABI (docs/ARCHITECTURE.md "C ABI"): every export returns an int32_t status (0 ok, 1 Python exception,
// 2 invalid argument), writes its result through an out-parameter and its error through a pyaot_error*
// out-parameter. No C++ exception crosses it. Arguments are borrowed UTF-8 strings / typed arrays with counts; results
// are malloc'ed buffers that the host frees with the library's <module>_free_* functions. The module's top-level code
// runs once before the first call (std::call_once); calls are serialized by one mutex per library because the
// runtime's reference counts are not atomic.
//
// Runtime API used here (the emitter <-> runtime contract): Str(std::string) and Str::utf8(); List<T>{} as an empty
// list, pyaot::ops::list_append, pyaot::ops::builtins_len and range-for over a List; PyException with
// value->type_name() and value->str(); raise<ValueError>.
#pragma once

#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <exception>
#include <mutex>
#include <new>
#include <string>
#include <string_view>
#include <utility>

#if defined(_WIN32)
#define PYAOT_ABI_EXPORT __declspec(dllexport)
#else
#define PYAOT_ABI_EXPORT __attribute__((visibility("default")))
#endif

extern "C" {
// The same typedefs as every generated <module>.h (CHeaderWriter), under the same guard.
#ifndef PYAOT_ABI_TYPES_V1
#define PYAOT_ABI_TYPES_V1
typedef struct pyaot_str { const char* data; int64_t len; } pyaot_str;
typedef struct pyaot_str_list { pyaot_str* items; int64_t len; } pyaot_str_list;
typedef struct pyaot_int64_list { int64_t* data; int64_t len; } pyaot_int64_list;
typedef struct pyaot_float64_list { double* data; int64_t len; } pyaot_float64_list;
typedef struct pyaot_float64_matrix { double* data; int64_t rows; int64_t cols; } pyaot_float64_matrix;
typedef struct pyaot_error { pyaot_str type; pyaot_str message; } pyaot_error;
#endif
}

namespace pyaot::abi {

inline constexpr std::int32_t status_ok = 0;
inline constexpr std::int32_t status_python_exception = 1;
inline constexpr std::int32_t status_invalid_argument = 2;

/// An argument the ABI rejects (status 2); never escapes a wrapper.
struct InvalidArgument {
    const char* type;
    std::string message;
};

/// Strict UTF-8 validation (RFC 3629: no overlong forms, no surrogates, nothing above U+10FFFF).
inline bool is_valid_utf8(const unsigned char* s, std::size_t n) noexcept {
    std::size_t i = 0;
    while (i < n) {
        unsigned char c = s[i];
        if (c < 0x80) { ++i; continue; }
        std::size_t extra;
        unsigned char lo = 0x80, hi = 0xBF;
        if (c >= 0xC2 && c <= 0xDF) extra = 1;
        else if (c == 0xE0) { extra = 2; lo = 0xA0; }
        else if (c >= 0xE1 && c <= 0xEC) extra = 2;
        else if (c == 0xED) { extra = 2; hi = 0x9F; }
        else if (c >= 0xEE && c <= 0xEF) extra = 2;
        else if (c == 0xF0) { extra = 3; lo = 0x90; }
        else if (c >= 0xF1 && c <= 0xF3) extra = 3;
        else if (c == 0xF4) { extra = 3; hi = 0x8F; }
        else return false;
        if (n - i <= extra) return false;
        if (s[i + 1] < lo || s[i + 1] > hi) return false;
        for (std::size_t k = 2; k <= extra; ++k)
            if ((s[i + k] & 0xC0) != 0x80) return false;
        i += extra + 1;
    }
    return true;
}

inline void check_count(const void* p, std::int64_t n, const char* name) {
    if (n < 0) throw InvalidArgument{"ValueError", std::string("argument '") + name + "': negative length " + std::to_string(n)};
    if (n > 0 && p == nullptr) throw InvalidArgument{"ValueError", std::string("argument '") + name + "': null pointer with length " + std::to_string(n)};
}

inline std::string_view utf8_view(const char* p, std::int64_t n, const char* name) {
    check_count(p, n, name);
    if (n == 0) return {};
    if (!is_valid_utf8(reinterpret_cast<const unsigned char*>(p), static_cast<std::size_t>(n)))
        throw InvalidArgument{"UnicodeDecodeError", std::string("argument '") + name + "' is not valid UTF-8"};
    return {p, static_cast<std::size_t>(n)};
}

/// str argument.
inline Str to_str(const char* p, std::int64_t n, const char* name) { return Str(std::string(utf8_view(p, n, name))); }

/// list[str] argument.
inline List<Str> to_str_list(const pyaot_str* items, std::int64_t n, const char* name) {
    check_count(items, n, name);
    List<Str> list{};
    for (std::int64_t i = 0; i < n; ++i) {
        std::string item_name = std::string(name) + "[" + std::to_string(i) + "]";
        ops::list_append(list, Str(std::string(utf8_view(items[i].data, items[i].len, item_name.c_str()))));
    }
    return list;
}

/// list[int] argument.
inline List<Int> to_int64_list(const std::int64_t* data, std::int64_t n, const char* name) {
    check_count(data, n, name);
    List<Int> list{};
    for (std::int64_t i = 0; i < n; ++i) ops::list_append(list, static_cast<Int>(data[i]));
    return list;
}

/// list[float] argument.
inline List<Float> to_float64_list(const double* data, std::int64_t n, const char* name) {
    check_count(data, n, name);
    List<Float> list{};
    for (std::int64_t i = 0; i < n; ++i) ops::list_append(list, static_cast<Float>(data[i]));
    return list;
}

/// list[list[float]] argument (row-major rows x cols).
inline List<List<Float>> to_float64_matrix(const double* data, std::int64_t rows, std::int64_t cols, const char* name) {
    if (rows < 0 || cols < 0) throw InvalidArgument{"ValueError", std::string("argument '") + name + "': negative shape"};
    std::int64_t count;
    if (__builtin_mul_overflow(rows, cols, &count)) throw InvalidArgument{"ValueError", std::string("argument '") + name + "': shape too large"};
    check_count(data, count, name);
    List<List<Float>> matrix{};
    for (std::int64_t i = 0; i < rows; ++i) {
        List<Float> row{};
        for (std::int64_t j = 0; j < cols; ++j) ops::list_append(row, static_cast<Float>(data[i * cols + j]));
        ops::list_append(matrix, row);
    }
    return matrix;
}

template <class T>
T* allocate(std::int64_t count) {
    if (count == 0) return nullptr;
    void* p = std::malloc(static_cast<std::size_t>(count) * sizeof(T));
    if (p == nullptr) throw std::bad_alloc();
    return static_cast<T*>(p);
}

/// A NUL-terminated malloc'ed copy of bytes (throws std::bad_alloc).
inline pyaot_str copy_str(std::string_view s) {
    char* p = static_cast<char*>(std::malloc(s.size() + 1));
    if (p == nullptr) throw std::bad_alloc();
    if (!s.empty()) std::memcpy(p, s.data(), s.size());
    p[s.size()] = '\0';
    return pyaot_str{p, static_cast<std::int64_t>(s.size())};
}

inline void release(pyaot_str* v) noexcept {
    if (v == nullptr) return;
    std::free(const_cast<char*>(v->data));
    *v = pyaot_str{nullptr, 0};
}
inline void release(pyaot_str_list* v) noexcept {
    if (v == nullptr) return;
    for (std::int64_t i = 0; i < v->len; ++i) release(&v->items[i]);
    std::free(v->items);
    *v = pyaot_str_list{nullptr, 0};
}
inline void release(pyaot_int64_list* v) noexcept {
    if (v == nullptr) return;
    std::free(v->data);
    *v = pyaot_int64_list{nullptr, 0};
}
inline void release(pyaot_float64_list* v) noexcept {
    if (v == nullptr) return;
    std::free(v->data);
    *v = pyaot_float64_list{nullptr, 0};
}
inline void release(pyaot_float64_matrix* v) noexcept {
    if (v == nullptr) return;
    std::free(v->data);
    *v = pyaot_float64_matrix{nullptr, 0, 0};
}
inline void release(pyaot_error* v) noexcept {
    if (v == nullptr) return;
    release(&v->type);
    release(&v->message);
}

inline void put(std::int64_t* out, Int v) noexcept { *out = v; }
inline void put(double* out, Float v) noexcept { *out = v; }
inline void put(std::uint8_t* out, bool v) noexcept { *out = v ? 1 : 0; }
inline void put(pyaot_str* out, const Str& v) { *out = copy_str(v.view()); }

inline void put(pyaot_str_list* out, const List<Str>& v) {
    std::int64_t n = static_cast<std::int64_t>(ops::builtins_len(v));
    pyaot_str_list r{allocate<pyaot_str>(n), 0};
    try {
        for (const auto& item : v) {
            if (r.len == n) break;
            r.items[r.len] = copy_str(item.view());
            ++r.len;
        }
    } catch (...) {
        release(&r);
        throw;
    }
    *out = r;
}

inline void put(pyaot_int64_list* out, const List<Int>& v) {
    std::int64_t n = static_cast<std::int64_t>(ops::builtins_len(v));
    pyaot_int64_list r{allocate<std::int64_t>(n), 0};
    for (Int item : v) {
        if (r.len == n) break;
        r.data[r.len++] = item;
    }
    *out = r;
}

inline void put(pyaot_float64_list* out, const List<Float>& v) {
    std::int64_t n = static_cast<std::int64_t>(ops::builtins_len(v));
    pyaot_float64_list r{allocate<double>(n), 0};
    for (Float item : v) {
        if (r.len == n) break;
        r.data[r.len++] = item;
    }
    *out = r;
}

/// list[list[float]] result: rectangular, else ValueError (status 1).
inline void put(pyaot_float64_matrix* out, const List<List<Float>>& v) {
    std::int64_t rows = static_cast<std::int64_t>(ops::builtins_len(v));
    std::int64_t cols = 0, i = 0;
    for (const auto& row : v) {
        std::int64_t n = static_cast<std::int64_t>(ops::builtins_len(row));
        if (i == 0) cols = n;
        else if (n != cols)
            raise<ValueError>("list[list[float]] result is ragged: row " + std::to_string(i) + " has " + std::to_string(n) +
                              " items, row 0 has " + std::to_string(cols));
        ++i;
    }
    std::int64_t count;
    if (__builtin_mul_overflow(rows, cols, &count)) throw std::bad_alloc();
    pyaot_float64_matrix r{allocate<double>(count), rows, cols};
    std::int64_t k = 0;
    for (const auto& row : v)
        for (Float x : row) r.data[k++] = x;
    *out = r;
}

/// The state of one library: its module's top-level code, run once, and the lock that serializes calls.
struct Library {
    explicit Library(void (*init)()) noexcept : module_init(init) {}
    void (*module_init)();
    std::mutex mutex;
    std::once_flag once;
    bool init_failed = false;
    std::string init_error_type;
    std::string init_error_message;
};

inline std::int32_t fail(pyaot_error* error, std::int32_t status, std::string_view type, std::string_view message) noexcept {
    if (error != nullptr) {
        release(error);
        try {
            error->type = copy_str(type);
            error->message = copy_str(message);
        } catch (...) {
            release(error);  // out of memory while reporting: the status still says what happened
        }
    }
    return status;
}

/// Runs `body` (convert the arguments, call the function, write the result) under the library's lock, after the
/// module's top-level code, turning every exception into a status and an error.
template <class Body>
std::int32_t call(Library& library, pyaot_error* error, Body&& body) noexcept {
    if (error != nullptr) *error = pyaot_error{{nullptr, 0}, {nullptr, 0}};
    std::string type, message;
    std::int32_t status = status_python_exception;
    try {
        std::lock_guard<std::mutex> lock(library.mutex);
        std::call_once(library.once, [&library] {
            try {
                library.module_init();
            } catch (const PyException& e) {
                library.init_failed = true;
                library.init_error_type = e.value->type_name();
                library.init_error_message = e.value->str().utf8();
            } catch (const std::bad_alloc&) {
                library.init_failed = true;
                library.init_error_type = "MemoryError";
            } catch (const std::exception& e) {
                library.init_failed = true;
                library.init_error_type = "SystemError";
                library.init_error_message = std::string("C++ exception in the module's top-level code: ") + e.what();
            } catch (...) {
                library.init_failed = true;
                library.init_error_type = "SystemError";
                library.init_error_message = "unknown C++ exception in the module's top-level code";
            }
            pyaot::flush_stdout();
        });
        if (library.init_failed) return fail(error, status_python_exception, library.init_error_type, library.init_error_message);
        body();
        pyaot::flush_stdout();
        return status_ok;
    } catch (const InvalidArgument& e) {
        status = status_invalid_argument;
        type = e.type;
        message = e.message;
    } catch (const PyException& e) {
        try {
            type = e.value->type_name();
            message = e.value->str().utf8();
        } catch (...) {
            type = "SystemError";
            message = "the exception's str() raised";
        }
    } catch (const std::bad_alloc&) {
        type = "MemoryError";
    } catch (const std::exception& e) {
        type = "SystemError";
        message = std::string("C++ exception: ") + e.what();
    } catch (...) {
        type = "SystemError";
        message = "unknown C++ exception";
    }
    pyaot::flush_stdout();
    return fail(error, status, type, message);
}

/// A null result pointer is an invalid argument.
inline void require_result(const void* result) {
    if (result == nullptr) throw InvalidArgument{"ValueError", "the result pointer is null"};
}

}  // namespace pyaot::abi
