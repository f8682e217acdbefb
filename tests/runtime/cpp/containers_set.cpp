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
static Int seed = 12345;
static Int rnd(Int n) {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    return seed % n;
}

int main() {
    out(cat({str(Set<Int>{3, 1, 2}), str(Set<Int>{16, 1, 2, 3, 4}), str(Set<Int>{8, 16, 24, 32, 40, 1}), str(Set<Int>{100, 5, 37, -1, -8, 64, 0})}));
    out(cat({str(Set<Int>()), str(builtins_set(Range(20))), str(builtins_set(Range(100, 0, -7))), str(builtins_set(List<Int>{5, 13, 21, 29}))}));
    out(cat({str(Set<Int>{1, 2}), str(Set<Int>{2, 1}), str(Set<Int>{-2, -1})}));
    Set<Int> s = builtins_set(Range(10));
    set_remove(s, 3); set_discard(s, 4); set_discard(s, 42);
    out(cat({str(s), str(builtins_len(s)), str(operator_contains(s, 3)), str(operator_contains(s, 5))}));
    set_add(s, 19); set_add(s, 3); set_add(s, 27);
    out(s);
    err([&] { set_remove(s, 42); });
    {
        Int p1 = set_pop(s), p2 = set_pop(s);
        out(cat({str(p1), str(p2), str(s)}));
    }
    err([&] { set_pop(Set<Int>()); });
    Set<Int> t;
    for (Int i = 0; i < 400; ++i) {
        Int op = rnd(10);
        Int v = rnd(300) - 50;
        if (op < 6) set_add(t, v);
        else if (op < 9) set_discard(t, v);
        else if (truth(t)) set_pop(t);
        if (i % 25 == 0) out(cat({str(builtins_len(t)), str(t)}));
    }
    out(t);
    Set<Int> big;
    for (Int i = 0; i < 5000; i += 7) set_add(big, i * 1000003);
    out(cat({str(builtins_len(big)), str(operator_getitem(builtins_list(big), Slice(none, 20)))}));
    Set<Int> a{1, 2, 3, 4, 5, 40, 80};
    Set<Int> b{4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 40};
    out(cat({str(operator_or_(a, b)), str(operator_and_(a, b)), str(operator_sub(a, b)), str(operator_sub(b, a)), str(operator_xor(a, b)), str(operator_xor(b, a))}));
    out(cat({str(set_union(a, List<Int>{100, 1}, Range(3))), str(set_intersection(a, b, List<Int>{4, 40, 5})),
             str(set_difference(a, List<Int>{1}, List<Int>{2})), str(set_symmetric_difference(a, List<Int>{1, 99}))}));
    out(cat({str(set_issubset(a, b)), str(set_issubset(Set<Int>{4, 5}, b)), str(operator_le(Set<Int>{4, 5}, b)), str(operator_lt(Set<Int>{4, 5}, b)),
             str(operator_ge(b, Set<Int>{4})), str(operator_gt(b, b)), str(set_isdisjoint(a, b)), str(set_isdisjoint(a, List<Int>{0, 99})),
             str(set_issuperset(a, List<Int>{1, 2}))}));
    Set<Int> c = builtins_set(a); operator_ior(c, b); out(c);
    c = builtins_set(a); operator_iand(c, b); out(c);
    c = builtins_set(a); operator_isub(c, b); out(c);
    c = builtins_set(a); operator_ixor(c, b); out(c);
    c = builtins_set(a); set_update(c, {Iterator<Int>(List<Int>{9, 10}), Iterator<Int>(Set<Int>{11})}); out(c);
    c = builtins_set(a); set_intersection_update(c, List<Int>{1, 2, 3, 100}); out(c);
    c = builtins_set(a); set_difference_update(c, Range(3), List<Int>{80}); out(c);
    c = builtins_set(a); set_symmetric_difference_update(c, Range(6)); out(c);
    Set<Int> d = builtins_set(Range(50)); operator_isub(d, builtins_set(Range(5, 45))); out(d);
    Set<Int> e = builtins_set(Range(3)); operator_isub(e, builtins_set(Range(100))); out(e);
    Set<Int> sq;
    for (Int x = -5; x < 6; ++x) set_add(sq, x * x);
    out(cat({str(operator_eq(a, Set<Int>{1, 2, 3, 4, 5, 40, 80})), str(operator_ne(a, b)), str(set_copy(a)), str(sq)}));
    out(cat({str(builtins_set(Dict<Int, Str>{{7, "a"}, {3, "b"}, {15, "c"}})), str(builtins_sorted(Set<Int>{5, 1, 3})), str(truth(Set<Int>())), str(truth(Set<Int>{0}))}));
    Set<Float> f{1.5, 2.0, -0.5, 3.25};
    out(cat({str(f), str(Set<bool>{true, false}), str(Set<Tuple<Int, Int>>{{1, 2}, {3, 4}, {0, 0}})}));
    Set<Int> g = builtins_set(Range(8));
    for (Int x = 0; x < 8; ++x) {
        set_discard(g, x);
        set_add(g, x + 8);
    }
    out(g);
    Set<Int> h = Set<Int>{1, 9, 17, 25, 33};
    set_discard(h, 9); set_add(h, 41); set_discard(h, 1); set_add(h, 2); out(h);
    err([&] { for (auto x : h) set_add(h, x + 100); });
}
