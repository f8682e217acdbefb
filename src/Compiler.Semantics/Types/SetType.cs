namespace PythonAot.Compiler.Semantics.Types;

/// <summary><c>set[E]</c>.</summary>
public sealed record SetType(PyType Element) : PyType
{
    /// <inheritdoc/>
    public override PyTypeKind Kind => PyTypeKind.Set;

    /// <inheritdoc/>
    public override IReadOnlyList<PyType> TypeArguments => [Element];

    /// <inheritdoc/>
    public override string DisplayName => $"set[{Element.DisplayName}]";

    /// <inheritdoc/>
    protected override PyType WithTypeArguments(IReadOnlyList<PyType> arguments) => new SetType(arguments[0]);
}
