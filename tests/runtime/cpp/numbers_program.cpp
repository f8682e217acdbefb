// A hand-written "emitted" program over the runtime's print, format, numbers, instances, exceptions and run_main;
// tests/runtime/check_numbers.py --program compares its stdout, exit code and last stderr line with
// numbers_program.py under CPython.
#include "pyaot/runtime.hpp"

namespace pym_main {
using namespace pyaot;

struct Point : Instance {
    Int x, y;
    Point(Int x_, Int y_) : x(x_), y(y_) {}
    const char* type_name() const noexcept override { return "Point"; }
};
struct Vec : Instance {
    Float x;
    explicit Vec(Float x_) : x(x_) {}
    const char* type_name() const noexcept override { return "Vec"; }
    Str repr() const override { return Str("Vec(" + pyaot::repr(x).utf8() + ")"); }
    bool eq(const Instance& o) const override {
        auto* v = dynamic_cast<const Vec*>(&o);
        return v && v->x == x;
    }
    Int hash() const override { raise_unhashable(*this); }
    bool lt(const Instance& o) const override { return x < dynamic_cast<const Vec&>(o).x; }
};
struct MyError : Exception {
    using Exception::Exception;
    const char* type_name() const noexcept override { return "MyError"; }
};

void module_init() {
    using namespace ops;
    builtins_print({box(Int(1)), box(2.5), box(true), box(none), box(Str("héllo"))});
    builtins_print({box(Int(1)), box(Int(2))}, Str("-"), Str("!\n"));
    builtins_print({box(Str("a")), box(Str("b"))}, none, Optional<Str>(Str("|\n")));
    builtins_print();
    builtins_print({}, Str("x"));
    builtins_print({box(0.1 + 0.2), box(1e16), box(1e-5), box(-0.0), box(math_inf()), box(math_nan())});
    builtins_print({box(operator_truediv(Int(7), Int(2))), box(operator_floordiv(Int(-7), Int(2))),
                    box(operator_mod(Int(-7), Int(2))), box(operator_mod(-7.5, 2.0))});
    builtins_print({box(builtins_format(Int(1234567), Str(",d"))), box(builtins_format(3.14159, Str(".2f"))),
                    box(builtins_format(Str("ab"), Str("*^6")))});
    builtins_print({box(operator_mod(Str("%5.2f|%-4d|%s"), Tuple<Float, Int, Str>(2.345, Int(7), Str("x"))))});
    Ref<Point> p = make<Point>(1, 2);
    Ref<Point> q = make<Point>(1, 2);
    builtins_print({box(eq(p, q)), box(eq(p, p)), box(truth(p))});
    std::string r = repr(p).utf8();
    builtins_print({box(Str(r.substr(0, r.find(" at "))))});
    Ref<Vec> a = make<Vec>(1.5), b = make<Vec>(1.5);
    builtins_print({box(a), box(eq(a, b)), box(lt(a, b))});
    try {
        hash(a);
    } catch (const PyException& e) {
        builtins_print({box(Str(e.value->type_name())), box(e.value->str())});
    }
    try {
        lt(p, q);
    } catch (const PyException& e) {
        builtins_print({box(e.value->str())});
    }
    try {
        raise<KeyError>(repr(Str("k")).utf8());
    } catch (const PyException& e) {
        builtins_print({box(e.value->repr()), box(e.value->str())});
    }
    Ref<MyError> err = make<MyError>(std::string("bad"));
    builtins_print({box(err->repr()), box(builtins_str(err))});
    builtins_print({box(builtins_repr(make<ValueError>()))});
    builtins_print({box(builtins_round(2.675, 2)), box(builtins_round(2.5)), box(builtins_int(Str(" 42 ")))});
    builtins_print({box(math_fsum(List<Float>{0.1, 0.1, 0.1})), box(math_factorial(20)), box(math_gcd({12, 18}))});
    if (ops::sys_argv().size() > 1 && ops::sys_argv()[1] == Str("exit3")) sys_exit(Int(3));
    if (ops::sys_argv().size() > 1 && ops::sys_argv()[1] == Str("exitmsg")) sys_exit(Str("goodbye"));
    if (ops::sys_argv().size() > 1 && ops::sys_argv()[1] == Str("myerror")) raise_instance(err);
    if (ops::sys_argv().size() > 1 && ops::sys_argv()[1] == Str("keyerror")) raise<KeyError>(repr(Str("missing")).utf8());
    if (ops::sys_argv().size() > 1 && ops::sys_argv()[1] == Str("empty")) raise<ValueError>();
    builtins_print({box(builtins_int(Str("x")))});
}
}  // namespace pym_main

int main(int argc, char** argv) { return pyaot::run_main(argc, argv, &pym_main::module_init); }
