namespace PythonAot.Compiler.Semantics.IR;

/// <summary>An expression evaluated for its effects; the value is dropped.</summary>
public sealed class IrEvaluate(IrExpression expression) : IrStatement
{
    /// <summary>The expression.</summary>
    public IrExpression Expression { get; set; } = expression;

    /// <inheritdoc/>
    public override IrNodeKind NodeKind => IrNodeKind.Evaluate;
}
