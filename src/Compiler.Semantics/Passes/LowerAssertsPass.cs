using PythonAot.Compiler.Semantics.IR;
using PythonAot.Compiler.Semantics.Types;

namespace PythonAot.Compiler.Semantics.Passes;

/// <summary>
/// <c>assert c, m</c> → <c>if not c: raise AssertionError(m)</c> (the message is evaluated only on failure, as in
/// CPython). The AssertionError class comes from <see cref="PassContext.ResolveClass"/>; without it the pass
/// reports an error and leaves the assert.
/// </summary>
public sealed class LowerAssertsPass : FunctionPass
{
    /// <inheritdoc/>
    public override string Name => "lower-asserts";

    /// <inheritdoc/>
    public override string Description => "assert c, m becomes if not c: raise AssertionError(m)";

    /// <inheritdoc/>
    public override IReadOnlyCollection<IrNodeKind> RemovedKinds => [IrNodeKind.Assert];

    /// <inheritdoc/>
    public override void Run(IrFunction function, PassContext context) => new Rewriter(context).RewriteFunction(function);

    private sealed class Rewriter(PassContext context) : IrRewriter
    {
        protected override IrStatement? RewriteAssert(IrAssert node)
        {
            base.RewriteAssert(node);
            if (context.ResolveClass("AssertionError") is not { } assertionError)
            {
                context.Report(PassDiagnosticSeverity.Error, node.Location, "no AssertionError class to lower assert with");
                return node;
            }
            var exception = new IrNew(new ClassType(assertionError), null, node.Message is null ? [] : [node.Message]) { Location = node.Location };
            var raise = new IrRaise(exception) { Location = node.Location };
            return new IrIf(new IrNot(node.Condition) { Location = node.Location }, new IrBlock([raise])) { Location = node.Location };
        }
    }
}
