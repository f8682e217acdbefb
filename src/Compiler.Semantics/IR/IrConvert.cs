using PythonAot.Compiler.Semantics.Types;

namespace PythonAot.Compiler.Semantics.IR;

/// <summary>An explicit conversion of <see cref="Value"/> to <see cref="TargetType"/>.</summary>
public sealed class IrConvert(IrExpression value, PyType targetType, IrConversionKind conversionKind) : IrExpression
{
    /// <summary>The converted value.</summary>
    public IrExpression Value { get; set; } = value;

    /// <summary>The type after conversion.</summary>
    public PyType TargetType { get; set; } = targetType;

    /// <summary>The kind of conversion.</summary>
    public IrConversionKind ConversionKind { get; set; } = conversionKind;

    /// <inheritdoc/>
    public override PyType Type => TargetType;

    /// <inheritdoc/>
    public override IrNodeKind NodeKind => IrNodeKind.Convert;
}
