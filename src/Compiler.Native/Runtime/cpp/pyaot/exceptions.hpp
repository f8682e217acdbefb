// PythonAot C++ runtime: Python's builtin exception classes and how they are raised and caught.
//
// A Python exception is a class instance (Ref<BaseException> or a subclass, user classes included). `raise X`
// throws a PyException carrying the instance; an `except T as e` clause catches PyException and tests the
// instance's dynamic type (`ex.is<T>()`), re-throwing when no clause matches. A bare `raise` is C++'s `throw;`.
#pragma once

#include <exception>
#include <string>
#include <string_view>
#include <utility>

#include "core.hpp"

namespace pyaot {

/// BaseException: holds the message (args[0] as str, UTF-8) when the exception was created with one argument.
class BaseException : public Instance {
public:
    BaseException() = default;
    explicit BaseException(std::string message) : message_(std::move(message)), has_message_(true) {}

    const char* type_name() const noexcept override { return "BaseException"; }
    const char* module_name() const noexcept override { return "builtins"; }

    /// str(e): the message, or '' for an exception created without arguments.
    const std::string& message() const noexcept { return message_; }
    bool has_message() const noexcept { return has_message_; }
    /// The exit code when this exception ends the program uncaught (SystemExit overrides it).
    virtual int exit_code() const noexcept { return 1; }

    Str repr() const override;
    Str str() const override;

    /// Sets e.args (BaseException.__new__/__init__): str_text is str(e), args_repr the reprs of the arguments
    /// joined with ", " (repr(e) is `Name(args_repr)`); has_args false for no arguments.
    void set_args(std::string str_text, std::string args_repr, bool has_args) {
        message_ = std::move(str_text);
        args_repr_ = std::move(args_repr);
        has_message_ = has_args;
        has_args_repr_ = has_args;
    }
    /// The reprs of the arguments when set_args gave them (else repr(e) quotes the message).
    const std::string* args_repr() const noexcept { return has_args_repr_ ? &args_repr_ : nullptr; }

private:
    std::string message_;
    bool has_message_ = false;
    std::string args_repr_;
    bool has_args_repr_ = false;
};

#define PYAOT_EXCEPTION_CLASS(Name, Base)                                       \
    class Name : public Base {                                                   \
    public:                                                                      \
        using Base::Base;                                                        \
        const char* type_name() const noexcept override { return #Name; }        \
    };

PYAOT_EXCEPTION_CLASS(Exception, BaseException)
PYAOT_EXCEPTION_CLASS(KeyboardInterrupt, BaseException)
PYAOT_EXCEPTION_CLASS(GeneratorExit, BaseException)
PYAOT_EXCEPTION_CLASS(StopIteration, Exception)
PYAOT_EXCEPTION_CLASS(ArithmeticError, Exception)
PYAOT_EXCEPTION_CLASS(OverflowError, ArithmeticError)
PYAOT_EXCEPTION_CLASS(ZeroDivisionError, ArithmeticError)
PYAOT_EXCEPTION_CLASS(FloatingPointError, ArithmeticError)
PYAOT_EXCEPTION_CLASS(AssertionError, Exception)
PYAOT_EXCEPTION_CLASS(AttributeError, Exception)
PYAOT_EXCEPTION_CLASS(LookupError, Exception)
PYAOT_EXCEPTION_CLASS(IndexError, LookupError)
PYAOT_EXCEPTION_CLASS(NameError, Exception)
PYAOT_EXCEPTION_CLASS(UnboundLocalError, NameError)
PYAOT_EXCEPTION_CLASS(RuntimeError, Exception)
PYAOT_EXCEPTION_CLASS(NotImplementedError, RuntimeError)
PYAOT_EXCEPTION_CLASS(RecursionError, RuntimeError)
PYAOT_EXCEPTION_CLASS(TypeError, Exception)
PYAOT_EXCEPTION_CLASS(ValueError, Exception)
PYAOT_EXCEPTION_CLASS(UnicodeError, ValueError)
PYAOT_EXCEPTION_CLASS(OSError, Exception)
PYAOT_EXCEPTION_CLASS(FileNotFoundError, OSError)
PYAOT_EXCEPTION_CLASS(MemoryError, Exception)
PYAOT_EXCEPTION_CLASS(EOFError, Exception)

#undef PYAOT_EXCEPTION_CLASS

/// KeyError: str(e) is the repr of the key (CPython: `KeyError: 'missing'`), so the raiser passes the key's repr;
/// repr(e) is then `KeyError('missing')`.
class KeyError : public LookupError {
public:
    using LookupError::LookupError;
    const char* type_name() const noexcept override { return "KeyError"; }
    Str repr() const override;
};

/// SystemExit: sys.exit(code). Uncaught, it ends the program with `code` and prints nothing (or the message for a
/// str argument, exit code 1).
class SystemExit : public BaseException {
public:
    /// sys.exit() / SystemExit(): exit code 0.
    SystemExit() : code_(0), has_code_(false) {}
    explicit SystemExit(int code) : code_(code), has_code_(true) {}
    explicit SystemExit(std::string message) : BaseException(std::move(message)), code_(1), has_code_(false) {}
    const char* type_name() const noexcept override { return "SystemExit"; }
    int exit_code() const noexcept override { return code_; }
    /// True for SystemExit(int): the code is its argument (str(e) is the code).
    bool has_code() const noexcept { return has_code_; }
    Str repr() const override;
    Str str() const override;

private:
    int code_;
    bool has_code_;
};

namespace detail {
/// Reports an exception that nothing can propagate, as CPython does for one raised in a finalizer:
/// `Exception ignored in: <where>`, then the exception's lines, on stderr (defined in program.hpp).
inline void report_ignored_exception(const char* where, const BaseException& e) noexcept;
}  // namespace detail

/// What C++ throws for a Python exception.
struct PyException {
    Ref<BaseException> value;

    /// isinstance(value, E).
    template <class E>
    bool is() const noexcept {
        return dynamic_cast<E*>(value.get()) != nullptr;
    }
    /// The instance as E (after is<E>()).
    template <class E>
    Ref<E> as() const noexcept {
        return ref_cast<E>(value);
    }
};

/// raise E(message).
template <class E>
[[noreturn]] void raise(std::string message) {
    throw PyException{Ref<BaseException>(make<E>(std::move(message)))};
}

/// raise E() (no argument: the uncaught line is just `E`).
template <class E>
[[noreturn]] void raise() {
    throw PyException{Ref<BaseException>(make<E>())};
}

/// raise <instance>.
template <class E>
[[noreturn]] void raise_instance(const Ref<E>& e) {
    throw PyException{Ref<BaseException>(e)};
}

/// A bare `raise`: re-raises the exception being handled, or RuntimeError outside any handler (C++'s `throw;`
/// there would call std::terminate).
[[noreturn]] inline void reraise() {
    if (std::current_exception()) throw;
    raise<RuntimeError>("No active exception to reraise");
}

}  // namespace pyaot

// The out-of-line members of Instance and BaseException (repr, str, hash, ordering, and with them the vtables)
// need a complete Str: they are in instance.hpp, which numbers.hpp and str.hpp include once Str is defined.
