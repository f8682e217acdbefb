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
    Dict<Str, Int> d{{"b", 1}, {"a", 2}};
    operator_setitem(d, "c", 3);
    operator_setitem(d, "b", 10);
    out(cat({str(d), str(builtins_len(d)), str(operator_getitem(d, "a")), str(operator_contains(d, "a")), str(operator_contains(d, "z"))}));
    operator_delitem(d, "a");
    operator_setitem(d, "a", 5);
    out(cat({str(d), str(builtins_list(d)), str(builtins_list(dict_keys(d))), str(builtins_list(dict_values(d))), str(builtins_list(dict_items(d)))}));
    err([&] { operator_getitem(d, "zz"); });
    err([&] { operator_delitem(d, "zz"); });
    out(cat({str(dict_get(d, "c")), str(dict_get(d, "q")), str(dict_get(d, "q", 7)), str(dict_get(d, "c", 7)), str(dict_get(d, "q", Str("none")))}));
    {
        Int p1 = dict_pop(d, "c"), p2 = dict_pop(d, "q", 99);
        out(cat({str(p1), str(p2), str(d)}));
    }
    err([&] { dict_pop(d, "q"); });
    {
        Int s1 = dict_setdefault(d, "b", 0), s2 = dict_setdefault(d, "n", 4);
        out(cat({str(s1), str(s2), str(d)}));
    }
    {
        auto it = dict_popitem(d);
        out(cat({str(it), str(d)}));
    }
    Dict<Str, Int> e;
    err([&] { dict_popitem(e); });
    dict_update(d, Dict<Str, Int>{{"x", 1}, {"b", 2}});
    dict_update(d, List<Tuple<Str, Int>>{{"y", 3}, {"x", 4}});
    out(d);
    out(cat({str(operator_or_(d, Dict<Str, Int>{{"z", 0}, {"x", 9}})), str(operator_eq(Dict<Int, Str>{{1, "a"}}, Dict<Int, Str>{{1, "a"}})),
             str(operator_eq(Dict<Int, Str>{{1, "a"}, {2, "b"}}, Dict<Int, Str>{{2, "b"}, {1, "a"}})), str(operator_ne(Dict<Int, Str>{{1, "a"}}, Dict<Int, Str>{{1, "b"}}))}));
    operator_ior(d, Dict<Str, Int>{{"w", 5}});
    out(cat({str(d), str(truth(d)), str(truth(Dict<Int, Int>()))}));
    Dict<Str, Int> c = dict_copy(d); operator_setitem(c, "new", 1); out(builtins_len(d) + 1 == builtins_len(c));
    dict_clear(d); out(cat({str(d), str(builtins_len(d))}));
    Dict<Str, Int> counts;
    List<Str> text{"the", "quick", "brown", "fox", "jumps", "over", "the", "lazy", "dog", "the", "end", "fox"};
    for (auto w : text) operator_setitem(counts, w, dict_get(counts, w, 0) + 1);
    out(counts);
    out(builtins_sorted(dict_items(counts), [](const Tuple<Str, Int>& kv) { return Tuple<Int, Str>(-std::get<1>(kv), std::get<0>(kv)); }));
    Dict<Int, Int> m;
    for (Int i = 0; i < 1000; ++i) operator_setitem(m, i * 7 % 1000, i);
    for (Int i = 0; i < 1000; i += 3) operator_delitem(m, i);
    for (Int i = 0; i < 60; i += 2) operator_setitem(m, i, -i);
    out(cat({str(builtins_len(m)), str(operator_getitem(builtins_list(dict_items(m)), Slice(none, 12))), str(operator_getitem(builtins_list(m), Slice(-5, none)))}));
    Dict<Int, Union<List<Int>, Dict<Str, VarTuple<Int>>, Set<Float>>> nested;
    operator_setitem(nested, 1, List<Int>{1, 2});
    operator_setitem(nested, 2, Dict<Str, VarTuple<Int>>{{"a", VarTuple<Int>{1}}});
    operator_setitem(nested, 3, Set<Float>{1.5, 2.5});
    out(nested);
    out(cat({str(builtins_dict(List<Tuple<Int, Int>>{{1, 2}, {3, 4}})), str(builtins_dict(Dict<Int, Int>{{1, 2}})),
             str(builtins_dict(builtins_zip(Str("abc"), Range(3))))}));
    out(builtins_list(builtins_reversed(Dict<Int, Str>{{1, "a"}, {2, "b"}, {3, "c"}})));
    err([&] { for (auto k : counts) operator_setitem(counts, operator_add(k, Str("x")), 1); });
    Dict<Tuple<Int, Int>, Str> f{{{1, 2}, "a"}};
    Dict<VarTuple<Int>, Str> f2{{VarTuple<Int>{1, 2}, "a"}, {VarTuple<Int>{0}, "b"}};
    out(cat({str(operator_getitem(f, Tuple<Int, Int>{1, 2})), str(operator_contains(f2, VarTuple<Int>{0})), str(f2)}));
    Dict<Object, Str> g;
    operator_setitem(g, box(Int(1)), "int");
    operator_setitem(g, box(true), "bool");
    operator_setitem(g, box(1.0), "float");
    out(g);
    Dict<Int, Int> h;
    for (Int i = 0; i < 20; ++i) {
        operator_setitem(h, i, i);
        dict_popitem(h);
        operator_setitem(h, -i, i);
    }
    out(h);
    Dict<Int, Str> v{{3, "c"}, {1, "a"}, {2, "b"}};
    auto ks = dict_keys(v);
    auto vs = dict_values(v);
    auto its = dict_items(v);
    operator_setitem(v, 0, "z");
    out(cat({str(ks), str(vs), str(its), str(builtins_len(ks)), str(operator_contains(ks, 2)), str(operator_contains(vs, "z")),
             str(operator_contains(its, Tuple<Int, Str>{1, "a"})), str(operator_contains(its, Tuple<Int, Str>{1, "b"}))}));
    out(cat({str(operator_and_(ks, Set<Int>{1, 5})), str(operator_or_(ks, List<Int>{7, 0})), str(operator_sub(ks, Set<Int>{0})),
             str(operator_xor(List<Int>{5, 3}, ks)), str(operator_and_(its, Set<Tuple<Int, Str>>{{3, "c"}})),
             str(builtins_sorted(operator_xor(its, dict_items(Dict<Int, Str>{{1, "a"}}))))}));
    out(cat({str(operator_eq(ks, Set<Int>{0, 1, 2, 3})), str(operator_lt(Set<Int>{1}, ks)), str(operator_le(its, its)), str(operator_eq(vs, vs)),
             str(operator_eq(vs, dict_values(v))), str(dict_keys_isdisjoint(ks, List<Int>{9}))}));
    out(cat({str(builtins_list(builtins_reversed(its))), str(builtins_sorted(its)), str(builtins_list(vs))}));
    err([&] { for (auto k : dict_keys(v)) dict_pop(v, k); });
    err([&] { hash(its); });
}
