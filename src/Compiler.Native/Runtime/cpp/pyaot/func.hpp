// PythonAot C++ runtime: Func<R(A...)> (Callable[[A...], R]) and Cell<T> (a variable captured by a closure).
//
// Func<R(A...)> is a copyable handle to a refcounted callable (copies share it and so share whatever it
// captured). It wraps any C++ callable invocable with A... whose result converts to R (a lambda, a function
// pointer, another Func with compatible types). A default-constructed Func is empty: calling it raises
// TypeError("'NoneType' object is not callable").
// Cell<T> is a refcounted box for a local variable that a closure captures and that is assigned after the
// capture (Python closures see later assignments): the function and its closures hold the same Cell and access
// it through `*cell` / `cell.get()`. Closures capture Cells by value (the handle), never the frame by reference.
#pragma once

#include <cstdint>
#include <cstdio>
#include <type_traits>
#include <utility>

#include "core.hpp"
#include "exceptions.hpp"
#include "str.hpp"

namespace pyaot {

template <class Sig>
class Func;

template <class X>
struct is_func : std::false_type {};
template <class Sig>
struct is_func<Func<Sig>> : std::true_type {};

template <class R, class... A>
class Func<R(A...)> {
    struct Impl : RefCounted {
        virtual R call(A... a) = 0;
    };
    template <class F>
    struct Holder final : Impl {
        explicit Holder(F fn) : f(std::move(fn)) {}
        R call(A... a) override {
            if constexpr (std::is_void_v<R>) f(std::forward<A>(a)...);
            else return static_cast<R>(f(std::forward<A>(a)...));
        }
        F f;
    };

public:
    using result_type = R;

    Func() noexcept = default;
    Func(None) noexcept {}
    template <class F, class = std::enable_if_t<!std::is_same_v<std::decay_t<F>, Func> &&
                                                !std::is_same_v<std::decay_t<F>, None> &&
                                                std::is_invocable_v<std::decay_t<F>&, A...>>>
    Func(F&& f) : p_(Ref<Impl>(new Holder<std::decay_t<F>>(std::forward<F>(f)))) {}

    R operator()(A... a) const {
        if (!p_) [[unlikely]] raise<TypeError>("'NoneType' object is not callable");
        return p_->call(std::forward<A>(a)...);
    }
    explicit operator bool() const noexcept { return static_cast<bool>(p_); }
    /// Identity (`f is g`).
    bool is(const Func& o) const noexcept { return p_ == o.p_; }

private:
    Ref<Impl> p_;
};

template <class Sig>
bool truth(const Func<Sig>&) noexcept {
    return true;
}
template <class Sig>
Str repr(const Func<Sig>& f) {
    char buf[64];
    std::snprintf(buf, sizeof buf, "<function at 0x%llx>", static_cast<unsigned long long>(reinterpret_cast<std::uintptr_t>(&f)));
    return Str(buf);
}
template <class Sig>
Str str(const Func<Sig>& f) {
    return repr(f);
}

/// A shared, mutable box for a captured variable.
template <class T>
class Cell {
    struct Data : RefCounted {
        T value;
        template <class... Args>
        explicit Data(Args&&... args) : value(std::forward<Args>(args)...) {}
    };

public:
    Cell() : d_(make<Data>()) {}
    template <class U, class = std::enable_if_t<!std::is_same_v<std::decay_t<U>, Cell>>>
    explicit Cell(U&& v) : d_(make<Data>(std::forward<U>(v))) {}

    T& get() const noexcept { return d_->value; }
    T& operator*() const noexcept { return d_->value; }
    T* operator->() const noexcept { return &d_->value; }
    template <class U>
    void set(U&& v) const {
        d_->value = std::forward<U>(v);
    }

private:
    Ref<Data> d_;
};

}  // namespace pyaot
