namespace PythonAot.Compiler.Semantics.Types;

/// <summary><c>dict_keys[K, V]</c>: <c>d.keys()</c>, a live, set-like view of the keys of a <c>dict[K, V]</c>.</summary>
public sealed record DictKeysType(PyType Key, PyType Value) : DictViewType(Key, Value)
{
    /// <summary>CPython's class name.</summary>
    public const string Name = "dict_keys";

    /// <inheritdoc/>
    public override PyTypeKind Kind => PyTypeKind.DictKeys;

    /// <inheritdoc/>
    public override string ClassName => Name;

    /// <inheritdoc/>
    public override PyType Element => Key;

    /// <inheritdoc/>
    protected override PyType WithTypeArguments(IReadOnlyList<PyType> arguments) => new DictKeysType(arguments[0], arguments[1]);
}
