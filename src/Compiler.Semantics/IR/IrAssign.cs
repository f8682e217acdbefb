namespace PythonAot.Compiler.Semantics.IR;

/// <summary><c>target = value</c>: the value's type equals the variable's type (conversions are explicit).</summary>
public sealed class IrAssign(IrVariable target, IrExpression value) : IrStatement
{
    /// <summary>The variable written.</summary>
    public IrVariable Target { get; set; } = target;

    /// <summary>The value.</summary>
    public IrExpression Value { get; set; } = value;

    /// <inheritdoc/>
    public override IrNodeKind NodeKind => IrNodeKind.Assign;
}
