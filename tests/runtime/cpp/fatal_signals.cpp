// The executable runtime's SIGSEGV handler (pyaot/program.hpp): a stack overflow ends the program as CPython's
// uncaught RecursionError does, while any other segmentation fault keeps its default action (a crash is a runtime
// bug and must not pass for a Python exception). Built without sanitizers (they own SIGSEGV) by
// tests/Compiler.Native.Tests/Runtime/FatalSignalTests.cs, and run as `fatal_signals recurse` or `fatal_signals null`.
#include <pyaot/runtime.hpp>

#include <cstring>

namespace {

volatile unsigned long sink;

// A frame that cannot be folded into a loop: the volatile array outlives the call.
unsigned long depth(unsigned long n) {
    volatile char pad[64];
    pad[0] = static_cast<char>(n);
    if (n != ~0UL) return depth(n + 1) + static_cast<unsigned long>(pad[0]);
    return 0;
}

void recurse() {
    pyaot::write_stdout("before\n");
    sink = depth(0);
}

void write_through_null() {
    pyaot::write_stdout("before\n");
    volatile int* volatile target = nullptr;  // both volatile, or g++ drops the store
    *target = 1;
}

}  // namespace

int main(int argc, char** argv) {
    const bool recursion = argc > 1 && std::strcmp(argv[1], "recurse") == 0;
    return pyaot::run_main(argc, argv, recursion ? &recurse : &write_through_null);
}
