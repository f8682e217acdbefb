namespace PythonAot.Compiler.Semantics.IR;

/// <summary><c>a, (b, *c) = value</c>: binds a tuple pattern; the runtime raises ValueError when the lengths differ.</summary>
public sealed class IrUnpack(IrTarget target, IrExpression value) : IrStatement
{
    /// <summary>The tuple pattern.</summary>
    public IrTarget Target { get; set; } = target;

    /// <summary>The value unpacked (a tuple, list or other iterable).</summary>
    public IrExpression Value { get; set; } = value;

    /// <inheritdoc/>
    public override IrNodeKind NodeKind => IrNodeKind.Unpack;
}
