namespace PythonAot.Compiler.Semantics.IR;

/// <summary><c>assert condition, message</c> (high-level; lower-asserts makes it an if and a raise).</summary>
public sealed class IrAssert(IrExpression condition, IrExpression? message = null) : IrStatement
{
    /// <summary>The condition, of type bool.</summary>
    public IrExpression Condition { get; set; } = condition;

    /// <summary>The message, evaluated only when the condition is false; null when absent.</summary>
    public IrExpression? Message { get; set; } = message;

    /// <inheritdoc/>
    public override IrNodeKind NodeKind => IrNodeKind.Assert;
}
