using PythonAot.Compiler.Semantics.Types;

namespace PythonAot.Compiler.Semantics.IR;

/// <summary>Reads a variable.</summary>
public sealed class IrLoad(IrVariable variable) : IrExpression
{
    /// <summary>The variable read.</summary>
    public IrVariable Variable { get; set; } = variable;

    /// <inheritdoc/>
    public override PyType Type => Variable.Type;

    /// <inheritdoc/>
    public override IrNodeKind NodeKind => IrNodeKind.Load;
}
