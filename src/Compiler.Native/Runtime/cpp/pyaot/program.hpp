// PythonAot C++ runtime: run_main (sys.argv, sys.exit, uncaught exceptions: CPython's last stderr line, exit code 1).
#pragma once

#include <cstdint>
#include <cstdio>
#include <exception>
#include <new>
#include <string>

#if defined(__GLIBC__)
#include <malloc.h>
#endif

#if defined(__linux__) && (defined(__x86_64__) || defined(__aarch64__)) && !defined(__SANITIZE_ADDRESS__)
#define PYAOT_STACK_OVERFLOW_HANDLER 1
#include <signal.h>
#include <ucontext.h>
#include <unistd.h>
#endif

#include "core.hpp"
#include "exceptions.hpp"
#include "io.hpp"
#include "list.hpp"
#include "str.hpp"

namespace pyaot {

namespace ops {

/// sys.argv: the one shared list, the same object on every read (run_main fills it; argv[0] is the script's path,
/// as under `python3 path.py`).
inline List<Str>& sys_argv() {
    static List<Str> argv;
    return argv;
}

/// sys.maxsize: 2 ** 63 - 1.
inline Int sys_maxsize() { return INT64_MAX; }

/// sys.exit(): SystemExit with exit code 0.
[[noreturn]] inline void sys_exit() { throw PyException{Ref<BaseException>(make<SystemExit>())}; }
/// sys.exit(None).
[[noreturn]] inline void sys_exit(None) { sys_exit(); }
/// sys.exit(code).
[[noreturn]] inline void sys_exit(Int code) { throw PyException{Ref<BaseException>(make<SystemExit>(static_cast<int>(code)))}; }
/// sys.exit(message): the message goes to stderr, exit code 1.
[[noreturn]] inline void sys_exit(const Str& message) {
    throw PyException{Ref<BaseException>(make<SystemExit>(message.utf8()))};
}

}  // namespace ops

namespace detail_program {

/// The name CPython prints for an exception's class: `ValueError`, `MyError` (defined in __main__), `mod.MyError`.
inline std::string exception_type_name(const BaseException& e) {
    std::string module = e.module_name();
    if (module == "builtins" || module == "__main__") return e.type_name();
    return module + "." + e.type_name();
}

/// The lines CPython writes for an exception that ends a program or is ignored: the traceback header (its frame lines
/// are not reproduced) and `Type: message`.
inline std::string exception_lines(const BaseException& e) {
    std::string text = "Traceback (most recent call last):\n  File \"<program>\", line ?, in <module>\n";
    text += exception_type_name(e);
    std::string message;
    try {
        message = e.str().utf8();
    } catch (...) {
        message = "<exception str() failed>";
    }
    if (!message.empty()) {
        text += ": ";
        text += message;
    }
    text += '\n';
    return text;
}

/// The last lines CPython writes for an uncaught exception.
inline void report_uncaught(const BaseException& e) { write_stderr(exception_lines(e)); }

/// Exit code (and stderr text) of an uncaught SystemExit.
inline int system_exit_code(const SystemExit& e) {
    if (e.has_code()) return e.exit_code();
    if (e.has_message()) {
        write_stderr(e.message() + "\n");
        return 1;
    }
    return 0;
}

#if defined(PYAOT_STACK_OVERFLOW_HANDLER)
// Unbounded recursion. CPython stops it at sys.getrecursionlimit() frames with RecursionError; native code runs
// until the stack's guard page, where the kernel sends SIGSEGV and the process used to die with status 139 and
// without the output still in the stdout buffer. This handler, on a stack of its own, recognises that fault (an
// address within reach of the faulting stack pointer) and ends the program as an uncaught RecursionError does under
// CPython: the buffered stdout written, CPython's last stderr line, exit status 1. It cannot be caught by an
// `except RecursionError` (that would need a check on every call: +18% on fib, perf stat on
// benchmarks/programs/fib.py's build). Any other SIGSEGV is a runtime bug and keeps its default action.
// Executables only (a shared library leaves its host's signals alone); sanitized builds leave SIGSEGV to
// AddressSanitizer, whose stack-overflow report says more.

inline void on_segv(int signal, siginfo_t* info, void* context) noexcept {
    const auto* uc = static_cast<const ucontext_t*>(context);
#if defined(__x86_64__)
    const auto sp = static_cast<std::uintptr_t>(uc->uc_mcontext.gregs[REG_RSP]);
#else
    const auto sp = static_cast<std::uintptr_t>(uc->uc_mcontext.sp);
#endif
    const auto fault = reinterpret_cast<std::uintptr_t>(info->si_addr);
    // A push, a call or a new frame faults just below the stack pointer (a big frame: up to its size below).
    const bool stack_overflow = fault < sp + 4096 && sp - fault < (std::uintptr_t{1} << 20);
    if (!stack_overflow) {
        ::signal(signal, SIG_DFL);  // returning re-runs the faulting instruction, which now kills the process
        return;
    }
    detail_io::StdoutBuffer::instance().flush_after_fatal_signal();
    static constexpr char kMessage[] =
        "Traceback (most recent call last):\n  File \"<program>\", line ?, in <module>\n"
        "RecursionError: maximum recursion depth exceeded\n";
    detail_io::write_fully(2, kMessage, sizeof kMessage - 1);
    ::_exit(1);
}

inline void install_stack_overflow_handler() noexcept {
    static char alternate_stack[64 * 1024];
    stack_t stack{};
    stack.ss_sp = alternate_stack;
    stack.ss_size = sizeof alternate_stack;
    if (sigaltstack(&stack, nullptr) != 0) return;
    struct sigaction action{};
    action.sa_sigaction = on_segv;
    action.sa_flags = SA_SIGINFO | SA_ONSTACK;
    sigemptyset(&action.sa_mask);
    sigaction(SIGSEGV, &action, nullptr);
}
#endif

}  // namespace detail_program

inline void detail::report_ignored_exception(const char* where, const BaseException& e) noexcept {
    try {
        write_stderr(std::string("Exception ignored in: ") + where + "\n" + detail_program::exception_lines(e));
    } catch (...) {
    }
}

/// The executable's entry point: sets sys.argv, runs the module's top-level code, and turns an uncaught exception
/// into CPython's stderr and exit code.
/// `script`, when given, is sys.argv[0] (the Python source's path, as CPython's is), in place of the executable's path.
inline int run_main(int argc, char** argv, void (*module_init)(), const char* script = nullptr) {
#if defined(__GLIBC__)
    // The buffers of big lists (a list of a million words) come from the heap and stay there once freed, instead of
    // being mapped and unmapped at every growth: each fresh mapping is paid again page by page in faults (word_count:
    // 29.6K faults -> 23.2K, `perf stat -e page-faults` on benchmarks/programs/word_count.py's build at 1200000).
    // An executable owns its process; a shared library leaves its host's malloc alone.
    if constexpr (memory::kPooled) {
        mallopt(M_MMAP_THRESHOLD, 32 << 20);
        mallopt(M_TRIM_THRESHOLD, 128 << 20);
    }
#endif
#if defined(PYAOT_STACK_OVERFLOW_HANDLER)
    detail_program::install_stack_overflow_handler();
#endif
    int code = 0;
    try {
        List<Str>& args = ops::sys_argv();
        for (int i = 0; i < argc; ++i)
            args.append(Str(detail_io::valid_utf8(i == 0 && script != nullptr ? script : argv[i])));
        if (argc == 0 && script != nullptr) args.append(Str(detail_io::valid_utf8(script)));
        module_init();
    } catch (const PyException& ex) {
        if (const auto* exit = dynamic_cast<const SystemExit*>(ex.value.get())) {
            code = detail_program::system_exit_code(*exit);
        } else {
            detail_program::report_uncaught(*ex.value);
            code = 1;
        }
    } catch (const std::bad_alloc&) {
        write_stderr("Traceback (most recent call last):\n  File \"<program>\", line ?, in <module>\nMemoryError\n");
        code = 1;
    } catch (const std::exception& e) {
        write_stderr(std::string("Traceback (most recent call last):\n  File \"<program>\", line ?, in <module>\n"
                                 "SystemError: ") + e.what() + "\n");
        code = 1;
    }
    flush_stdout();
    return code;
}

}  // namespace pyaot
