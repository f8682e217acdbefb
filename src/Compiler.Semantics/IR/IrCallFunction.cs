using PythonAot.Compiler.Semantics.Types;

namespace PythonAot.Compiler.Semantics.IR;

/// <summary>A direct call of a user function instance (<c>square[int](x)</c>); argument types equal its parameter types.</summary>
public sealed class IrCallFunction(IrFunction function, IEnumerable<IrExpression> arguments) : IrExpression
{
    /// <summary>The function instance called.</summary>
    public IrFunction Function { get; set; } = function;

    /// <summary>One argument per parameter, in order (defaults and keywords already bound).</summary>
    public List<IrExpression> Arguments { get; } = arguments.ToList();

    /// <inheritdoc/>
    public override PyType Type => Function.CallableType.ReturnType;

    /// <inheritdoc/>
    public override IrNodeKind NodeKind => IrNodeKind.CallFunction;
}
