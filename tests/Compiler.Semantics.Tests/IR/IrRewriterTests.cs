using PythonAot.Compiler.Semantics.IR;
using PythonAot.Compiler.Semantics.Types;
using static PythonAot.Compiler.Semantics.Tests.IR.IrTestBuilder;

namespace PythonAot.Compiler.Semantics.Tests.IR;

public class IrRewriterTests
{
    private sealed class DuplicateEvaluations : IrRewriter
    {
        protected override IrStatement? RewriteEvaluate(IrEvaluate node) =>
            node.Expression is IrConstant ? null : new IrBlock([node, new IrEvaluate(node.Expression)]);
    }

    [Test]
    public void StatementsCanBeRemovedOrSplicedIntoSeveral()
    {
        var a = Param("a", PyType.Int);
        var f = Function("f", PyType.None, a).Add(
            new IrEvaluate(Const(1)),
            new IrWhile(Const(true), new IrBlock([new IrEvaluate(Load(a)), new IrBreak()])));
        new DuplicateEvaluations().RewriteFunction(f);
        Assert.That(IrPrinter.Print(f), Is.EqualTo(Lines(
            "def f(a: int) -> None:                                      # example.py:1",
            "  while True:",
            "    a",
            "    a",
            "    break")));
    }

    private sealed class CountLoads : IrVisitor
    {
        public int Count { get; private set; }

        public override void VisitLoad(IrLoad node) => Count++;
    }

    [Test]
    public void VisitorReachesNestedExpressions()
    {
        var a = Param("a", PyType.Int);
        var f = Function("f", PyType.Int, a).Add(
            new IrIf(Call(LtInt, Load(a), Const(0)), new IrBlock([new IrReturn(Call(NegInt, Load(a)))])),
            new IrReturn(new IrFlowExpression(new IrBlock([new IrEvaluate(Load(a))]), Load(a))));
        var counter = new CountLoads();
        counter.VisitFunction(f);
        Assert.That(counter.Count, Is.EqualTo(4));
        Assert.That(IrVariableUses.Collect(f).Read, Is.EquivalentTo(new[] { a }));
    }
}
