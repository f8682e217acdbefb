using PythonAot.Compiler.Semantics.Types;

namespace PythonAot.Compiler.Semantics.IR;

/// <summary><c>whenTrue if condition else whenFalse</c>; both branches have the expression's type (conversions explicit).</summary>
public sealed class IrConditional(IrExpression condition, IrExpression whenTrue, IrExpression whenFalse) : IrExpression
{
    /// <summary>The condition, of type bool.</summary>
    public IrExpression Condition { get; set; } = condition;

    /// <summary>The value when true.</summary>
    public IrExpression WhenTrue { get; set; } = whenTrue;

    /// <summary>The value when false.</summary>
    public IrExpression WhenFalse { get; set; } = whenFalse;

    /// <inheritdoc/>
    public override PyType Type => WhenTrue.Type;

    /// <inheritdoc/>
    public override IrNodeKind NodeKind => IrNodeKind.Conditional;
}
