using PythonAot.Compiler.Semantics.Symbols;

namespace PythonAot.Compiler.Semantics.IR;

/// <summary>
/// <c>obj.field = value</c> on a user class instance. (Item stores, <c>xs[i] = v</c>, are calls of the
/// <c>operator.setitem</c> overload in an <see cref="IrEvaluate"/>, so they carry an overload and checks.)
/// </summary>
public sealed class IrStoreField(IrExpression instance, FieldSymbol field, IrExpression value) : IrStatement
{
    /// <summary>The instance.</summary>
    public IrExpression Instance { get; set; } = instance;

    /// <summary>The field written.</summary>
    public FieldSymbol Field { get; set; } = field;

    /// <summary>The value (its type equals the field's type).</summary>
    public IrExpression Value { get; set; } = value;

    /// <inheritdoc/>
    public override IrNodeKind NodeKind => IrNodeKind.StoreField;
}
