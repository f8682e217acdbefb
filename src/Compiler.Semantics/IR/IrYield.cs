namespace PythonAot.Compiler.Semantics.IR;

/// <summary>
/// <c>yield value</c> in a generator, as a statement: a yield inside an expression is hoisted by the lowering
/// into <c>result = yield value</c>, so a backend sees suspension points only at statement level.
/// </summary>
public sealed class IrYield(IrExpression? value, IrVariable? result = null) : IrStatement
{
    /// <summary>The yielded value (its type equals the function's yield type), or null for a bare <c>yield</c> (None).</summary>
    public IrExpression? Value { get; set; } = value;

    /// <summary>The variable that receives the sent value, if the yield's value is used.</summary>
    public IrVariable? Result { get; set; } = result;

    /// <inheritdoc/>
    public override IrNodeKind NodeKind => IrNodeKind.Yield;
}
