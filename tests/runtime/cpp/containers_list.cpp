#include "containers_test.hpp"
using namespace pyaot;
using namespace pyaot::ops;
using t::out;
using t::err;

static Str row(const Optional<Int>& a, const Optional<Int>& b, const Optional<Int>& c, const List<Int>& r) {
    return Str(std::string(repr(a).view()) + " " + std::string(repr(b).view()) + " " + std::string(repr(c).view()) + " " + std::string(repr(r).view()));
}
static Str cat(std::initializer_list<Str> parts) {
    std::string s;
    for (auto& p : parts) { if (!s.empty()) s += ' '; s += p.view(); }
    return Str(s);
}

int main() {
    List<Int> xs{1, 2, 3};
    xs.append(4);
    out(cat({str(xs), str(builtins_len(xs)), str(xs[0]), str(xs[-1])}));
    out(cat({str(List<Int>{}), str(List<Int>{1}), str(List<List<Int>>{{1, 2}, {}}), str(List<Str>{"a", "b'c"}),
             str(List<Float>{1.5, -0.0, 1e16}), str(List<bool>{true, true})}));
    List<Int> ys = xs;
    ys.append(5);
    out(xs);
    List<Int> base{0, 1, 2, 3, 4};
    List<Optional<Int>> starts{none, -7, -5, -2, -1, 0, 1, 3, 5, 7};
    List<Optional<Int>> stops{none, -7, -3, -1, 0, 2, 4, 5, 8};
    List<Optional<Int>> steps{none, 1, 2, 3, -1, -2, -4};
    for (auto a : starts)
        for (auto b : stops)
            for (auto c : steps) t::line(row(a, b, c, operator_getitem(base, Slice(a, b, c))));
    err([&] { operator_getitem(base, Slice(none, none, 0)); });
    err([&] { operator_getitem(base, 5); });
    err([&] { operator_getitem(base, -6); });
    err([&] { operator_setitem(base, 5, 9); });
    List<Int> a = builtins_list(Range(10));
    operator_setitem(a, Slice(2, 5), List<Int>{20, 30});
    out(a);
    operator_setitem(a, Slice(1, 1), List<Int>{7, 7, 7});
    out(a);
    operator_setitem(a, Slice(none, none, 2), operator_mul(List<Int>{0}, builtins_len(operator_getitem(a, Slice(none, none, 2)))));
    out(a);
    err([&] { operator_setitem(a, Slice(none, none, 2), List<Int>{1}); });
    operator_setitem(a, Slice(none, none, -3), operator_mul(List<Int>{5}, builtins_len(operator_getitem(a, Slice(none, none, -3)))));
    out(a);
    operator_setitem(a, Slice(5, 2), List<Int>{8});
    out(a);
    operator_setitem(a, Slice(none, none), a);
    out(a);
    operator_setitem(a, Slice(1, none), a);
    out(a);
    operator_delitem(a, Slice(none, none, 3));
    out(a);
    operator_delitem(a, Slice(-2, none));
    out(a);
    operator_delitem(a, Slice(none, none, -2));
    out(a);
    err([&] { operator_delitem(a, 100); });
    List<Int> b{3, 1, 2};
    list_insert(b, 0, 9); list_insert(b, -1, 8); list_insert(b, 100, 7); list_insert(b, -100, 6);
    out(b);
    {
        Int p1 = list_pop(b), p2 = list_pop(b, 0), p3 = list_pop(b, -2);
        out(cat({str(p1), str(p2), str(p3), str(b)}));
    }
    err([&] { list_pop(List<Int>{}); });
    err([&] { list_pop(List<Int>{1}, 5); });
    list_remove(b, 9);
    out(b);
    err([&] { list_remove(b, 42); });
    out(cat({str(list_index(b, 2)), str(list_index(List<Int>{1, 2, 1, 2}, 1, 1)), str(list_count(List<Int>{1, 2, 1, 2}, 2))}));
    err([&] { list_index(b, 42); });
    err([&] { list_index(List<Str>{"a"}, Str("b")); });
    err([&] { list_index(List<Int>{1, 2, 3}, 1, 1); });
    list_reverse(b); out(b);
    list_extend(b, Range(3)); list_extend(b, b); out(b);
    operator_iadd(b, List<Int>{1}); out(b);
    operator_imul(b, 2); out(builtins_len(b));
    List<Int> c = operator_mul(List<Int>{1, 2}, 3);
    out(cat({str(c), str(operator_mul(Int(0), List<Int>{1})), str(operator_mul(List<Int>{1}, -1)), str(operator_mul(Int(2), List<Int>{0}))}));
    out(cat({str(operator_add(List<Int>{1, 2}, List<Int>{3})), str(operator_eq(List<Int>{1, 2}, List<Int>{1, 2})),
             str(operator_ne(List<Int>{1, 2}, List<Int>{1, 3})), str(operator_lt(List<Int>{1, 2}, List<Int>{1, 3})),
             str(operator_lt(List<Int>{1, 2}, List<Int>{1, 2, 0})), str(operator_gt(List<Int>{2}, List<Int>{1, 9})),
             str(operator_le(List<Int>{1, 2}, List<Int>{1, 2})), str(operator_ge(List<Int>{}, List<Int>{}))}));
    out(cat({str(operator_contains(c, 3)), str(operator_contains(c, 5)), str(operator_contains(List<List<Int>>{{1}, {2}}, List<Int>{1}))}));
    List<Str> words{"pear", "Apple", "fig", "banana", "kiwi", "date", "plum"};
    auto len_key = [](const Str& s) { return builtins_len(s); };
    out(cat({str(builtins_sorted(words)), str(builtins_sorted(words, len_key)), str(builtins_sorted(words, len_key, true)),
             str(builtins_sorted(words, omitted, true))}));
    List<Tuple<Int, Str>> pairs{{1, "b"}, {0, "a"}, {1, "a"}, {0, "b"}, {2, "c"}, {1, "c"}};
    auto first = [](const Tuple<Int, Str>& p) { return std::get<0>(p); };
    list_sort(pairs, first); out(pairs);
    list_sort(pairs, first, true); out(pairs);
    list_sort(pairs); out(pairs);
    List<Float> fl{3.5, -1.0, 2.25, 0.0, -0.0};
    list_sort(fl); out(fl);
    out(cat({str(truth(List<Int>{})), str(truth(List<Int>{0}))}));
    list_clear(c); out(c);
    List<Int> d = list_copy(b); d.append(100); out(builtins_len(b) + 1 == builtins_len(d));
    List<bool> bl = operator_mul(List<bool>{true}, 5);
    bl[2] = false;
    out(cat({str(bl), str(builtins_sum(bl))}));
    List<List<Int>> nested;
    for (Int i = 0; i < 2; ++i) nested.append(operator_mul(List<Int>{0}, 3));
    nested[0][1] = 5;
    out(nested);
}
