using PythonAot.Compiler.Semantics.Types;

namespace PythonAot.Compiler.Semantics.IR;

/// <summary>
/// A call of a user class method: <c>p.norm()</c>. <see cref="Method"/> is the instance found on the receiver's
/// static class; with <see cref="IsVirtual"/> the backend dispatches on the runtime class (a subclass may
/// override it), without it the call is direct (<c>super().f()</c>, a final class, or devirtualized).
/// </summary>
public sealed class IrMethodCall(IrExpression receiver, IrFunction method, bool isVirtual, IEnumerable<IrExpression> arguments) : IrExpression
{
    /// <summary>The instance (the method's self).</summary>
    public IrExpression Receiver { get; set; } = receiver;

    /// <summary>The method instance (its first parameter is self).</summary>
    public IrFunction Method { get; set; } = method;

    /// <summary>Whether dispatch is on the runtime class.</summary>
    public bool IsVirtual { get; set; } = isVirtual;

    /// <summary>The arguments after self.</summary>
    public List<IrExpression> Arguments { get; } = arguments.ToList();

    /// <inheritdoc/>
    public override PyType Type => Method.CallableType.ReturnType;

    /// <inheritdoc/>
    public override IrNodeKind NodeKind => IrNodeKind.MethodCall;
}
