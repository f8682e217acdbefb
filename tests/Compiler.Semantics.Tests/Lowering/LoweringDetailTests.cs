using Microsoft.CodeAnalysis;
using PythonAot.Compiler.Semantics.IR;
using PythonAot.Compiler.Semantics.Lowering;
using PythonAot.Compiler.Semantics.Types;

namespace PythonAot.Compiler.Semantics.Tests.Lowering;

/// <summary>What the lowering makes of single constructs: conversions, narrowing, instances, chains, calls.</summary>
public sealed class LoweringDetailTests
{
    private static List<T> All<T>(IrModule module) where T : IrNode => LoweringHarness.Nodes(module).OfType<T>().ToList();

    [Test]
    public void IntArgumentOfFloatOperationIsConvertedExplicitly()
    {
        var module = LoweringHarness.Lower("def f(x: float) -> float:\n    return x + 1\n");
        var convert = All<IrConvert>(module).Single();
        Assert.That(convert.ConversionKind, Is.EqualTo(IrConversionKind.IntToFloat));
        Assert.That(convert.Value, Is.InstanceOf<IrConstant>());
        Assert.That(All<IrCall>(module).Single().Overload.ToString(), Is.EqualTo("operator.add(float, float) -> float"));
    }

    [Test]
    public void BoolArgumentOfIntOperationIsBoolToInt()
    {
        var module = LoweringHarness.Lower("def f(b: bool) -> int:\n    return b + 1\n");
        Assert.That(All<IrConvert>(module).Select(c => c.ConversionKind), Is.EqualTo(new[] { IrConversionKind.BoolToInt }));
    }

    [Test]
    public void PrintArgumentsAreConvertedToObject()
    {
        var module = LoweringHarness.Lower("print(1, 'a')\n");
        Assert.That(All<IrConvert>(module).Select(c => c.ConversionKind), Is.EqualTo(new[] { IrConversionKind.ToObject, IrConversionKind.ToObject }));
    }

    [Test]
    public void ValueAssignedToOptionalIsWrapped()
    {
        var module = LoweringHarness.Lower("def f() -> int | None:\n    x: int | None = 3\n    return x\n");
        var assign = All<IrAssign>(module).Single();
        Assert.That(assign.Value, Is.InstanceOf<IrConvert>().With.Property("ConversionKind").EqualTo(IrConversionKind.WrapOptional));
        Assert.That(assign.Target.Type, Is.EqualTo(PyType.Optional(PyType.Int)));
    }

    [Test]
    public void SubclassArgumentIsUpcast()
    {
        var module = LoweringHarness.Lower("class A:\n    pass\nclass B(A):\n    pass\ndef f(a: A) -> None:\n    pass\nf(B())\n");
        Assert.That(All<IrConvert>(module).Single().ConversionKind, Is.EqualTo(IrConversionKind.Upcast));
        Assert.That(All<IrCallFunction>(module).Single().Function.InstanceName, Is.EqualTo("f"));
    }

    [Test]
    public void NarrowedNameIsAnExplicitNarrow()
    {
        var module = LoweringHarness.Lower("def f(x: int | None) -> int:\n    if x is not None:\n        return x + 1\n    return 0\n");
        var narrow = All<IrConvert>(module).Single(c => c.ConversionKind == IrConversionKind.Narrow);
        Assert.That(narrow.Type, Is.EqualTo(PyType.Int));
        Assert.That(narrow.Value.Type, Is.EqualTo(PyType.Optional(PyType.Int)));
        // `x is not None` is a None test, not a call of operator.is_not.
        Assert.That(All<IrIsInstance>(module).Single().TestedType, Is.EqualTo(PyType.None));
        Assert.That(All<IrCall>(module).Select(c => c.Overload.OperationName), Does.Not.Contain("operator.is_not"));
    }

    [Test]
    public void IsinstanceNarrowsToTheSubclass()
    {
        var module = LoweringHarness.Lower("class A:\n    pass\nclass B(A):\n    def g(self) -> int:\n        return 1\ndef f(a: A) -> int:\n    if isinstance(a, B):\n        return a.g()\n    return 0\n");
        Assert.That(All<IrIsInstance>(module).Single().TestedType, Is.InstanceOf<ClassType>());
        Assert.That(All<IrConvert>(module).Single().ConversionKind, Is.EqualTo(IrConversionKind.Narrow));
    }

    [Test]
    public void UnannotatedFunctionHasOneInstancePerArgumentType()
    {
        var module = LoweringHarness.Lower("def square(x):\n    return x * x\nprint(square(3), square(2.5))\n");
        Assert.That(module.Functions.Select(f => f.InstanceName), Is.EquivalentTo(new[] { "square[int]", "square[float]" }));
        Assert.That(LoweringHarness.Function(module, "square[int]"), Does.Contain("operator.mul(int, int) -> int"));
        Assert.That(LoweringHarness.Function(module, "square[float]"), Does.Contain("operator.mul(float, float) -> float"));
        Assert.That(All<IrCallFunction>(module).Select(c => c.Function.InstanceName), Is.EqualTo(new[] { "square[int]", "square[float]" }));
    }

    [Test]
    public void ComparisonChainEvaluatesTheMiddleOperandOnce()
    {
        var module = LoweringHarness.Lower("def f(a: int, b: int, c: int) -> bool:\n    return a < b + 1 < c\n");
        var flow = All<IrFlowExpression>(module).Single();
        var hold = (IrAssign)flow.Body.Statements.Single();
        Assert.That(hold.Target.Kind, Is.EqualTo(IrVariableKind.Temporary));
        var and = (IrShortCircuit)flow.Result;
        Assert.That(and.OperatorKind, Is.EqualTo(IrShortCircuitKind.And));
        // b + 1 is computed once: one add, two comparisons reading the temporary.
        Assert.That(All<IrCall>(module).Count(c => c.Overload.OperationName == "operator.add"), Is.EqualTo(1));
        Assert.That(All<IrCall>(module).Where(c => c.Overload.OperationName == "operator.lt").SelectMany(c => c.Arguments).OfType<IrLoad>().Count(l => l.Variable == hold.Target), Is.EqualTo(2));
    }

    [Test]
    public void SingleComparisonIsOneCall()
    {
        var module = LoweringHarness.Lower("def f(a: int, b: int) -> bool:\n    return a <= b\n");
        Assert.That(All<IrFlowExpression>(module), Is.Empty);
        Assert.That(All<IrCall>(module).Single().Overload.OperationName, Is.EqualTo("operator.le"));
    }

    [Test]
    public void InSwapsOperandsAsInferenceResolvedThem()
    {
        var module = LoweringHarness.Lower("def f(x: int, xs: list[int]) -> bool:\n    return x not in xs\n");
        var not = All<IrNot>(module).Single();
        var call = (IrCall)not.Operand;
        Assert.That(call.Overload.OperationName, Is.EqualTo("operator.contains"));
        Assert.That(((IrLoad)call.Arguments[0]).Variable.Name, Is.EqualTo("xs"));
        Assert.That(((IrLoad)call.Arguments[1]).Variable.Name, Is.EqualTo("x"));
    }

    [Test]
    public void RangeLoopBecomesACountedLoop()
    {
        var module = LoweringHarness.Lower("def f(n: int) -> int:\n    t = 0\n    for i in range(1, n, 2):\n        t += i\n    return t\n");
        var loop = All<IrFor>(module).Single();
        Assert.That(loop.ForKind, Is.EqualTo(IrForKind.Range));
        Assert.That(loop.Iterable, Is.Null);
        Assert.That(((IrConstant)loop.Step!).Value, Is.EqualTo(2L));
        Assert.That(All<IrAugmentedAssign>(module).Single().Overload.ToString(), Is.EqualTo("operator.add(int, int) -> int"));
    }

    [Test]
    public void LoopsOverListsAndDictsUseSequenceAndIterator()
    {
        var module = LoweringHarness.Lower("def f(xs: list[int], d: dict[str, int]) -> None:\n    for x in xs:\n        print(x)\n    for k in d:\n        print(k)\n");
        Assert.That(All<IrFor>(module).Select(l => l.ForKind), Is.EqualTo(new[] { IrForKind.Sequence, IrForKind.Iterator }));
    }

    [Test]
    public void TupleUnpackingIsAnUnpackStatement()
    {
        var module = LoweringHarness.Lower("def f() -> int:\n    a, b = 1, 2\n    return a + b\n");
        var unpack = All<IrUnpack>(module).Single();
        Assert.That(unpack.Target.Variables.Select(v => v.Name), Is.EqualTo(new[] { "a", "b" }));
        Assert.That(unpack.Value, Is.InstanceOf<IrBuild>());
    }

    [Test]
    public void AugmentedAssignmentOfFloatFromIntConvertsTheValue()
    {
        var module = LoweringHarness.Lower("def f() -> float:\n    acc = 0.0\n    acc += 1\n    return acc\n");
        var augmented = All<IrAugmentedAssign>(module).Single();
        Assert.That(augmented.Overload.ToString(), Is.EqualTo("operator.add(float, float) -> float"));
        Assert.That(augmented.Value, Is.InstanceOf<IrConvert>().With.Property("ConversionKind").EqualTo(IrConversionKind.IntToFloat));
    }

    private const string PointClass = "class P:\n    def __init__(self, x: float) -> None:\n        self.x = x\n";

    [Test]
    public void AugmentedFieldAssignmentOnALocalUsesTheLocal()
    {
        // b.x += d reads and stores through b itself: nothing in the statement can rebind b, so no handle copy.
        var module = LoweringHarness.Lower(PointClass + "def f(p: P, d: float) -> None:\n    b = p\n    b.x += d\n    p.x -= d\n");
        Assert.That(All<IrStoreField>(module).Select(s => ((IrLoad)s.Instance).Variable.Name), Is.EquivalentTo(new[] { "self", "b", "p" }));
        Assert.That(LoweringHarness.Function(module, "f"), Does.Not.Contain("$"));
    }

    [Test]
    public void AugmentedItemAssignmentOnLocalsUsesTheLocals()
    {
        var module = LoweringHarness.Lower("def f() -> list[int]:\n    xs = [1, 2]\n    i = 1\n    xs[i] += 5\n    return xs\n");
        var store = All<IrCall>(module).Single(c => c.Overload.OperationName == "operator.setitem");
        Assert.That(store.Arguments.Take(2).Select(a => ((IrLoad)a).Variable.Name), Is.EqualTo(new[] { "xs", "i" }));
        Assert.That(LoweringHarness.Function(module, "f"), Does.Not.Contain("$"));
    }

    [Test]
    public void AugmentedAssignmentHoldsAVariableTheValueRebinds()
    {
        // b.x += (b := q).x: Python stores into the b read first, so that b is held before the walrus rebinds it.
        var module = LoweringHarness.Lower(PointClass + "def f(p: P, q: P) -> None:\n    b = p\n    b.x += (b := q).x\n");
        var store = All<IrStoreField>(module).Single(s => s.Field.Name == "x" && s.Instance is IrLoad { Variable.Kind: IrVariableKind.Temporary });
        var held = All<IrAssign>(module).Single(a => a.Target == ((IrLoad)store.Instance).Variable);
        Assert.That(((IrLoad)held.Value).Variable.Name, Is.EqualTo("b"));
    }

    [Test]
    public void AugmentedAssignmentHoldsAParameterTheValueRebinds()
    {
        var module = LoweringHarness.Lower("def f(xs: list[int], i: int) -> None:\n    xs[i] += (i := 0)\n");
        var store = All<IrCall>(module).Single(c => c.Overload.OperationName == "operator.setitem");
        Assert.That(((IrLoad)store.Arguments[0]).Variable.Name, Is.EqualTo("xs"));
        Assert.That(((IrLoad)store.Arguments[1]).Variable.Kind, Is.EqualTo(IrVariableKind.Temporary));
    }

    [Test]
    public void AugmentedAssignmentHoldsACellVariable()
    {
        // A nested function may rebind a cell through nonlocal while the value is computed: b is held.
        var module = LoweringHarness.Lower(PointClass
            + "def f(p: P, q: P) -> None:\n    b = p\n    def swap() -> float:\n        nonlocal b\n        b = q\n        return 1.0\n    b.x += swap()\n");
        var store = All<IrStoreField>(module).Single(s => s.Field.Name == "x" && s.Instance is IrLoad { Variable.Kind: not IrVariableKind.Parameter });
        Assert.That(((IrLoad)store.Instance).Variable.Kind, Is.EqualTo(IrVariableKind.Temporary));
    }

    [Test]
    public void MethodCallsAreVirtualExceptThroughSuper()
    {
        var module = LoweringHarness.Lower("class A:\n    def f(self) -> int:\n        return 1\nclass B(A):\n    def f(self) -> int:\n        return super().f() + 1\nprint(B().f())\n");
        var calls = All<IrMethodCall>(module);
        Assert.That(calls.Select(c => (c.Method.InstanceName, c.IsVirtual)), Is.EquivalentTo(new[] { ("A.f", false), ("B.f", true) }));
        Assert.That(All<IrNew>(module).Single().Initializer, Is.Null);
    }

    [Test]
    public void ConstructorRunsTheInitializerInstance()
    {
        var module = LoweringHarness.Lower("class P:\n    def __init__(self, x: int) -> None:\n        self.x = x\np = P(3)\nprint(p.x)\n");
        var construct = All<IrNew>(module).Single();
        Assert.That(construct.Initializer!.InstanceName, Is.EqualTo("P.__init__"));
        Assert.That(All<IrStoreField>(module).Single().Field.Name, Is.EqualTo("x"));
        Assert.That(All<IrFieldLoad>(module).Single().Field.Name, Is.EqualTo("x"));
    }

    [Test]
    public void DataclassGetsASynthesizedInitializerWithDefaults()
    {
        var module = LoweringHarness.Lower("from dataclasses import dataclass\n@dataclass\nclass P:\n    x: int\n    y: int = 7\nprint(P(1).y)\n");
        var construct = All<IrNew>(module).Single();
        Assert.That(construct.Initializer!.Parameters.Select(p => p.Name), Is.EqualTo(new[] { "self", "x", "y" }));
        Assert.That(((IrConstant)construct.Arguments[1]).Value, Is.EqualTo(7L));
    }

    [Test]
    public void NestedFunctionCapturesEnclosingVariable()
    {
        var module = LoweringHarness.Lower("def outer(k: int) -> int:\n    def inner(x: int) -> int:\n        return x * k\n    return inner(2)\n");
        var inner = module.Functions.Single(f => f.Name == "inner");
        Assert.That(inner.Captures.Select(c => (c.Name, c.Kind)), Is.EqualTo(new[] { ("k", IrVariableKind.Captured) }));
        var closure = All<IrMakeClosure>(module).Single();
        Assert.That(closure.CapturedVariables.Single().Kind, Is.EqualTo(IrVariableKind.Parameter));
        Assert.That(All<IrCallIndirect>(module), Has.Count.EqualTo(1));
    }

    [Test]
    public void LambdaPassedAsKeyIsTheInstanceForTheElementType()
    {
        var module = LoweringHarness.Lower("words = ['bb', 'a']\nprint(sorted(words, key=lambda w: len(w)))\nprint(sorted(words, key=len))\n");
        var closures = All<IrMakeClosure>(module);
        Assert.That(closures.Select(c => c.Function.InstanceName), Is.EqualTo(new[] { "<lambda>[str]", "<builtins.len>" }));
        Assert.That(closures.Select(c => c.Type.DisplayName), Is.EqualTo(new[] { "Callable[[str], int]", "Callable[[str], int]" }));
    }

    [Test]
    public void GeneratorYieldsAtStatementLevel()
    {
        var module = LoweringHarness.Lower("from typing import Generator\ndef g(n: int) -> Generator[int, None, None]:\n    yield n\n    yield from [1, 2]\nprint(list(g(1)))\n");
        var g = module.Functions.Single();
        Assert.That(g.IsGenerator, Is.True);
        Assert.That(g.YieldType, Is.EqualTo(PyType.Int));
        Assert.That(g.ReturnType, Is.EqualTo(PyType.None));
        Assert.That(All<IrYield>(module), Has.Count.EqualTo(2));
    }

    [Test]
    public void FStringKeepsConversionAndSpec()
    {
        var module = LoweringHarness.Lower("x = 3.5\nw = 8\nprint(f'a{x!r:>{w}}b{x:.2f}')\n");
        var fstring = All<IrFormattedString>(module).First();
        var fields = fstring.Parts.Where(p => !p.IsLiteral).ToList();
        Assert.That(fields[0].Conversion, Is.EqualTo(IrFormatConversion.Repr));
        Assert.That(fields[0].FormatSpec, Is.InstanceOf<IrFormattedString>());
        Assert.That(((IrConstant)fields[1].FormatSpec!).Value, Is.EqualTo(".2f"));
        Assert.That(fstring.Parts.Where(p => p.IsLiteral).Select(p => p.Literal), Is.EqualTo(new[] { "a", "b" }));
    }

    [Test]
    public void OrWithOptionalLeftNarrowsTheChosenOperand()
    {
        var module = LoweringHarness.Lower("def f(name: str | None) -> str:\n    return name or 'anonymous'\n");
        Assert.That(All<IrConditional>(module), Has.Count.EqualTo(1));
        Assert.That(All<IrConvert>(module).Single(c => c.ConversionKind == IrConversionKind.Narrow).Type, Is.EqualTo(PyType.Str));
    }

    [Test]
    public void AndOfBoolsIsAShortCircuit()
    {
        var module = LoweringHarness.Lower("def f(a: bool, b: bool) -> bool:\n    return a and b\n");
        var node = All<IrShortCircuit>(module).Single();
        Assert.That(node.Truth, Is.InstanceOf<IrLoad>());
    }

    [Test]
    public void TryExceptFinallyKeepsHandlerClassesAndVariable()
    {
        var module = LoweringHarness.Lower("try:\n    x = int('1')\nexcept ValueError as e:\n    print(e)\nfinally:\n    print('done')\n");
        var handler = All<IrExceptHandler>(module).Single();
        Assert.That(handler.ExceptionClasses.Single().Name, Is.EqualTo("ValueError"));
        Assert.That(handler.Variable!.Type.DisplayName, Is.EqualTo("ValueError"));
        Assert.That(All<IrTry>(module).Single().Finally.Statements, Has.Count.EqualTo(1));
    }

    [Test]
    public void CompilationWithErrorsIsNotLowered()
    {
        var compilation = PythonCompilation.FromSource("x = 1\nx = 'a'\n", "bad.py");
        var result = IrLowering.Lower(compilation, compilation.SyntaxTrees[0]);
        Assert.That(result.Success, Is.False);
        Assert.That(result.Module, Is.Null);
        Assert.That(result.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error).Select(d => d.Id), Does.Contain("PA2001"));
    }

    [Test]
    public void EveryNodeHasALocationWithPathLineAndColumn()
    {
        var module = LoweringHarness.Lower("def f(x: int) -> int:\n    return x + 1\n", "loc.py");
        var add = All<IrCall>(module).Single();
        Assert.That(add.Location, Is.EqualTo(new IrLocation("loc.py", 2, 12)));
        Assert.That(LoweringHarness.Nodes(module).All(n => n.Location is not null), Is.True);
    }

    [Test]
    public void FunctionImportedFromALaterModuleIsADirectCall()
    {
        // Regression: imports were bound before later modules declared their defs, typing `scale` as a variable.
        var main = Syntax.SyntaxTree.ParseText("from config import scale\nprint(scale(2))\n", Syntax.PythonParseOptions.Default, "main.py");
        var config = Syntax.SyntaxTree.ParseText("def scale(x: int) -> int:\n    return x * 3\n", Syntax.PythonParseOptions.Default, "config.py");
        var compilation = PythonCompilation.Create([main, config]);
        Assert.That(compilation.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error), Is.Empty);
        var result = IrLowering.Lower(compilation, main);
        Assert.That(result.Success, Is.True);
        Assert.That(IrVerifier.Check(result.Module!), Is.Empty);
        Assert.That(All<IrCallFunction>(result.Module!).Single().Function.InstanceName, Is.EqualTo("scale"));
    }

    [Test]
    public void ClassBodyDefsAreMethods()
    {
        // Regression: a def's parent is the class body block itself, so defs in a class were not its methods.
        var module = LoweringHarness.Lower("class C:\n    def get(self) -> int:\n        return 1\nprint(C().get())\n");
        Assert.That(module.Classes.Single().Methods.Select(m => m.InstanceName), Is.EqualTo(new[] { "C.get" }));
    }

    [Test]
    public void LambdaPassedToACallableParameterOfAUserFunctionIsInstantiatedForItsParameterTypes()
    {
        var module = LoweringHarness.Lower("from typing import Callable\ndef apply(f: Callable[[int], int], x: int) -> int:\n    return f(x)\nprint(apply(lambda v: v * 2, 21))\nprint(apply(lambda v: v + 1, 1))\ng: Callable[[int], int] = lambda v: v - 1\nprint(g(3))\n");
        var closures = All<IrMakeClosure>(module).ToList();
        Assert.That(closures.Select(c => c.Function.InstanceName), Is.EqualTo(new[] { "<lambda>[int]", "<lambda>[int]#2", "<lambda>[int]#3" }), "distinct lambdas get distinct instance names");
        Assert.That(closures.Select(c => c.Type.ToString()), Has.All.EqualTo("Callable[[int], int]"));
    }

    [Test]
    public void UserExceptionWithoutInitIsConstructedFromItsMessage_AndSuperInitIsTheBuiltinMethod()
    {
        var module = LoweringHarness.Lower("class AppError(Exception):\n    pass\nclass NotFound(AppError):\n    def __init__(self, key: str) -> None:\n        super().__init__(key)\n        self.key = key\ntry:\n    raise AppError('boom')\nexcept NotFound as e:\n    print(e.key)\nexcept AppError as e:\n    print(e)\n");
        var news = All<IrNew>(module).ToList();
        Assert.That(news.Single().Initializer, Is.Null);
        Assert.That(news.Single().Arguments.Single(), Is.InstanceOf<IrConstant>());
        var init = All<IrCall>(module).Single(c => c.Overload.OperationName == "BaseException.__init__");
        Assert.That(init.Arguments[0], Is.InstanceOf<IrConvert>().With.Property("ConversionKind").EqualTo(IrConversionKind.Upcast));
        Assert.That(All<IrConvert>(module).Count(c => c.ConversionKind == IrConversionKind.Narrow), Is.EqualTo(1), "e.key reads e narrowed to NotFound");
    }

    [Test]
    public void UserClassDundersAreVirtualMethodCalls()
    {
        var module = LoweringHarness.Lower("class V:\n    def __init__(self, x: int) -> None:\n        self.x = x\n    def __add__(self, other: 'V') -> 'V':\n        return V(self.x + other.x)\n    def __lt__(self, other: 'V') -> bool:\n        return self.x < other.x\n    def __len__(self) -> int:\n        return self.x\n\nprint((V(1) + V(2)).x, V(1) < V(2), len(V(4)))\n");
        var calls = All<IrMethodCall>(module);
        Assert.That(calls.Select(c => c.Method.InstanceName), Is.EquivalentTo(new[] { "V.__add__", "V.__lt__", "V.__len__" }));
        Assert.That(calls, Has.All.Property("IsVirtual").True);
    }

    [Test]
    public void AndOfDifferentTypesInAConditionIsAndOfTruths()
    {
        var module = LoweringHarness.Lower("def keep(word: str, stop: set[str]) -> bool:\n    if word and word not in stop:\n        return True\n    return False\n");
        var shortCircuit = All<IrShortCircuit>(module).Single();
        Assert.That(shortCircuit.Type, Is.EqualTo(PyType.Bool));
        Assert.That(shortCircuit.Left.Type, Is.EqualTo(PyType.Bool));
        Assert.That(shortCircuit.Right.Type, Is.EqualTo(PyType.Bool));
    }
}
