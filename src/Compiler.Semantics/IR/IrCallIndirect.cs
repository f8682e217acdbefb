using PythonAot.Compiler.Semantics.Types;

namespace PythonAot.Compiler.Semantics.IR;

/// <summary>A call of a callable value (a closure, a function passed as an argument): <c>f(x)</c> where <c>f: Callable[[int], int]</c>.</summary>
public sealed class IrCallIndirect(IrExpression callee, IEnumerable<IrExpression> arguments) : IrExpression
{
    /// <summary>The callee, of a <see cref="CallableType"/>.</summary>
    public IrExpression Callee { get; set; } = callee;

    /// <summary>One argument per parameter of the callable type.</summary>
    public List<IrExpression> Arguments { get; } = arguments.ToList();

    /// <inheritdoc/>
    public override PyType Type => Callee.Type is CallableType callable ? callable.ReturnType : PyType.Error;

    /// <inheritdoc/>
    public override IrNodeKind NodeKind => IrNodeKind.CallIndirect;
}
