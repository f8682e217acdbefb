using PythonAot.Compiler.Semantics.IR;
using PythonAot.Compiler.Semantics.Passes;
using PythonAot.Compiler.Semantics.Types;
using static PythonAot.Compiler.Semantics.Tests.IR.IrTestBuilder;

namespace PythonAot.Compiler.Semantics.Tests.Passes;

public class CheckPlacementPassTests
{
    [Test]
    public void ArithmeticThatMayOverflowOrDivideByZeroIsChecked()
    {
        var a = Param("a", PyType.Int);
        var b = Param("b", PyType.Int);
        var f = Function("f", PyType.None, a, b).Add(
            new IrEvaluate(Call(AddInt, Load(a), Load(b))),
            new IrEvaluate(Call(FloorDivInt, Load(a), Load(b))),
            new IrEvaluate(Call(ModInt, Load(a), Const(7))),
            new IrEvaluate(Call(LtInt, Load(a), Load(b))));
        Assert.That(RunPass(new PlaceOverflowChecksPass(), f), Is.EqualTo(Lines(
            "def f(a: int, b: int) -> None:                              # example.py:1",
            "  checked(overflow) {operator.add(int, int) -> int}(a, b)",
            "  checked(overflow, zero-division) {operator.floordiv(int, int) -> int}(a, b)",
            "  {operator.mod(int, int) -> int}(a, 7)",
            "  {operator.lt(int, int) -> bool}(a, b)")));
    }

    [Test]
    public void RangeCounterArithmeticWithinInt64IsNotChecked()
    {
        // for i in range(n): i + 1; i - 1; 2 * i; for j in range(0, 10, 1): j - 1; j * 1000
        var n = Param("n", PyType.Int);
        var f = Function("f", PyType.None, n);
        var i = f.Local("i", PyType.Int);
        var j = f.Local("j", PyType.Int);
        f.Add(IrFor.CreateRange(i, Const(0), Load(n), Const(1), new IrBlock([
            new IrEvaluate(Call(AddInt, Load(i), Const(1))),
            new IrEvaluate(Call(AddInt, Load(i), Const(2))),
            new IrEvaluate(Call(SubInt, Load(i), Const(1))),
            new IrEvaluate(Call(MulInt, Const(2), Load(i))),
        ])), IrFor.CreateRange(j, Const(0), Const(10), Const(1), new IrBlock([
            new IrEvaluate(Call(SubInt, Load(j), Const(1))),
            new IrEvaluate(Call(MulInt, Load(j), Const(1000))),
        ])));
        Assert.That(RunPass(new PlaceOverflowChecksPass(), f), Is.EqualTo(Lines(
            "def f(n: int) -> None:                                      # example.py:1",
            "  for i: int in range(0, n, 1):",
            "    {operator.add(int, int) -> int}(i, 1)",
            "    checked(overflow) {operator.add(int, int) -> int}(i, 2)",
            "    {operator.sub(int, int) -> int}(i, 1)",
            "    checked(overflow) {operator.mul(int, int) -> int}(2, i)",
            "  for j: int in range(0, 10, 1):",
            "    {operator.sub(int, int) -> int}(j, 1)",
            "    {operator.mul(int, int) -> int}(j, 1000)")));
    }

    [Test]
    public void ACounterAssignedInTheBodyIsNotTrusted()
    {
        var f = Function("f", PyType.None);
        var i = f.Local("i", PyType.Int);
        f.Add(IrFor.CreateRange(i, Const(0), Const(10), Const(1), new IrBlock([
            new IrAssign(i, Call(AddInt, Load(i), Const(1))),
        ])));
        Assert.That(RunPass(new PlaceOverflowChecksPass(), f), Does.Contain("checked(overflow)"));
    }

    private static (IrFunction Function, IrVariable Xs, IrVariable I) IndexLoop(params Func<IrVariable, IrVariable, IrStatement>[] body)
    {
        var xs = Param("xs", new ListType(PyType.Int));
        var f = Function("f", PyType.None, xs);
        var i = f.Local("i", PyType.Int);
        f.Add(IrFor.CreateRange(i, Const(0), Call(LenList, Load(xs)), Const(1), new IrBlock(body.Select(b => b(xs, i)))));
        return (f, xs, i);
    }

    [Test]
    public void IndexingByTheCounterOfRangeLenIsNotChecked()
    {
        var (f, _, _) = IndexLoop(
            (xs, i) => new IrEvaluate(Call(SetItemList, Load(xs), Load(i), Call(GetItemList, Load(xs), Load(i)))),
            (xs, i) => new IrEvaluate(Call(GetItemList, Load(xs), Const(0))));
        Assert.That(RunPass(new PlaceBoundsChecksPass(), f), Is.EqualTo(Lines(
            "def f(xs: list[int]) -> None:                               # example.py:1",
            "  for i: int in range(0, {builtins.len(list[T]) -> int}(xs), 1):",
            "    {operator.setitem(list[T], int, T) -> None}(xs, i, {operator.getitem(list[T], int) -> T}(xs, i): int)",
            "    checked(bounds) {operator.getitem(list[T], int) -> T}(xs, 0): int")));
    }

    [Test]
    public void ALoopThatMayShrinkTheListKeepsTheCheck()
    {
        var (f, _, _) = IndexLoop(
            (xs, i) => new IrEvaluate(Call(GetItemList, Load(xs), Load(i))),
            (xs, i) => new IrEvaluate(Call(ListPop, Load(xs))));
        var printed = RunPass(new PlaceBoundsChecksPass(), f);
        Assert.That(printed, Does.Contain("checked(bounds) {operator.getitem(list[T], int) -> T}(xs, i)"));
        Assert.That(printed, Does.Contain("checked(bounds) {list.pop(list[T]) -> T}(xs)"));
    }

    [Test]
    public void ALoopThatReassignsTheListKeepsTheCheck()
    {
        var (f, _, _) = IndexLoop(
            (xs, i) => new IrEvaluate(Call(GetItemList, Load(xs), Load(i))),
            (xs, i) => new IrAssign(xs, new IrBuild(IrBuildKind.List, new ListType(PyType.Int), [])));
        Assert.That(RunPass(new PlaceBoundsChecksPass(), f), Does.Contain("checked(bounds)"));
    }

    [Test]
    public void DictLookupsGetAKeyCheck()
    {
        var d = Param("d", new DictType(PyType.Str, PyType.Int));
        var f = Function("f", PyType.Int, d).Add(new IrReturn(Call(GetItemDict, Load(d), Const("k"))));
        Assert.That(RunPass(new PlaceBoundsChecksPass(), f), Does.Contain("return checked(key) {operator.getitem(dict[K, V], K) -> V}(d, 'k'): int"));
    }
    [Test]
    public void ACounterAClosureCanRebindIsNotTrusted()
    {
        // bump() may set i to anything through nonlocal, so i + 1 can overflow although i comes from a range.
        var printed = PythonAot.Compiler.Semantics.Tests.Lowering.LoweringHarness.AfterPipeline("""
            def f(n: int) -> int:
                t = 0
                i = 0
                def bump() -> None:
                    nonlocal i
                    i = 9223372036854775807
                for i in range(n):
                    bump()
                    t = i + 1
                return t
            """);
        Assert.That(printed, Does.Contain("checked(overflow) {operator.add(int, int) -> int}("), printed);
    }
}
