namespace PythonAot.Compiler.Semantics.Types;

/// <summary><c>Iterator[E]</c>.</summary>
public sealed record IteratorType(PyType Element) : PyType
{
    /// <inheritdoc/>
    public override PyTypeKind Kind => PyTypeKind.Iterator;

    /// <inheritdoc/>
    public override IReadOnlyList<PyType> TypeArguments => [Element];

    /// <inheritdoc/>
    public override string DisplayName => $"Iterator[{Element.DisplayName}]";

    /// <inheritdoc/>
    protected override PyType WithTypeArguments(IReadOnlyList<PyType> arguments) => new IteratorType(arguments[0]);
}
