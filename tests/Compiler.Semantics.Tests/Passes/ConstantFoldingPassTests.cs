using PythonAot.Compiler.Semantics.IR;
using PythonAot.Compiler.Semantics.Operations;
using PythonAot.Compiler.Semantics.Passes;
using PythonAot.Compiler.Semantics.Types;
using static PythonAot.Compiler.Semantics.Tests.IR.IrTestBuilder;

namespace PythonAot.Compiler.Semantics.Tests.Passes;

public class ConstantFoldingPassTests
{
    private static string FoldReturn(PyType returnType, IrExpression value)
    {
        var f = Function("f", returnType).Add(new IrReturn(value));
        var printed = RunPass(new ConstantFoldingPass(), f);
        return printed.Split('\n')[1].Trim();
    }

    private static IrExpression Binary(OperationOverload overload, object left, object right) => Call(overload, Const(left), Const(right));

    [TestCase(7L, 2L, "return 3")]
    [TestCase(-7L, 2L, "return -4")]
    [TestCase(7L, -2L, "return -4")]
    [TestCase(long.MinValue, -1L, "return checked")]
    [TestCase(1L, 0L, "return checked")]
    public void FloorDivisionRoundsTowardNegativeInfinity(long a, long b, string expected)
    {
        var printed = FoldReturn(PyType.Int, Binary(FloorDivInt, a, b));
        if (expected == "return checked") Assert.That(printed, Does.StartWith("return {operator.floordiv"));
        else Assert.That(printed, Is.EqualTo(expected));
    }

    [TestCase(-7L, 3L, "return 2")]
    [TestCase(7L, -3L, "return -2")]
    [TestCase(6L, -3L, "return 0")]
    public void ModuloTakesTheDivisorsSign(long a, long b, string expected) =>
        Assert.That(FoldReturn(PyType.Int, Binary(ModInt, a, b)), Is.EqualTo(expected));

    [TestCase(-7.5, 2.0, "return 0.5")]
    [TestCase(7.5, -2.0, "return -0.5")]
    [TestCase(-0.0, 5.0, "return 0.0")]
    [TestCase(6.0, -3.0, "return -0.0")]
    public void FloatModuloFollowsCPython(double a, double b, string expected) =>
        Assert.That(FoldReturn(PyType.Float, Binary(ModFloat, a, b)), Is.EqualTo(expected));

    [TestCase(-7.5, 2.0, "return -4.0")]
    [TestCase(1.0, 0.1, "return 9.0")]
    public void FloatFloorDivisionFollowsCPython(double a, double b, string expected) =>
        Assert.That(FoldReturn(PyType.Float, Binary(FloorDivFloat, a, b)), Is.EqualTo(expected));

    [Test]
    public void OverflowIsLeftToTheRuntime()
    {
        Assert.That(FoldReturn(PyType.Int, Binary(AddInt, long.MaxValue, 1L)), Does.StartWith("return {operator.add(int, int) -> int}(9223372036854775807, 1)"));
        Assert.That(FoldReturn(PyType.Int, Binary(MulInt, 1L << 32, 1L << 31)), Does.StartWith("return {operator.mul"));
        Assert.That(FoldReturn(PyType.Int, Binary(PowInt, 2L, 62L)), Is.EqualTo("return 4611686018427387904"));
        Assert.That(FoldReturn(PyType.Int, Binary(PowInt, 2L, 63L)), Does.StartWith("return {operator.pow"));
        Assert.That(FoldReturn(PyType.Int, Call(NegInt, Const(long.MinValue))), Does.StartWith("return {operator.neg"));
    }

    [Test]
    public void NestedExpressionsFoldBottomUp()
    {
        // (2 + 3) * 4 < 21 and "ab" + "c" repeated
        Assert.That(FoldReturn(PyType.Bool, Call(LtInt, Call(MulInt, Call(AddInt, Const(2), Const(3)), Const(4)), Const(21))), Is.EqualTo("return True"));
        Assert.That(FoldReturn(PyType.Str, Call(MulStrInt, Call(AddStr, Const("ab"), Const("c")), Const(2))), Is.EqualTo("return 'abcabc'"));
        Assert.That(FoldReturn(PyType.Float, Binary(TrueDivInt, 1L, 4L)), Is.EqualTo("return 0.25"));
        Assert.That(FoldReturn(PyType.Float, new IrConvert(Const(3), PyType.Float, IrConversionKind.IntToFloat)), Is.EqualTo("return 3.0"));
    }

    [Test]
    public void StringsCompareByCodePoint()
    {
        // U+FF61 < U+1F600 by code point, although its UTF-16 code unit is larger than the surrogate 0xD83D.
        Assert.That(FoldReturn(PyType.Bool, Binary(LtStr, "\uFF61", "\U0001F600")), Is.EqualTo("return True"));
    }

    [Test]
    public void ImpureOverloadsAreNotFolded()
    {
        var impure = Op("operator.add", [PyType.Int, PyType.Int], PyType.Int, null, OperationEffects.InputOutput);
        Assert.That(FoldReturn(PyType.Int, Binary(impure, 1L, 2L)), Does.StartWith("return {operator.add"));
    }
}
