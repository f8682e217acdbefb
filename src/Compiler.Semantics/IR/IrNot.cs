using PythonAot.Compiler.Semantics.Types;

namespace PythonAot.Compiler.Semantics.IR;

/// <summary><c>not operand</c> on a bool (the truth test of another type is an explicit <c>operator.truth</c> call).</summary>
public sealed class IrNot(IrExpression operand) : IrExpression
{
    /// <summary>The operand, of type bool.</summary>
    public IrExpression Operand { get; set; } = operand;

    /// <inheritdoc/>
    public override PyType Type => PyType.Bool;

    /// <inheritdoc/>
    public override IrNodeKind NodeKind => IrNodeKind.Not;
}
