using PythonAot.Compiler.Semantics.IR;

namespace PythonAot.Compiler.Semantics.Passes;

/// <summary>
/// <c>with ctx as x: body</c> →
/// <code>
/// $cm = ctx
/// x = enter          # $cm.__enter__()
/// try:
///   body
/// finally:
///   exit             # $cm.__exit__(None, None, None)
/// </code>
/// The typed subset requires <c>__exit__</c> not to suppress exceptions (the type checker rejects an
/// <c>__exit__</c> that returns bool), so passing None for the exception and re-raising is CPython's behavior for
/// every accepted program, except that <c>__exit__</c> does not see the exception. A backend that prefers RAII can
/// remove this pass from its pipeline and handle <see cref="IrWith"/> itself.
/// </summary>
public sealed class LowerWithPass : FunctionPass
{
    /// <inheritdoc/>
    public override string Name => "lower-with";

    /// <inheritdoc/>
    public override string Description => "with becomes the __enter__ call and a try/finally around the body that calls __exit__";

    /// <inheritdoc/>
    public override IReadOnlyCollection<IrNodeKind> RemovedKinds => [IrNodeKind.With];

    /// <inheritdoc/>
    public override void Run(IrFunction function, PassContext context) => new Rewriter().RewriteFunction(function);

    private sealed class Rewriter : IrRewriter
    {
        protected override IrStatement? RewriteWith(IrWith node)
        {
            base.RewriteWith(node);
            var location = node.Location;
            IrStatement enter = node.Target is null ? new IrEvaluate(node.Enter) { Location = location } : new IrAssign(node.Target, node.Enter) { Location = location };
            var @try = new IrTry(node.Body, @finally: new IrBlock([new IrEvaluate(node.Exit) { Location = location }])) { Location = location };
            return new IrBlock([new IrAssign(node.ContextVariable, node.Context) { Location = location }, enter, @try]);
        }
    }
}
