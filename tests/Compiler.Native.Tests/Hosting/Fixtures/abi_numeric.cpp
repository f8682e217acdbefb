// Hand-written C++ standing in for the emitter's translation of abi_numeric.py (the test appends the wrappers).
#include PYAOT_FIXTURE_RUNTIME

#include <string>
#include <vector>

namespace pym_abi_numeric {

pyaot::Int add(pyaot::Int a, pyaot::Int b) {
    pyaot::Int r;
    if (__builtin_add_overflow(a, b, &r)) pyaot::raise<pyaot::OverflowError>("int too large to fit in 64 bits");
    return r;
}

pyaot::Float mean(const pyaot::List<pyaot::Float>& xs) {
    pyaot::Float sum = 0;
    for (pyaot::Float x : xs) sum += x;
    pyaot::Int n = pyaot::ops::builtins_len(xs);
    if (n == 0) pyaot::raise<pyaot::ZeroDivisionError>("division by zero");
    return sum / static_cast<pyaot::Float>(n);
}

pyaot::List<pyaot::Float> scale(const pyaot::List<pyaot::Float>& xs, pyaot::Float factor) {
    pyaot::List<pyaot::Float> r{};
    for (pyaot::Float x : xs) pyaot::ops::list_append(r, x * factor);
    return r;
}

pyaot::List<pyaot::List<pyaot::Float>> outer(const pyaot::List<pyaot::Float>& a, const pyaot::List<pyaot::Float>& b) {
    pyaot::List<pyaot::List<pyaot::Float>> r{};
    for (pyaot::Float x : a) {
        pyaot::List<pyaot::Float> row{};
        for (pyaot::Float y : b) pyaot::ops::list_append(row, x * y);
        pyaot::ops::list_append(r, row);
    }
    return r;
}

pyaot::List<pyaot::List<pyaot::Float>> transpose(const pyaot::List<pyaot::List<pyaot::Float>>& m) {
    std::vector<std::vector<pyaot::Float>> rows;
    for (const auto& row : m) {
        rows.emplace_back();
        for (pyaot::Float x : row) rows.back().push_back(x);
    }
    if (rows.empty()) pyaot::raise<pyaot::IndexError>("list index out of range");
    pyaot::List<pyaot::List<pyaot::Float>> r{};
    for (std::size_t j = 0; j < rows[0].size(); ++j) {
        pyaot::List<pyaot::Float> column{};
        for (const auto& row : rows) pyaot::ops::list_append(column, row.at(j));
        pyaot::ops::list_append(r, column);
    }
    return r;
}

pyaot::List<pyaot::List<pyaot::Float>> triangle(pyaot::Int n) {
    pyaot::List<pyaot::List<pyaot::Float>> r{};
    for (pyaot::Int i = 1; i <= n; ++i) {
        pyaot::List<pyaot::Float> row{};
        for (pyaot::Int k = 0; k < i; ++k) pyaot::ops::list_append(row, 1.0);
        pyaot::ops::list_append(r, row);
    }
    return r;
}

bool is_even(pyaot::Int n) { return ((n % 2) + 2) % 2 == 0; }

pyaot::List<pyaot::Int> lengths(const pyaot::List<pyaot::Str>& texts) {
    pyaot::List<pyaot::Int> r{};
    for (const auto& t : texts) pyaot::ops::list_append(r, t.length());
    return r;
}

pyaot::Str greet(const pyaot::Str& name, bool excited) { return pyaot::Str("hello, " + name.utf8() + (excited ? "!" : ".")); }

pyaot::None check(pyaot::Int n) {
    if (n < 0) pyaot::raise<pyaot::ValueError>("negative: " + std::to_string(n));
    return pyaot::none;
}

pyaot::Int _helper(pyaot::Int x) { return x; }

void module_init() {}

}  // namespace pym_abi_numeric
