namespace PythonAot.Compiler.Semantics.IR;

/// <summary><c>raise exception from cause</c>; a bare <c>raise</c> (re-raise in a handler) has no exception.</summary>
public sealed class IrRaise(IrExpression? exception = null, IrExpression? cause = null) : IrStatement
{
    /// <summary>The exception instance, or null to re-raise the one being handled.</summary>
    public IrExpression? Exception { get; set; } = exception;

    /// <summary>The <c>from</c> cause, or null.</summary>
    public IrExpression? Cause { get; set; } = cause;

    /// <inheritdoc/>
    public override IrNodeKind NodeKind => IrNodeKind.Raise;
}
