using PythonAot.Compiler.Semantics.Types;

namespace PythonAot.Compiler.Semantics.IR;

/// <summary>
/// A display: <c>[a, b]</c>, <c>(a, b)</c>, <c>{a, b}</c>, <c>{k: v}</c>. For a dict, <see cref="Elements"/> holds
/// key, value, key, value...; the type is stated because an empty display has no element to infer it from.
/// </summary>
public sealed class IrBuild(IrBuildKind buildKind, PyType type, IEnumerable<IrExpression> elements) : IrExpression
{
    /// <summary>List, tuple, set or dict.</summary>
    public IrBuildKind BuildKind { get; } = buildKind;

    /// <summary>The elements (key-value pairs flattened for a dict).</summary>
    public List<IrExpression> Elements { get; } = elements.ToList();

    /// <summary>The container type.</summary>
    public PyType BuiltType { get; set; } = type;

    /// <inheritdoc/>
    public override PyType Type => BuiltType;

    /// <inheritdoc/>
    public override IrNodeKind NodeKind => IrNodeKind.Build;
}
