namespace PythonAot.Compiler.Semantics.Types;

/// <summary>
/// <c>dict_values[K, V]</c>: <c>d.values()</c>, a live view of the values of a <c>dict[K, V]</c>. Unlike the keys and
/// items views it is not set-like: CPython gives it no <c>__eq__</c>, so it compares (and hashes) by identity.
/// </summary>
public sealed record DictValuesType(PyType Key, PyType Value) : DictViewType(Key, Value)
{
    /// <summary>CPython's class name.</summary>
    public const string Name = "dict_values";

    /// <inheritdoc/>
    public override PyTypeKind Kind => PyTypeKind.DictValues;

    /// <inheritdoc/>
    public override string ClassName => Name;

    /// <inheritdoc/>
    public override PyType Element => Value;

    /// <inheritdoc/>
    protected override PyType WithTypeArguments(IReadOnlyList<PyType> arguments) => new DictValuesType(arguments[0], arguments[1]);
}
