// PythonAot C++ runtime: Generator<T>, a C++20 coroutine (Generator[Y, S, R] and generator expressions).
//
// Emitted code: a generator function returns pyaot::Generator<Y> and uses `co_yield value;`; Python's `return`
// (with or without a value: the value is ignored, as the library models it) is `co_return;` after evaluating the
// value for its side effects. A generator expression is a coroutine too: a lambda without captures that takes
// the values it uses as parameters (the frame copies them), e.g.
//   [](pyaot::List<Int> xs) -> pyaot::Generator<Int> { for (auto x : xs) co_yield x * x; }(xs)
// Semantics: lazy (nothing runs before the first next()); a Generator is a reference type (copies share the
// frame and the position, as Python generator objects do); an exception inside the body propagates to the
// consumer and finishes the generator; next() on a finished generator raises StopIteration; next() from inside
// the running generator raises ValueError("generator already executing"). When the last handle goes, a generator
// suspended at a yield is closed as CPython closes an unreachable one: GeneratorExit is raised at that yield, so
// its pending `finally` blocks (and `with` exits) run, deterministically, at the moment the last reference is
// dropped; an exception they raise, or a yield instead of finishing (RuntimeError "generator ignored
// GeneratorExit"), is reported on stderr as "Exception ignored in: ..." and does not propagate, as in CPython.
// Then the frame (locals included) is destroyed. A generator that never started or has finished is just freed.
// Range-for iterates it; it converts to Iterator<T>.
#pragma once

#include <coroutine>
#include <cstdint>
#include <cstdio>
#include <exception>
#include <optional>
#include <utility>

#include "core.hpp"
#include "exceptions.hpp"
#include "identity.hpp"
#include "iterator.hpp"
#include "str.hpp"

namespace pyaot {

template <class T>
class Generator {
public:
    using value_type = T;
    struct promise_type;
    using Handle = std::coroutine_handle<promise_type>;

    struct State : RefCounted {
        explicit State(Handle h) noexcept : handle(h) {}
        ~State() override {
            if (!handle) return;
            if (started && !finished) close();
            handle.destroy();
        }
        Handle handle;
        bool started = false;
        bool running = false;
        bool finished = false;

        /// generator.close() on a suspended generator: GeneratorExit at its yield, what it raises reported as ignored.
        void close() noexcept {
            promise_type& p = handle.promise();
            p.closing = true;
            running = true;
            handle.resume();
            running = false;
            finished = true;
            std::exception_ptr error = std::move(p.error);
            p.error = nullptr;
            if (!handle.done()) {
                RuntimeError ignored("generator ignored GeneratorExit");
                detail::report_ignored_exception("<generator object>", ignored);
                return;
            }
            if (!error) return;
            try {
                std::rethrow_exception(error);
            } catch (const PyException& ex) {
                if (!ex.is<GeneratorExit>() && !ex.is<StopIteration>()) detail::report_ignored_exception("<generator object>", *ex.value);
            } catch (...) {
            }
        }
    };

    /// What `co_yield` waits on: on resumption by close(), GeneratorExit is raised at the yield.
    struct YieldAwaiter {
        const bool& closing;
        bool await_ready() const noexcept { return false; }
        void await_suspend(Handle) const noexcept {}
        void await_resume() const {
            if (closing) raise<GeneratorExit>();
        }
    };

    struct promise_type {
        std::optional<T> value;
        std::exception_ptr error;
        State* state = nullptr;
        /// Set by State::close(): the suspended yield raises GeneratorExit when resumed.
        bool closing = false;

        Generator get_return_object() {
            Generator g;
            g.s_ = make<State>(Handle::from_promise(*this));
            state = g.s_.get();
            return g;
        }
        std::suspend_always initial_suspend() noexcept { return {}; }
        std::suspend_always final_suspend() noexcept { return {}; }
        template <class U>
        YieldAwaiter yield_value(U&& v) {
            value.emplace(std::forward<U>(v));
            return {closing};
        }
        void return_void() noexcept {}
        void unhandled_exception() noexcept { error = std::current_exception(); }
    };

    /// An exhausted generator.
    Generator() = default;

    /// Advances to the next yield: stores the value in `out` and returns true, or returns false when finished.
    bool try_next(std::optional<T>& out) const {
        State* s = s_.get();
        if (!s || s->finished) return false;
        if (s->running) raise<ValueError>("generator already executing");
        Ref<State> keep = s_;  // the body may drop the last other handle
        s->running = true;
        s->started = true;
        promise_type& p = s->handle.promise();
        p.value.reset();
        s->handle.resume();
        s->running = false;
        if (p.error) {
            s->finished = true;
            std::exception_ptr e = std::move(p.error);
            p.error = nullptr;
            free_frame(*s);
            std::rethrow_exception(e);
        }
        if (s->handle.done()) {
            s->finished = true;
            free_frame(*s);
            return false;
        }
        out.emplace(std::move(*p.value));
        p.value.reset();
        return true;
    }
    /// next(g): StopIteration when finished.
    T next() const {
        std::optional<T> out;
        if (!try_next(out)) raise<StopIteration>();
        return std::move(*out);
    }
    bool is(const Generator& o) const noexcept { return s_ == o.s_; }
    /// The generator object's identity (what id(), repr and hash show): its shared state, not this handle.
    const void* identity() const noexcept { return s_.get(); }

    struct iterator {
        Generator g;
        std::optional<T> cur;
        bool done;
        T operator*() const { return *cur; }
        iterator& operator++() {
            cur.reset();
            done = !g.try_next(cur);
            return *this;
        }
        bool operator!=(IterEnd) const noexcept { return !done; }
        bool operator==(IterEnd) const noexcept { return done; }
    };
    iterator begin() const {
        iterator it{*this, std::nullopt, false};
        it.done = !try_next(it.cur);
        return it;
    }
    IterEnd end() const noexcept { return {}; }

private:
    static void free_frame(State& s) noexcept {
        if (s.handle) {
            Handle h = s.handle;
            s.handle = nullptr;
            h.destroy();
        }
    }
    Ref<State> s_;
};

template <class T>
bool truth(const Generator<T>&) noexcept {
    return true;
}
template <class T>
Str repr(const Generator<T>& g) {
    return detail::identity_repr("generator", g.identity());
}
template <class T>
Str str(const Generator<T>& g) {
    return repr(g);
}
/// Generators hash and compare by identity, as CPython's do.
template <class T>
Int hash(const Generator<T>& g) {
    return detail::identity_hash(g.identity());
}
template <class T>
bool eq(const Generator<T>& a, const Generator<T>& b) {
    return a.is(b);
}

}  // namespace pyaot
