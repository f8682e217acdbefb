using PythonAot.Compiler.Semantics.Symbols;
using PythonAot.Compiler.Semantics.Types;

namespace PythonAot.Compiler.Semantics.IR;

/// <summary>Reads a field of a user class instance: <c>p.x</c>.</summary>
public sealed class IrFieldLoad(IrExpression instance, FieldSymbol field) : IrExpression
{
    /// <summary>The instance.</summary>
    public IrExpression Instance { get; set; } = instance;

    /// <summary>The field read.</summary>
    public FieldSymbol Field { get; set; } = field;

    /// <inheritdoc/>
    public override PyType Type => Field.Type.Resolve();

    /// <inheritdoc/>
    public override IrNodeKind NodeKind => IrNodeKind.FieldLoad;
}
