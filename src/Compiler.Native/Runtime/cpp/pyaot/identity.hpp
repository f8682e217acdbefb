// PythonAot C++ runtime: repr and hash by identity, for the handle types whose objects CPython compares by identity
// (generators, iterators): `<generator object at 0x...>`, and a hash from the shared object's address.
#pragma once

#include <cstdint>
#include <cstdio>

#include "core.hpp"
#include "str.hpp"

namespace pyaot::detail {

/// `<KIND object at 0x...>` for the object at `identity`.
inline Str identity_repr(const char* kind, const void* identity) {
    char buf[80];
    std::snprintf(buf, sizeof buf, "<%s object at 0x%llx>", kind, static_cast<unsigned long long>(reinterpret_cast<std::uintptr_t>(identity)));
    return Str(buf);
}

/// A hash of the object at `identity` (its address without the always-zero low bits).
inline Int identity_hash(const void* identity) noexcept { return static_cast<Int>(reinterpret_cast<std::uintptr_t>(identity) >> 4); }

}  // namespace pyaot::detail
