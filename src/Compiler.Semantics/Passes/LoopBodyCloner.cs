using PythonAot.Compiler.Semantics.IR;

namespace PythonAot.Compiler.Semantics.Passes;

/// <summary>
/// The straight-line loop bodies <see cref="VersionBoundsChecksPass"/> duplicates: assignments, field stores,
/// evaluations, ifs, break, continue and the expressions of arithmetic and element access. Nothing that holds a loop,
/// a nested function, a flow expression, a call of user code or a yield is accepted (the pass only versions small
/// innermost loops, and a copy of those would change nothing but size); <see cref="IrCloner"/> makes the copies.
/// </summary>
internal static class LoopBodyCloner
{
    private static readonly HashSet<IrNodeKind> s_straightLine =
    [
        IrNodeKind.Block, IrNodeKind.Assign, IrNodeKind.Evaluate, IrNodeKind.StoreField, IrNodeKind.If, IrNodeKind.Break, IrNodeKind.Continue,
        IrNodeKind.Constant, IrNodeKind.Load, IrNodeKind.Call, IrNodeKind.FieldLoad, IrNodeKind.Convert, IrNodeKind.Not,
        IrNodeKind.Conditional, IrNodeKind.ShortCircuit,
    ];

    /// <summary>Whether the block is straight-line code <see cref="Clone(IrBlock)"/> copies.</summary>
    public static bool CanClone(IrBlock block)
    {
        var finder = new OtherKindFinder();
        finder.VisitStatement(block);
        return !finder.Found && IrCloner.CanClone(block);
    }

    /// <summary>A copy of a block that <see cref="CanClone(IrBlock)"/> accepts.</summary>
    public static IrBlock Clone(IrBlock block) => IrCloner.Clone(block);

    /// <summary>A copy of an expression of such a block.</summary>
    public static IrExpression Clone(IrExpression expression) => IrCloner.Clone(expression);

    private sealed class OtherKindFinder : IrVisitor
    {
        public bool Found { get; private set; }

        protected override void Enter(IrNode node) => Found |= !s_straightLine.Contains(node.NodeKind);
    }
}
