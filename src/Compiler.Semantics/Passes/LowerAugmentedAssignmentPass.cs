using PythonAot.Compiler.Semantics.IR;

namespace PythonAot.Compiler.Semantics.Passes;

/// <summary>
/// <c>x op= y</c> → <c>x = overload(x, y)</c> with the overload stored on the node. For a mutable type that
/// overload is the in-place one (<c>operator.iadd(list[T], Iterator[T]) -> list[T]</c> extends the list and
/// returns it), so the assignment rebinds x to the same object, as in CPython.
/// </summary>
public sealed class LowerAugmentedAssignmentPass : FunctionPass
{
    /// <inheritdoc/>
    public override string Name => "lower-augmented-assignment";

    /// <inheritdoc/>
    public override string Description => "x op= y becomes x = op(x, y) with the overload chosen by type propagation";

    /// <inheritdoc/>
    public override IReadOnlyCollection<IrNodeKind> RemovedKinds => [IrNodeKind.AugmentedAssign];

    /// <inheritdoc/>
    public override void Run(IrFunction function, PassContext context) => new Rewriter().RewriteFunction(function);

    private sealed class Rewriter : IrRewriter
    {
        protected override IrStatement? RewriteAugmentedAssign(IrAugmentedAssign node)
        {
            base.RewriteAugmentedAssign(node);
            var type = IrTypeMatcher.InferResultType(node.Overload, [node.Target.Type, node.Value.Type]) ?? node.Target.Type;
            var call = new IrCall(node.Overload, [new IrLoad(node.Target) { Location = node.Location }, node.Value], type) { Location = node.Location };
            return new IrAssign(node.Target, call) { Location = node.Location };
        }
    }
}
