namespace PythonAot.Compiler.Semantics.Types;

/// <summary><c>list[E]</c>.</summary>
public sealed record ListType(PyType Element) : PyType
{
    /// <inheritdoc/>
    public override PyTypeKind Kind => PyTypeKind.List;

    /// <inheritdoc/>
    public override IReadOnlyList<PyType> TypeArguments => [Element];

    /// <inheritdoc/>
    public override string DisplayName => $"list[{Element.DisplayName}]";

    /// <inheritdoc/>
    protected override PyType WithTypeArguments(IReadOnlyList<PyType> arguments) => new ListType(arguments[0]);
}
