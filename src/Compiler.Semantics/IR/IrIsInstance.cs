using PythonAot.Compiler.Semantics.Types;

namespace PythonAot.Compiler.Semantics.IR;

/// <summary>
/// <c>isinstance(value, T)</c> and the <c>value is None</c> test: whether the runtime value is of
/// <see cref="TestedType"/> (a class type also matches subclasses; None tests the None member of an optional).
/// </summary>
public sealed class IrIsInstance(IrExpression value, PyType testedType) : IrExpression
{
    /// <summary>The value tested.</summary>
    public IrExpression Value { get; set; } = value;

    /// <summary>The type tested for: a class type, a primitive (int, str, None) or a container type of a union member.</summary>
    public PyType TestedType { get; set; } = testedType;

    /// <inheritdoc/>
    public override PyType Type => PyType.Bool;

    /// <inheritdoc/>
    public override IrNodeKind NodeKind => IrNodeKind.IsInstance;
}
