using PythonAot.Compiler.Semantics.IR;
using PythonAot.Compiler.Semantics.Passes;
using PythonAot.Compiler.Semantics.Types;
using static PythonAot.Compiler.Semantics.Tests.IR.IrTestBuilder;

namespace PythonAot.Compiler.Semantics.Tests.Passes;

public class DeadCodeEliminationPassTests
{
    [Test]
    public void StatementsAfterAJumpAreRemoved()
    {
        var a = Param("a", PyType.Int);
        var f = Function("f", PyType.Int, a).Add(
            new IrWhile(Call(LtInt, Load(a), Const(3)), new IrBlock([new IrBreak(), new IrEvaluate(Load(a))])),
            new IrReturn(Load(a)),
            new IrEvaluate(Call(AddInt, Load(a), Const(1))));
        Assert.That(RunPass(new DeadCodeEliminationPass(), f), Is.EqualTo(Lines(
            "def f(a: int) -> int:                                       # example.py:1",
            "  while {operator.lt(int, int) -> bool}(a, 3):",
            "    break",
            "  return a")));
    }

    [Test]
    public void ConstantConditionsKeepOneBranch()
    {
        var a = Param("a", PyType.Int);
        var f = Function("f", PyType.Int, a).Add(
            new IrIf(Const(false), new IrBlock([new IrReturn(Const(1))]), new IrBlock([new IrEvaluate(Load(a))])),
            new IrWhile(Const(false), new IrBlock([new IrEvaluate(Const(2))]), new IrBlock([new IrEvaluate(Const(3))])),
            new IrIf(Const(true), new IrBlock([new IrReturn(Const(4))])),
            new IrReturn(Const(5)));
        Assert.That(RunPass(new DeadCodeEliminationPass(), f), Is.EqualTo(Lines(
            "def f(a: int) -> int:                                       # example.py:1",
            "  a",
            "  3",
            "  return 4")));
    }

    [Test]
    public void UnusedPureTemporariesAreRemovedTransitively()
    {
        var xs = Param("xs", new ListType(PyType.Int));
        var f = Function("f", PyType.None, xs);
        var t0 = f.NewTemporary(PyType.Int);
        var t1 = f.NewTemporary(PyType.Int);
        var t2 = f.NewTemporary(PyType.Int);
        f.Add(
            new IrAssign(t0, Const(1)),
            new IrAssign(t1, Call(AddInt, Load(t0), Const(0))),
            new IrAssign(t2, Call(GetItemList, Load(xs), Const(5))));
        var printed = RunPass(new DeadCodeEliminationPass(), f);
        // $1 = $0 + 0 may raise OverflowError (the overload says so): it stays, and keeps $0 alive; getitem may raise IndexError.
        Assert.That(printed, Is.EqualTo(Lines(
            "def f(xs: list[int]) -> None:                               # example.py:1",
            "  $0: int = 1",
            "  $1: int = {operator.add(int, int) -> int}($0, 0)",
            "  $2: int = {operator.getitem(list[T], int) -> T}(xs, 5): int")));
        var g = Function("g", PyType.None, xs);
        var u0 = g.NewTemporary(PyType.Int);
        var u1 = g.NewTemporary(PyType.Bool);
        g.Add(new IrAssign(u0, Const(1)), new IrAssign(u1, Call(LtInt, Load(u0), Const(2))));
        Assert.That(RunPass(new DeadCodeEliminationPass(), g), Is.EqualTo(Lines("def g(xs: list[int]) -> None:                               # example.py:1", "  pass")));
        Assert.That(g.Locals, Is.Empty);
    }

    [Test]
    public void NamedLocalsAreKept()
    {
        var f = Function("f", PyType.None);
        var x = f.Local("x", PyType.Int);
        f.Add(new IrAssign(x, Const(1)));
        Assert.That(RunPass(new DeadCodeEliminationPass(), f), Does.Contain("x: int = 1"));
    }
}
