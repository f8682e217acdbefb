// PythonAot C++ runtime: the foundation every other runtime header builds on.
//
// Value representation (the contract between the C++ emitter and this runtime; docs/ARCHITECTURE.md "C++ backend"):
//   int -> pyaot::Int (int64_t)     float -> pyaot::Float (double)   bool -> bool
//   None -> pyaot::None             str -> pyaot::Str                bytes -> pyaot::Bytes
//   list[T] -> pyaot::List<T>       dict[K, V] -> pyaot::Dict<K, V>  set[T] -> pyaot::Set<T>
//   dict_keys[K, V] -> pyaot::DictKeys<K, V> (dict_values, dict_items alike: views holding the dict)
//   tuple[A, B] -> pyaot::Tuple<A, B>   tuple[T, ...] -> pyaot::VarTuple<T>
//   T | None -> pyaot::Optional<T>  A | B -> pyaot::Union<A, B>      object -> pyaot::Object (boxed, dynamic)
//   Callable[[A], R] -> pyaot::Func<R(A)>   Iterator[T] -> pyaot::Iterator<T>   Generator[Y, S, R] -> pyaot::Generator<Y>
//   range -> pyaot::Range           class C -> pyaot::Ref<C>, struct C : Base (builtin exceptions included)
// Reference types (Str, List, Dict, Set, VarTuple, class instances) are intrusive reference-counted handles:
// copying a handle shares the object (Python aliasing); the last handle frees it (deterministic reclamation).
// Every operation of the operation library `module.name` is implemented as `pyaot::ops::module_name(...)`;
// C++ overloading picks among the library's overloads by argument types.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <type_traits>
#include <utility>

#include "memory.hpp"

namespace pyaot {

using Int = std::int64_t;
using Float = double;

/// Python's None.
struct None {
    friend constexpr bool operator==(None, None) { return true; }
};
inline constexpr None none{};

/// An optional parameter of an operation that the call left out (the operation applies Python's default).
struct Omitted {};
inline constexpr Omitted omitted{};

/// Base of every reference-counted runtime object. Not thread-safe by design: a compiled module runs on one thread
/// (Python's GIL semantics); separate calls into a shared library may run on separate threads on separate data.
/// Objects live in the runtime's small-object allocator (memory.hpp); the virtual destructor makes `delete` pass
/// the dynamic type's size, which selects the size class to free into.
class RefCounted {
public:
    static void* operator new(std::size_t size) { return memory::allocate(size); }
    static void operator delete(void* block, std::size_t size) noexcept { memory::deallocate(block, size); }

    RefCounted() = default;
    RefCounted(const RefCounted&) = delete;
    RefCounted& operator=(const RefCounted&) = delete;
    virtual ~RefCounted() = default;

    void add_ref() const noexcept { ++refcount_; }
    void release() const noexcept {
        if (--refcount_ == 0) delete this;
    }
    std::int64_t refcount() const noexcept { return refcount_; }

private:
    mutable std::int64_t refcount_ = 0;
};

/// An owning handle to a RefCounted object; never null once constructed by make<T> (a moved-from handle is null).
template <class T>
class Ref {
public:
    Ref() noexcept = default;
    Ref(std::nullptr_t) noexcept {}
    explicit Ref(T* p) noexcept : p_(p) {
        if (p_) p_->add_ref();
    }
    Ref(const Ref& o) noexcept : p_(o.p_) {
        if (p_) p_->add_ref();
    }
    Ref(Ref&& o) noexcept : p_(o.p_) { o.p_ = nullptr; }
    template <class U, class = std::enable_if_t<std::is_convertible_v<U*, T*>>>
    Ref(const Ref<U>& o) noexcept : p_(o.get()) {
        if (p_) p_->add_ref();
    }
    template <class U, class = std::enable_if_t<std::is_convertible_v<U*, T*>>>
    Ref(Ref<U>&& o) noexcept : p_(o.detach()) {}
    ~Ref() {
        if (p_) p_->release();
    }
    Ref& operator=(Ref o) noexcept {
        std::swap(p_, o.p_);
        return *this;
    }

    T* get() const noexcept { return p_; }
    T* operator->() const noexcept { return p_; }
    T& operator*() const noexcept { return *p_; }
    explicit operator bool() const noexcept { return p_ != nullptr; }
    /// Gives up ownership without releasing (for Ref<U> -> Ref<T> moves).
    T* detach() noexcept {
        T* p = p_;
        p_ = nullptr;
        return p;
    }
    friend bool operator==(const Ref& a, const Ref& b) noexcept { return a.p_ == b.p_; }

private:
    T* p_ = nullptr;
};

/// Allocates a RefCounted object and returns its first handle.
template <class T, class... Args>
Ref<T> make(Args&&... args) {
    return Ref<T>(new T(std::forward<Args>(args)...));
}

/// A checked downcast (isinstance narrowing of class instances); null when the object is not a U.
template <class U, class T>
Ref<U> ref_cast(const Ref<T>& r) noexcept {
    return Ref<U>(dynamic_cast<U*>(r.get()));
}

class Str;

/// Base of every instance of a Python class (user classes and the builtin exception classes).
/// The emitter overrides type_name() in every generated class and the dunders the class defines.
class Instance : public RefCounted {
public:
    /// The class name as Python prints it (`Point`, `ValueError`).
    virtual const char* type_name() const noexcept = 0;
    /// The module that defines the class (`__main__` for the program's classes, `builtins` for builtin ones).
    virtual const char* module_name() const noexcept { return "__main__"; }
    /// repr(self): `__repr__` when the class defines one, else `<__main__.Point object at 0x...>`.
    virtual Str repr() const;
    /// str(self): `__str__` when the class defines one, else repr(self).
    virtual Str str() const;
    /// self == other: `__eq__` when the class defines one, else identity.
    virtual bool eq(const Instance& other) const { return this == &other; }
    /// self != other: `__ne__` when the class defines one, else not `__eq__` (Python's default).
    virtual bool ne(const Instance& other) const { return !eq(other); }
    /// hash(self): `__hash__` when the class defines one, else by identity (a class that defines `__eq__` without
    /// `__hash__` is unhashable: the emitter overrides hash() to call raise_unhashable()).
    virtual Int hash() const;
    /// bool(self): `__bool__` (or `__len__` != 0) when the class defines one, else True.
    virtual bool truth() const { return true; }
    /// self < other etc.: the dunder when the class defines one, else TypeError as CPython raises it.
    virtual bool lt(const Instance& other) const;
    virtual bool le(const Instance& other) const;
    virtual bool gt(const Instance& other) const;
    virtual bool ge(const Instance& other) const;
};

}  // namespace pyaot
