using PythonAot.Compiler.Semantics.IR;
using PythonAot.Compiler.Semantics.Symbols;
using PythonAot.Compiler.Semantics.Types;
using static PythonAot.Compiler.Semantics.Tests.IR.IrTestBuilder;

namespace PythonAot.Compiler.Semantics.Tests.IR;

public class IrVerifierTests
{
    private static IReadOnlyList<string> Problems(IrFunction function, params IrNodeKind[] forbidden) =>
        IrVerifier.Check(Module(function), forbidden.ToHashSet()).Select(p => p.Message).ToList();

    [Test]
    public void AcceptsAWellTypedFunction()
    {
        var a = Param("a", PyType.Int);
        var f = Function("f", PyType.Int, a).Add(new IrReturn(Call(AddInt, Load(a), Const(1))));
        Assert.That(Problems(f), Is.Empty);
    }

    [Test]
    public void RejectsTypeVariablesEvenBoundOnes()
    {
        var v = new TypeVariable();
        var a = Param("a", v);
        var f = Function("f", PyType.None, a).Add(new IrEvaluate(Load(a)));
        Assert.That(Problems(f), Has.Some.Contains("unresolved type"));
    }

    [Test]
    public void RejectsErrorTypesAndTypeParameters()
    {
        var a = Param("a", new ListType(PyType.Error));
        var b = Param("b", T);
        var f = Function("f", PyType.None, a, b);
        Assert.That(Problems(f), Has.Exactly(2).Contains("unresolved type"));
    }

    [Test]
    public void IntArgumentToAFloatParameterNeedsAConversion()
    {
        var a = Param("a", PyType.Int);
        var f = Function("f", PyType.Float, a).Add(new IrReturn(new IrCall(AddFloat, [Load(a), Const(1.0)])));
        Assert.That(Problems(f), Has.Some.Contains("argument 1 of operator.add(float, float) -> float: int does not fit float"));
        var g = Function("g", PyType.Float, a).Add(new IrReturn(Call(AddFloat, new IrConvert(Load(a), PyType.Float, IrConversionKind.IntToFloat), Const(1.0))));
        Assert.That(Problems(g), Is.Empty);
    }

    [Test]
    public void GenericOverloadsBindTypeParametersConsistently()
    {
        var xs = Param("xs", new ListType(PyType.Int));
        var good = Function("good", PyType.None, xs).Add(new IrEvaluate(Call(ListAppend, Load(xs), Const(1))));
        Assert.That(Problems(good), Is.Empty);
        var bad = Function("bad", PyType.None, xs).Add(new IrEvaluate(new IrCall(ListAppend, [Load(xs), Const("s")], PyType.None)));
        Assert.That(Problems(bad), Has.Some.Contains("str does not fit int"));
    }

    [Test]
    public void StatedResultOfAGenericCallMustMatch()
    {
        var xs = Param("xs", new ListType(PyType.Int));
        var f = Function("f", PyType.Str, xs).Add(new IrReturn(new IrCall(GetItemList, [Load(xs), Const(0)], PyType.Str)));
        Assert.That(Problems(f), Has.Some.Contains("stated str"));
    }

    [Test]
    public void IteratorParametersAcceptAnyIterable()
    {
        var words = Param("words", new SetType(PyType.Str));
        var f = Function("f", PyType.Str, words).Add(new IrReturn(Call(StrJoin, Const(", "), Load(words))));
        Assert.That(Problems(f), Is.Empty);
        var numbers = Param("numbers", new ListType(PyType.Int));
        var g = Function("g", PyType.Str, numbers).Add(new IrReturn(new IrCall(StrJoin, [Const(", "), Load(numbers)])));
        Assert.That(Problems(g), Has.Some.Contains("does not fit"));
    }

    [Test]
    public void ArgumentCountAndKeywordsFollowTheSignature()
    {
        var f = Function("f", PyType.None).Add(
            new IrEvaluate(new IrCall(AddInt, [Const(1)])),
            new IrEvaluate(new IrCall(Print, [Const(1), Const(2.5), Const("-")], null, [null, null, "sep"])),
            new IrEvaluate(new IrCall(Print, [Const(1)], null, ["end"])));
        var problems = Problems(f);
        Assert.That(problems, Has.Some.Contains("missing argument b"));
        Assert.That(problems, Has.Some.Contains("no keyword parameter end"));
        Assert.That(problems, Has.Count.EqualTo(2));
    }

    [Test]
    public void VariablesMustBelongToTheFunctionOrModule()
    {
        var stray = new IrVariable("stray", PyType.Int, IrVariableKind.Local);
        var f = Function("f", PyType.Int).Add(new IrReturn(Load(stray)));
        Assert.That(Problems(f), Has.Some.Contains("variable stray is not a parameter, local or capture"));
        var module = Module(f);
        stray.Kind = IrVariableKind.Global;
        module.Globals.Add(stray);
        Assert.That(IrVerifier.Check(module), Is.Empty);
    }

    [Test]
    public void BreakAndContinueOnlyInLoops()
    {
        var i = new IrVariable("i", PyType.Int, IrVariableKind.Local);
        var f = Function("f", PyType.None).Add(
            new IrBreak(),
            new IrWhile(Const(true), new IrBlock([new IrContinue()]), new IrBlock([new IrContinue()])));
        f.Locals.Add(i);
        Assert.That(Problems(f), Is.EqualTo(new[] { "break outside a loop", "continue outside a loop" }));
    }

    [Test]
    public void ReturnTypesMustEqualTheFunctionsReturnType()
    {
        var f = Function("f", PyType.Float).Add(new IrReturn(Const(1)), new IrReturn());
        Assert.That(Problems(f), Is.EqualTo(new[] { "return value: expected float, got int", "a bare return in a function returning float" }));
    }

    [Test]
    public void YieldOnlyInGenerators()
    {
        var f = Function("f", PyType.None).Add(new IrYield(Const(1)));
        Assert.That(Problems(f), Has.Some.EqualTo("yield in a function that is not a generator"));
        f.IsGenerator = true;
        f.YieldType = PyType.Int;
        Assert.That(Problems(f), Is.Empty);
    }

    [Test]
    public void ForbiddenKindsAreReported()
    {
        var x = new IrVariable("x", PyType.Int, IrVariableKind.Local);
        var f = Function("f", PyType.None).Add(new IrAugmentedAssign(x, AddInt, Const(1)));
        f.Locals.Add(x);
        Assert.That(Problems(f), Is.Empty);
        Assert.That(Problems(f, IrNodeKind.AugmentedAssign), Is.EqualTo(new[] { "AugmentedAssign should have been lowered at this stage" }));
    }

    [Test]
    public void ConditionsAreBool()
    {
        var f = Function("f", PyType.None).Add(new IrIf(Const(1), new IrBlock()), new IrEvaluate(new IrNot(Const("x"))));
        Assert.That(Problems(f), Is.EqualTo(new[] { "if condition: expected bool, got int", "not operand: expected bool, got str" }));
    }

    [Test]
    public void ConversionsAreChecked()
    {
        var basis = new ClassSymbol("Base", null, null);
        var derived = new ClassSymbol("Derived", basis, null);
        var d = Param("d", new ClassType(derived));
        var o = Param("o", PyType.Optional(PyType.Int));
        var f = Function("f", PyType.None, d, o).Add(
            new IrEvaluate(new IrConvert(Load(d), new ClassType(basis), IrConversionKind.Upcast)),
            new IrEvaluate(new IrConvert(Load(o), PyType.Int, IrConversionKind.Narrow)),
            new IrEvaluate(new IrConvert(Load(o), PyType.Float, IrConversionKind.Narrow)),
            new IrEvaluate(new IrConvert(Const("s"), PyType.Float, IrConversionKind.IntToFloat)));
        Assert.That(Problems(f), Is.EqualTo(new[] { "Narrow from int | None to float", "IntToFloat from str to float" }));
    }

    [Test]
    public void VerifyThrowsWithEveryProblem()
    {
        var f = Function("f", PyType.None).Add(new IrBreak().WithLocation(2, 5), new IrContinue().WithLocation(3, 5));
        var exception = Assert.Throws<IrVerificationException>(() => IrVerifier.Verify(Module(f), stage: "test-pass"))!;
        Assert.That(exception.Problems, Has.Count.EqualTo(2));
        Assert.That(exception.Message, Does.StartWith("invalid IR after test-pass:"));
        Assert.That(exception.Message, Does.Contain("f (example.py:2:5): break outside a loop"));
    }

    [Test]
    public void LoopTargetsAndUnpackingAreTyped()
    {
        var pairs = Param("pairs", new ListType(new TupleType([PyType.Int, PyType.Str])));
        var f = Function("f", PyType.None, pairs);
        var n = f.Local("n", PyType.Int);
        var s = f.Local("s", PyType.Str);
        var pattern = IrTarget.ForTuple([IrTarget.ForVariable(n), IrTarget.ForVariable(s)], new TupleType([PyType.Int, PyType.Str]));
        f.Add(new IrFor(IrForKind.Sequence, pattern, Load(pairs), new IrBlock()));
        Assert.That(Problems(f), Is.Empty);
        var wrong = IrTarget.ForTuple([IrTarget.ForVariable(s), IrTarget.ForVariable(n)], new TupleType([PyType.Int, PyType.Str]));
        f.Add(new IrUnpack(wrong, new IrBuild(IrBuildKind.Tuple, new TupleType([PyType.Int, PyType.Str]), [Const(1), Const("a")])));
        Assert.That(Problems(f), Has.Count.EqualTo(2).And.All.Contains("pattern element"));
    }
}
