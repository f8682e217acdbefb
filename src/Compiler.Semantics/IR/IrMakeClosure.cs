using PythonAot.Compiler.Semantics.Types;

namespace PythonAot.Compiler.Semantics.IR;

/// <summary>
/// A function value: a lifted nested function or lambda bound to the variables it captures (by reference, as
/// CPython's cells), or a plain function reference when it captures nothing. <see cref="CapturedVariables"/>
/// are variables of the enclosing function, one per <see cref="IrFunction.Captures"/> entry of the target.
/// </summary>
public sealed class IrMakeClosure(IrFunction function, IEnumerable<IrVariable> capturedVariables) : IrExpression
{
    /// <summary>The function instance.</summary>
    public IrFunction Function { get; set; } = function;

    /// <summary>The enclosing function's variables bound to the target's captures, in order.</summary>
    public List<IrVariable> CapturedVariables { get; } = capturedVariables.ToList();

    /// <inheritdoc/>
    public override PyType Type => Function.CallableType;

    /// <inheritdoc/>
    public override IrNodeKind NodeKind => IrNodeKind.MakeClosure;
}
