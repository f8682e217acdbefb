#include "containers_test.hpp"
using namespace pyaot;
using namespace pyaot::ops;
using t::err;
using t::out;

static Str cat(std::initializer_list<Str> parts) {
    std::string s;
    for (auto& p : parts) { if (!s.empty()) s += ' '; s += p.view(); }
    return Str(s);
}

Generator<Int> count(Int n) {
    out("start");
    for (Int i : Range(n)) {
        out(cat({Str("yield"), str(i)}));
        co_yield i * i;
    }
    out("done");
    co_return;
}
Generator<Int> failing() {
    co_yield 1;
    raise<ValueError>("boom");
}
Generator<List<Int>> infinite() {
    Int i = 0;
    while (true) {
        // (g++ 12 rejects a braced initializer list inside a co_yield expression: "array used as initializer";
        // the emitter hoists such operands into a local first.)
        List<Int> row = operator_mul(List<Int>{i}, 3);
        co_yield row;
        i += 1;
    }
}
Generator<Int> fib() {
    Int a = 0, b = 1;
    while (true) {
        co_yield a;
        Int c = a + b;
        a = b;
        b = c;
    }
}
Generator<Str> words() {
    co_yield Str("a");
    co_yield Str("bb");
}
Generator<Int> reenter(const Generator<Int>* self) { co_yield builtins_next(*self); }

int main() {
    Generator<Int> g = count(3);
    out("created");
    out(builtins_next(g));
    for (auto v : g) out(cat({Str("got"), str(v)}));
    out(builtins_next(g, Int(-1)));
    err([&] { builtins_next(g); });
    Generator<Int> f = failing();
    out(builtins_next(f));
    err([&] { builtins_next(f); });
    err([&] { builtins_next(f); });
    {
        Generator<List<Int>> inf = infinite();
        auto a = builtins_next(inf);
        auto b = builtins_next(inf);
        out(cat({str(a), str(b)}));
    }  // the suspended frame (with its lists) is freed here
    Generator<Int> squares = [](Range r) -> Generator<Int> { for (auto x : r) co_yield x * x; }(Range(5));
    {
        Int s1 = builtins_sum(squares), s2 = builtins_sum(squares);
        out(cat({str(s1), str(s2)}));
    }
    auto evens = [](List<Int> xs) -> Generator<Int> { for (auto x : xs) if (x % 2 == 0) co_yield x; }(List<Int>{1, 2, 3, 4, 5, 6});
    out(builtins_list(evens));
    Generator<Int> h = count(2);
    Generator<Int> h2 = h;
    {
        Int a = builtins_next(h), b = builtins_next(h2);
        auto rest = builtins_list(h);
        out(cat({str(a), str(b), str(rest)}));
    }
    out(builtins_list(builtins_zip(count(3), Str("ab"))));
    {
        Int m = builtins_max(count(4));
        auto s = builtins_sorted(count(3), true);
        out(cat({str(m), str(s)}));
    }
    out(operator_contains([](Range r) -> Generator<Int> { for (auto i : r) co_yield i; }(Range(10)), 3));
    List<Int> res;
    for (auto v : fib()) {
        if (v > 100) break;
        res.append(v);
    }
    out(res);
    out(cat({str(builtins_list(builtins_enumerate(words(), 1))), str(builtins_dict(builtins_zip(words(), Range(2)))),
             str(operator_eq(builtins_set(builtins_map([](Str s) { return builtins_len(s); }, words())), Set<Int>{1, 2}))}));
    Generator<Int> gr;
    gr = reenter(&gr);
    err([&] { builtins_next(gr); });
}
