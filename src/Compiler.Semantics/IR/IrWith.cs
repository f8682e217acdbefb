namespace PythonAot.Compiler.Semantics.IR;

/// <summary>
/// <c>with context as target: body</c> (high-level; lower-with turns it into calls and try/finally). The
/// context value is stored in <see cref="ContextVariable"/>; <see cref="Enter"/> and <see cref="Exit"/> are
/// the bound protocol calls, written in terms of a load of that variable (<c>$cm.__enter__()</c> and
/// <c>$cm.__exit__(None, None, None)</c>).
/// </summary>
public sealed class IrWith(IrExpression context, IrVariable contextVariable, IrExpression enter, IrExpression exit, IrVariable? target, IrBlock body) : IrStatement
{
    /// <summary>The context manager expression, evaluated once.</summary>
    public IrExpression Context { get; set; } = context;

    /// <summary>The temporary that holds the context manager.</summary>
    public IrVariable ContextVariable { get; set; } = contextVariable;

    /// <summary>The <c>__enter__</c> call; its value goes to <see cref="Target"/>.</summary>
    public IrExpression Enter { get; set; } = enter;

    /// <summary>The <c>__exit__</c> call, run on every way out of the body.</summary>
    public IrExpression Exit { get; set; } = exit;

    /// <summary>The <c>as</c> variable, if any.</summary>
    public IrVariable? Target { get; set; } = target;

    /// <summary>The body.</summary>
    public IrBlock Body { get; set; } = body;

    /// <inheritdoc/>
    public override IrNodeKind NodeKind => IrNodeKind.With;
}
