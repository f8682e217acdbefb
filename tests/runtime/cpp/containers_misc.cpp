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

int main() {
    out(cat({str(Tuple<Int>{1}), str(Tuple<>{}), str(Tuple<Int, Str, Float>{1, "a", 2.5}), str(Tuple<Tuple<Int, Int>, List<Int>>{{1, 2}, {3}}), str(Tuple<None, bool>{none, true})}));
    auto [a, b] = Tuple<Int, Str>{5, "k"};
    out(cat({str(a), str(b)}));
    out(cat({str(hash(Tuple<Int, Int>{1, 2})), str(hash(Tuple<Int, Int, Tuple<Int, Int>>{1, 2, {3, 4}})), str(hash(Tuple<>{})), str(hash(Tuple<Int>{-1})), str(hash(Tuple<Float, bool>{1.5, true}))}));
    out(cat({str(lt(Tuple<Int, Int>{1, 2}, Tuple<Int, Int>{1, 3})), str(lt(VarTuple<Int>{1, 2}, VarTuple<Int>{1, 2, 0})), str(gt(VarTuple<Int>{2}, VarTuple<Int>{1, 9})),
             str(eq(Tuple<Int, Int>{1, 2}, Tuple<Int, Int>{1, 2})), str(lt(Tuple<Int, Str>{1, "a"}, Tuple<Int, Str>{1, "b"})), str(ge(Tuple<Int, Int>{1, 2}, Tuple<Int, Int>{1, 2}))}));
    VarTuple<Int> t{3, 1, 4, 1, 5, 9, 2, 6};
    out(cat({str(operator_getitem(t, 2)), str(operator_getitem(t, -1)), str(operator_getitem(t, Slice(1, 5))), str(operator_getitem(t, Slice(none, none, -2))),
             str(operator_getitem(t, Slice(none, none, 3))), str(builtins_len(t)), str(tuple_count(t, 1)), str(tuple_index(t, 5)), str(operator_contains(t, 4)), str(operator_contains(t, 8))}));
    err([&] { operator_getitem(t, 8); });
    err([&] { tuple_index(t, 42); });
    out(cat({str(operator_add(t, VarTuple<Int>{7})), str(operator_mul(t, 2)), str(operator_mul(Int(0), t)), str(builtins_tuple(Range(3))), str(builtins_tuple(List<Int>{1})),
             str(builtins_tuple()), str(builtins_sorted(t)), str(builtins_list(builtins_reversed(t)))}));
    Range r(0, 10, 3);
    out(cat({str(r), str(Range(5)), str(Range(-3, 3)), str(Range(10, 0, -2)), str(builtins_len(r)), str(r[1]), str(r[-1]), str(builtins_list(r)), str(operator_contains(r, 9)),
             str(operator_contains(r, 8)), str(builtins_list(Range(5, 0, -1)))}));
    out(cat({str(operator_getitem(r, Slice(1, none))), str(operator_getitem(r, Slice(none, none, -1))), str(operator_getitem(Range(20), Slice(2, 15, 4))),
             str(operator_getitem(Range(10), Slice(none, none, -3))), str(builtins_len(Range(0))), str(builtins_list(Range(0))), str(eq(Range(3), Range(0, 3, 1))), str(eq(Range(0), Range(5, 2)))}));
    out(cat({str(hash(Range(3)) == hash(Range(0, 3))), str(truth(Range(0))), str(truth(Range(1)))}));
    err([&] { operator_getitem(Range(3), 3); });
    err([&] { builtins_range(1, 2, 0); });
    out(cat({str(builtins_list(builtins_reversed(Range(1, 10, 4)))), str(builtins_sum(Range(101))), str(builtins_max(Range(7))), str(builtins_min(Range(3, 9)))}));
    out(cat({str(builtins_list(builtins_enumerate(Str("abc")))), str(builtins_list(builtins_enumerate(List<Int>{5, 6}, 10))), str(builtins_list(builtins_zip(List<Int>{1, 2, 3}, Str("ab")))),
             str(builtins_list(builtins_zip(List<Int>{1}, List<Int>{2}, List<Int>{3})))}));
    err([&] { builtins_list(builtins_zip(List<Int>{1, 2}, List<Int>{3}, true)); });
    err([&] { builtins_list(builtins_zip(List<Int>{1}, List<Int>{3, 4}, true)); });
    err([&] { builtins_list(builtins_zip(List<Int>{1}, List<Int>{3}, List<Int>{4, 5}, true)); });
    Func<Int(Int)> twice = [](Int x) { return x * 2; };
    Func<Int(Int, Int)> add = [](Int x, Int y) { return x + y; };
    out(cat({str(builtins_list(builtins_map(twice, List<Int>{1, 2, 3}))), str(builtins_list(builtins_map(add, List<Int>{1, 2, 3}, List<Int>{10, 20}))),
             str(builtins_list(builtins_filter(none, List<Union<Int, Str>>{Int(0), Int(1), Str(""), Int(2)}))), str(builtins_list(builtins_filter([](Int x) { return x % 2; }, Range(10))))}));
    Func<Int(Str)> slen = [](Str s) { return builtins_len(s); };
    out(cat({str(builtins_max(List<Int>{3, 1, 4})), str(builtins_min(List<Int>{3, 1, 4})), str(builtins_max(Int(3), Int(9), {Int(2)})), str(builtins_min(Int(3), Int(9), {Int(2), Int(1)})),
             str(builtins_max(List<Str>{"aa", "b", "ccc"}, slen)), str(builtins_min(List<Str>{"aa", "b", "cc"}, slen)), str(builtins_max(List<Int>{}, omitted, Int(-1))),
             str(builtins_max(Int(2), Int(7), {}, [](Int x) { return -x; }))}));
    err([&] { builtins_max(List<Int>{}); });
    err([&] { builtins_min(List<Int>{}); });
    out(cat({str(builtins_max(List<Int>{1, 3})), str(builtins_max(List<Tuple<Int, Str>>{{1, "b"}, {1, "c"}, {0, "z"}})), str(builtins_min(List<Int>{5, 2, 2})),
             str(builtins_max(List<Float>{2.5, 1.0 / 0.0, 1.0}))}));
    out(cat({str(builtins_sum(List<Int>{1, 2, 3})), str(builtins_sum(List<Int>{1, 2, 3}, 10)), str(builtins_sum(List<Float>{0.1, 0.2, 0.3})), str(builtins_sum(operator_mul(List<Float>{0.1}, 10))),
             str(builtins_sum(List<Int>{1, 2}, 0.5)), str(builtins_sum(List<List<Int>>{{1}, {2, 3}}, List<Int>{})), str(builtins_sum(List<bool>{true, true, false})),
             str(builtins_sum(List<Float>{-0.0}))}));
    err([&] { builtins_sum(List<Int>{Int(1) << 62, Int(1) << 62}); });
    out(cat({str(builtins_any(List<Int>{0, 0, 1})), str(builtins_any(List<Int>{})), str(builtins_all(List<Int>{1, 2})), str(builtins_all(List<Int>{1, 0})), str(builtins_all(List<Int>{}))}));
    auto it = builtins_iter(List<Int>{1, 2, 3});
    {
        Int n1 = builtins_next(it), n2 = builtins_next(it), n3 = builtins_next(it);
        auto n4 = builtins_next(it, none);
        auto n5 = builtins_next(it, Str("end"));
        out(cat({str(n1), str(n2), str(n3), str(n4), str(n5)}));
    }
    err([&] { builtins_next(it); });
    auto it2 = builtins_iter(Range(4));
    {
        bool in = operator_contains(it2, 3);
        out(cat({str(in), str(builtins_list(it2))}));
    }
    Optional<Int> x = none;
    out(cat({str(x), str(List<Optional<Int>>{none, 1}), str(Dict<Int, Optional<Int>>{{1, none}})}));
    out(cat({repr(box(Int(3))), repr(box(Str("s"))), repr(box(List<Float>{1.0}))}));
    out(builtins_sorted(List<Int>{2, 1}));
    err([&] { builtins_sorted(List<Union<Int, Str>>{Int(1), Str("a")}); });
    err([&] { lt(List<Union<Int, Str>>{Int(1)}, List<Union<Int, Str>>{Str("a")}); });
    out(List<Tuple<Int, Int>>{{1, 2}} .size() == 1 ? Str("[(1, 2), ('a', 'b')]") : Str(""));
}
