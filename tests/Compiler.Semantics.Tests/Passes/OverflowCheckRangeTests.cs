using PythonAot.Compiler.Semantics.IR;
using PythonAot.Compiler.Semantics.Passes;
using PythonAot.Compiler.Semantics.Tests.Lowering;
using PythonAot.Compiler.Semantics.Types;
using static PythonAot.Compiler.Semantics.Tests.IR.IrTestBuilder;

namespace PythonAot.Compiler.Semantics.Tests.Passes;

/// <summary>
/// place-overflow-checks with the interval analysis (<see cref="IntRanges"/>): which int operations it proves exact in
/// int64, and which keep their check because a value may come from outside (a parameter, a closure) or grow without
/// a bound the analysis sees.
/// </summary>
public sealed class OverflowCheckRangeTests
{
    private const string Checked = "checked(overflow)";

    [Test]
    public void AGeneratorStateKeptBelowAModulusNeedsNoCheck()
    {
        // state = 42; for _ in range(n): state = (state * 1103515245 + 12345) % 2147483648; total = total + state
        var n = Param("n", PyType.Int);
        var f = Function("f", PyType.Int, n);
        var state = f.Local("state", PyType.Int);
        var total = f.Local("total", PyType.Int);
        var k = f.Local("k", PyType.Int);
        f.Add(
            new IrAssign(state, Const(42)),
            new IrAssign(total, Const(0)),
            IrFor.CreateRange(k, Const(0), Load(n), Const(1), new IrBlock([
                new IrAssign(state, Call(ModInt, Call(AddInt, Call(MulInt, Load(state), Const(1103515245)), Const(12345)), Const(2147483648L))),
                new IrAssign(total, Call(AddInt, Load(total), Load(state))),
            ])),
            new IrReturn(Load(total)));
        Assert.That(RunPass(new PlaceOverflowChecksPass(), f), Is.EqualTo(Lines(
            "def f(n: int) -> int:                                       # example.py:1",
            "  state: int = 42",
            "  total: int = 0",
            "  for k: int in range(0, n, 1):",
            "    state: int = {operator.mod(int, int) -> int}({operator.add(int, int) -> int}({operator.mul(int, int) -> int}(state, 1103515245), 12345), 2147483648)",
            "    total: int = checked(overflow) {operator.add(int, int) -> int}(total, state)",
            "  return total")));
    }

    [Test]
    public void AStateSeededFromAParameterIsChecked()
    {
        // The same generator started from a parameter: the first product may overflow.
        var seed = Param("seed", PyType.Int);
        var f = Function("f", PyType.Int, seed);
        var state = f.Local("state", PyType.Int);
        f.Add(
            new IrAssign(state, Load(seed)),
            new IrAssign(state, Call(ModInt, Call(AddInt, Call(MulInt, Load(state), Const(1103515245)), Const(12345)), Const(2147483648L))),
            new IrReturn(Load(state)));
        var printed = RunPass(new PlaceOverflowChecksPass(), f);
        Assert.That(printed, Does.Contain("checked(overflow) {operator.add(int, int) -> int}(checked(overflow) {operator.mul(int, int) -> int}(state, 1103515245), 12345)"), printed);
    }

    [Test]
    public void SumsOfCountersAreExactAndTheirProductIsExactWhenTheCountersAreSmall()
    {
        // for i in range(len(xs)): for j in range(len(xs)): (i + j) * (i + j + 1)
        // A length is at most 2**57, so i + j + 1 fits, but the product of two such sums may not; with counters
        // below 10**6 it does.
        var xs = Param("xs", new ListType(PyType.Int));
        var f = Function("f", PyType.None, xs);
        var i = f.Local("i", PyType.Int);
        var j = f.Local("j", PyType.Int);
        IrStatement Triangle() => new IrEvaluate(Call(MulInt, Call(AddInt, Load(i), Load(j)), Call(AddInt, Call(AddInt, Load(i), Load(j)), Const(1))));
        f.Add(
            IrFor.CreateRange(i, Const(0), Call(LenList, Load(xs)), Const(1), new IrBlock([
                IrFor.CreateRange(j, Const(0), Call(LenList, Load(xs)), Const(1), new IrBlock([Triangle()])),
            ])));
        var printed = RunPass(new PlaceOverflowChecksPass(), f);
        Assert.That(printed, Does.Contain(
            "checked(overflow) {operator.mul(int, int) -> int}({operator.add(int, int) -> int}(i, j), {operator.add(int, int) -> int}({operator.add(int, int) -> int}(i, j), 1))"), printed);

        var g = Function("f", PyType.None);
        i = g.Local("i", PyType.Int);
        j = g.Local("j", PyType.Int);
        g.Add(
            IrFor.CreateRange(i, Const(0), Const(1_000_000), Const(1), new IrBlock([
                IrFor.CreateRange(j, Const(0), Const(1_000_000), Const(1), new IrBlock([Triangle()])),
            ])));
        Assert.That(RunPass(new PlaceOverflowChecksPass(), g), Does.Not.Contain(Checked));
    }

    [Test]
    public void AProductOfParametersIsChecked()
    {
        var a = Param("a", PyType.Int);
        var b = Param("b", PyType.Int);
        var f = Function("f", PyType.Int, a, b).Add(new IrReturn(Call(MulInt, Load(a), Load(b))));
        Assert.That(RunPass(new PlaceOverflowChecksPass(), f), Does.Contain("return checked(overflow) {operator.mul(int, int) -> int}(a, b)"));
    }

    [Test]
    public void ACountThatGrowsEachRoundIsWidenedAndStaysChecked()
    {
        // count = 0; for x in xs: count = count + 1; return -count
        // count grows by one each round of the analysis until its upper bound is widened to 2**63 - 1: count + 1 may
        // overflow; the lower bound never moved, so -count cannot.
        var xs = Param("xs", new ListType(PyType.Int));
        var f = Function("f", PyType.Int, xs);
        var count = f.Local("count", PyType.Int);
        var x = f.Local("x", PyType.Int);
        f.Add(
            new IrAssign(count, Const(0)),
            new IrFor(IrForKind.Sequence, IrTarget.ForVariable(x), Load(xs), new IrBlock([new IrAssign(count, Call(AddInt, Load(count), Const(1)))])),
            new IrReturn(Call(NegInt, Load(count))));
        Assert.That(RunPass(new PlaceOverflowChecksPass(), f), Is.EqualTo(Lines(
            "def f(xs: list[int]) -> int:                                # example.py:1",
            "  count: int = 0",
            "  for x: int in sequence xs:",
            "    count: int = checked(overflow) {operator.add(int, int) -> int}(count, 1)",
            "  return {operator.neg(int) -> int}(count)")));
    }

    [Test]
    public void AVariableWithAnUnpackingWriteIsNotTrusted()
    {
        // t = 1; t, u = pair; t * 2: the unpacked value may be anything.
        var pair = Param("pair", new TupleType([PyType.Int, PyType.Int]));
        var f = Function("f", PyType.Int, pair);
        var t = f.Local("t", PyType.Int);
        var u = f.Local("u", PyType.Int);
        f.Add(
            new IrAssign(t, Const(1)),
            new IrUnpack(IrTarget.ForTuple([IrTarget.ForVariable(t), IrTarget.ForVariable(u)], pair.Type), Load(pair)),
            new IrReturn(Call(MulInt, Load(t), Const(2))));
        Assert.That(RunPass(new PlaceOverflowChecksPass(), f), Does.Contain("return checked(overflow)"));
    }

    [Test]
    public void AVariableAClosureRebindsIsChecked()
    {
        var printed = LoweringHarness.AfterPipeline("""
            def f() -> int:
                t = 5
                def bump() -> None:
                    nonlocal t
                    t = 9223372036854775807
                bump()
                return t * 2
            """);
        Assert.That(printed, Does.Contain($"return {Checked} {{operator.mul(int, int) -> int}}("), printed);
    }

    [Test]
    public void WithoutTheClosureTheSameProductIsExact()
    {
        var printed = LoweringHarness.AfterPipeline("""
            def f(c: bool) -> int:
                t = 5
                if c:
                    t = 9
                return t * 2
            """);
        Assert.That(printed, Does.Not.Contain(Checked), printed);
    }

    [TestCase("x % 1000 * 3")]
    [TestCase("len(xs) + 1")]
    [TestCase("len(s) * 16")]
    [TestCase("ord(s) * 1000")]
    [TestCase("(x & 255) * 1000")]
    [TestCase("(x >> 40) * 1000")]
    [TestCase("max(min(x, 100), -100) * 1000")]
    [TestCase("abs(x % 100 - 50) * 1000")]
    [TestCase("b + x % 7")]
    [TestCase("x // 3 + 1")]
    [TestCase("-(x % 5)")]
    [TestCase("(x % 1000) ** 3")]
    [TestCase("(x % 1000 if b else y % 7) * 1000")]
    public void OperationsOnBoundedValuesAreNotChecked(string expression)
    {
        var printed = LoweringHarness.AfterPipeline($$"""
            def f(xs: list[int], s: str, x: int, y: int, b: bool, n: int) -> int:
                return {{expression}}
            """);
        Assert.That(printed, Does.Not.Contain(Checked), printed);
    }

    [TestCase("x * y")]
    [TestCase("x + 1")]
    [TestCase("-x")]
    [TestCase("abs(x)")]
    [TestCase("len(range(n)) + 1")]
    [TestCase("x % y * 3")]
    [TestCase("(x | 255) * 1000")]
    [TestCase("(x % 1000) ** 7")]
    public void OperationsOnUnboundedValuesAreChecked(string expression)
    {
        var printed = LoweringHarness.AfterPipeline($$"""
            def f(xs: list[int], s: str, x: int, y: int, b: bool, n: int) -> int:
                return {{expression}}
            """);
        Assert.That(printed, Does.Contain(Checked), printed);
    }
}
