namespace PythonAot.Compiler.Semantics.Types;

/// <summary>
/// <c>Iterable[E]</c>: any value a for loop can go over (a list, a dict, a str, a range, a generator, an iterator...).
/// Unlike <see cref="IteratorType"/> it is not one-pass: iterating a list passed as <c>Iterable[int]</c> twice sees
/// every item twice, as in CPython (iterating an iterator or generator passed as one continues it, as in CPython).
/// </summary>
public sealed record IterableType(PyType Element) : PyType
{
    /// <inheritdoc/>
    public override PyTypeKind Kind => PyTypeKind.Iterable;

    /// <inheritdoc/>
    public override IReadOnlyList<PyType> TypeArguments => [Element];

    /// <inheritdoc/>
    public override string DisplayName => $"Iterable[{Element.DisplayName}]";

    /// <inheritdoc/>
    protected override PyType WithTypeArguments(IReadOnlyList<PyType> arguments) => new IterableType(arguments[0]);
}
