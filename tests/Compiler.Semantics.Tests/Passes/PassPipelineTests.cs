using PythonAot.Compiler.Semantics.IR;
using PythonAot.Compiler.Semantics.Passes;
using PythonAot.Compiler.Semantics.Types;
using static PythonAot.Compiler.Semantics.Tests.IR.IrTestBuilder;

namespace PythonAot.Compiler.Semantics.Tests.Passes;

public class PassPipelineTests
{
    private sealed class NamedPass(string name) : IIrPass
    {
        public string Name => name;

        public string Description => "test";

        public IReadOnlyCollection<IrNodeKind> RemovedKinds => [];

        public List<string>? Trace { get; init; }

        public void Run(IrModule module, PassContext context) => Trace?.Add(name);
    }

    [Test]
    public void DefaultOrder()
    {
        Assert.That(PassPipeline.CreateDefault().ToString(), Is.EqualTo(
            "<start> → lower-augmented-assignment → lower-comprehensions → lower-fstrings → lower-with → lower-asserts → <after-lowering> → "
            + "constant-folding → dead-code-elimination → <before-checks> → place-overflow-checks → version-overflow-checks → place-bounds-checks → "
            + "version-bounds-checks → <end>"));
    }

    [Test]
    public void InsertionsAtAPointKeepTheirOrder()
    {
        var pipeline = PassPipeline.CreateDefault()
            .InsertAfter(PipelinePoints.AfterLowering, new NamedPass("one"))
            .InsertAfter(PipelinePoints.AfterLowering, new NamedPass("two"))
            .InsertBefore(PipelinePoints.BeforeChecks, new NamedPass("three"))
            .Add(new NamedPass("last"));
        var names = pipeline.Entries.Select(e => e.Name).ToList();
        Assert.That(names.IndexOf("one"), Is.EqualTo(names.IndexOf(PipelinePoints.AfterLowering) + 1));
        Assert.That(names.IndexOf("two"), Is.EqualTo(names.IndexOf("one") + 1));
        Assert.That(names.IndexOf("three"), Is.EqualTo(names.IndexOf(PipelinePoints.BeforeChecks) - 1));
        Assert.That(names[^2], Is.EqualTo("last"));
        Assert.That(names[^1], Is.EqualTo(PipelinePoints.End));
    }

    [Test]
    public void PointsSurviveRemovingBuiltInPasses()
    {
        var pipeline = PassPipeline.CreateDefault();
        foreach (var pass in pipeline.Passes.ToList()) Assert.That(pipeline.Remove(pass.Name), Is.True);
        Assert.That(pipeline.ToString(), Is.EqualTo("<start> → <after-lowering> → <before-checks> → <end>"));
        pipeline.InsertAfter(PipelinePoints.AfterLowering, new NamedPass("custom"));
        Assert.That(pipeline.Contains("custom"), Is.True);
        Assert.Throws<InvalidOperationException>(() => pipeline.Remove(PipelinePoints.Start));
        Assert.That(pipeline.Remove("not-there"), Is.False);
    }

    [Test]
    public void UnknownAnchorsAndDuplicateNamesAreRejected()
    {
        var pipeline = PassPipeline.CreateDefault();
        Assert.Throws<ArgumentException>(() => pipeline.InsertAfter("no-such-pass", new NamedPass("x")));
        Assert.Throws<ArgumentException>(() => pipeline.Add(new NamedPass("constant-folding")));
    }

    [Test]
    public void PassesHaveKebabCaseNamesAndDescriptions()
    {
        foreach (var pass in PassPipeline.CreateDefault().Passes)
        {
            Assert.That(pass.Name, Does.Match("^[a-z]+(-[a-z]+)*$"));
            Assert.That(pass.Description, Is.Not.Empty);
        }
    }

    [Test]
    public void ManagerRunsInOrderLogsAndStopsAfter()
    {
        var trace = new List<string>();
        var pipeline = new PassPipeline()
            .InsertAfter(PipelinePoints.Start, new NamedPass("a") { Trace = trace })
            .InsertAfter(PipelinePoints.AfterLowering, new NamedPass("b") { Trace = trace })
            .Add(new NamedPass("c") { Trace = trace });
        var module = Module(Function("f", PyType.None));
        var result = PassManager.Run(module, pipeline, new PassRunOptions { StopAfter = "b" });
        Assert.That(trace, Is.EqualTo(new[] { "a", "b" }));
        Assert.That(result.Log.Select(l => l.PassName), Is.EqualTo(new[] { "a", "b" }));
        Assert.That(result.StoppedAfter, Is.EqualTo("b"));
        Assert.Throws<ArgumentException>(() => PassManager.Run(module, pipeline, new PassRunOptions { StopAfter = "zzz" }));
    }

    private sealed class BreakingPass : FunctionPass
    {
        public override string Name => "breaking";

        public override string Description => "adds a break outside a loop";

        public override void Run(IrFunction function, PassContext context) => function.Body.Statements.Add(new IrBreak());
    }

    [Test]
    public void VerificationAfterEachPassNamesTheCulprit()
    {
        var pipeline = PassPipeline.CreateDefault().InsertAfter(PipelinePoints.AfterLowering, new BreakingPass());
        var module = Module(Function("f", PyType.None));
        var exception = Assert.Throws<IrVerificationException>(() => PassManager.Run(module, pipeline, new PassRunOptions { ResolveOverload = Resolve }))!;
        Assert.That(exception.Stage, Is.EqualTo("breaking"));
        Assert.DoesNotThrow(() => PassManager.Run(Module(Function("g", PyType.None)), pipeline, new PassRunOptions { VerifyAfterEachPass = false }));
    }

    [Test]
    public void LoweredKindsAreForbiddenAfterTheirPass()
    {
        // A custom pass after lowering that reintroduces an augmented assignment is caught.
        var x = new IrVariable("x", PyType.Int, IrVariableKind.Local);
        var f = Function("f", PyType.None);
        f.Locals.Add(x);
        f.Add(new IrAssign(x, Const(1)));
        var pipeline = PassPipeline.CreateDefault().InsertAfter(PipelinePoints.AfterLowering, new ReintroducePass(x));
        var exception = Assert.Throws<IrVerificationException>(() => PassManager.Run(Module(f), pipeline, new PassRunOptions { ResolveOverload = Resolve }))!;
        Assert.That(exception.Problems.Single().Message, Is.EqualTo("AugmentedAssign should have been lowered at this stage"));
    }

    private sealed class ReintroducePass(IrVariable x) : FunctionPass
    {
        public override string Name => "reintroduce";

        public override string Description => "adds x += 1";

        public override void Run(IrFunction function, PassContext context)
        {
            if (function.Locals.Contains(x)) function.Body.Statements.Add(new IrAugmentedAssign(x, AddInt, Const(1)));
        }
    }

    [Test]
    public void CustomSquareToMultiplyPassAtAfterLowering()
    {
        // def f(x: int, y: float) -> float:
        //     n = x ** 2
        //     return y ** 2 + int_to_float(n)
        var x = Param("x", PyType.Int);
        var y = Param("y", PyType.Float);
        var f = Function("f", PyType.Float, x, y);
        var n = f.Local("n", PyType.Int);
        f.Add(
            new IrAssign(n, Call(PowInt, Load(x), Const(2))).WithLocation(2, 5),
            new IrReturn(Call(AddFloat, Call(PowFloatInt, Load(y), Const(2)), new IrConvert(Load(n), PyType.Float, IrConversionKind.IntToFloat))).WithLocation(3, 5));
        var module = Module(f);
        var pipeline = PassPipeline.CreateDefault().InsertAfter(PipelinePoints.AfterLowering, new SquareToMultiplyPass());
        var result = PassManager.Run(module, pipeline, new PassRunOptions { ResolveOverload = Resolve, ResolveClass = ResolveClass });
        Assert.That(result.Log.Select(l => l.PassName), Does.Contain("square-to-multiply"));
        Assert.That(result.Log.All(l => l.Verified), Is.True);
        Assert.That(IrPrinter.Print(f), Is.EqualTo(Lines(
            "def f(x: int, y: float) -> float:                           # example.py:1",
            "  n: int = checked(overflow) {operator.mul(int, int) -> int}(x, x)  # 2:5",
            "  return {operator.add(float, float) -> float}({operator.mul(float, float) -> float}(y, y), int_to_float(n))  # 3:5")));
        AssertValid(module);
    }

    [Test]
    public void WholePipelineOnAHighLevelFunction()
    {
        // def f(xs: list[int]) -> list[int]:
        //     total = 0
        //     assert 1 < 2
        //     for i in range(len(xs)):
        //         total += xs[i]
        //     return [x * 2 for x in xs]
        var xs = Param("xs", new ListType(PyType.Int));
        var f = Function("f", new ListType(PyType.Int), xs);
        var total = f.Local("total", PyType.Int);
        var i = f.Local("i", PyType.Int);
        var x = f.Local("x", PyType.Int);
        f.Add(
            new IrAssign(total, Const(0)).WithLocation(2, 5),
            new IrAssert(Call(LtInt, Const(1), Const(2))).WithLocation(3, 5),
            IrFor.CreateRange(i, Const(0), Call(LenList, Load(xs)), Const(1), new IrBlock([
                new IrAugmentedAssign(total, AddInt, Call(GetItemList, Load(xs), Load(i))).WithLocation(5, 9),
            ])).WithLocation(4, 5),
            new IrReturn(new IrComprehension(IrBuildKind.List, new ListType(PyType.Int), Call(MulInt, Load(x), Const(2)), null,
                [new IrComprehensionFor(IrForKind.Sequence, IrTarget.ForVariable(x), Load(xs))])).WithLocation(6, 5));
        var module = Module(f);
        var result = PassManager.Run(module, PassPipeline.CreateDefault(), new PassRunOptions { ResolveOverload = Resolve, ResolveClass = ResolveClass });
        Assert.That(result.Diagnostics, Is.Empty);
        Assert.That(IrPrinter.Print(f), Is.EqualTo(Lines(
            "def f(xs: list[int]) -> list[int]:                          # example.py:1",
            "  total: int = 0                                            # 2:5",
            "  for i: int in range(0, {builtins.len(list[T]) -> int}(xs), 1):  # 4:5",
            "    total: int = checked(overflow) {operator.add(int, int) -> int}(total, {operator.getitem(list[T], int) -> T}(xs, i): int)  # 5:9",
            "  return flow:                                              # 6:5",
            "    $0: list[int] = build list[int] []",
            "    for x: int in sequence xs:",
            "      {list.append(list[T], T) -> None}($0, checked(overflow) {operator.mul(int, int) -> int}(x, 2))",
            "    => $0")));
    }
}
