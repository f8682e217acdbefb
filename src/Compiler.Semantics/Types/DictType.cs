namespace PythonAot.Compiler.Semantics.Types;

/// <summary><c>dict[K, V]</c>: insertion-ordered.</summary>
public sealed record DictType(PyType Key, PyType Value) : PyType
{
    /// <inheritdoc/>
    public override PyTypeKind Kind => PyTypeKind.Dict;

    /// <inheritdoc/>
    public override IReadOnlyList<PyType> TypeArguments => [Key, Value];

    /// <inheritdoc/>
    public override string DisplayName => $"dict[{Key.DisplayName}, {Value.DisplayName}]";

    /// <inheritdoc/>
    protected override PyType WithTypeArguments(IReadOnlyList<PyType> arguments) => new DictType(arguments[0], arguments[1]);
}
