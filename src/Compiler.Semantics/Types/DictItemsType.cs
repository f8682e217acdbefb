namespace PythonAot.Compiler.Semantics.Types;

/// <summary><c>dict_items[K, V]</c>: <c>d.items()</c>, a live, set-like view of the <c>(key, value)</c> pairs of a <c>dict[K, V]</c>.</summary>
public sealed record DictItemsType(PyType Key, PyType Value) : DictViewType(Key, Value)
{
    /// <summary>CPython's class name.</summary>
    public const string Name = "dict_items";

    /// <inheritdoc/>
    public override PyTypeKind Kind => PyTypeKind.DictItems;

    /// <inheritdoc/>
    public override string ClassName => Name;

    /// <inheritdoc/>
    public override PyType Element => new TupleType([Key, Value]);

    /// <inheritdoc/>
    protected override PyType WithTypeArguments(IReadOnlyList<PyType> arguments) => new DictItemsType(arguments[0], arguments[1]);
}
