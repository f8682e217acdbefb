namespace PythonAot.Compiler.Semantics.IR;

/// <summary><c>return value</c>; a bare return in a function returning None carries no value.</summary>
public sealed class IrReturn(IrExpression? value = null) : IrStatement
{
    /// <summary>The value (its type equals the function's return type), or null.</summary>
    public IrExpression? Value { get; set; } = value;

    /// <inheritdoc/>
    public override IrNodeKind NodeKind => IrNodeKind.Return;
}
