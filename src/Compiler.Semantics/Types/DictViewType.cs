namespace PythonAot.Compiler.Semantics.Types;

/// <summary>
/// A view of a <c>dict[K, V]</c>: what <c>d.keys()</c>, <c>d.values()</c> and <c>d.items()</c> return
/// (<see cref="DictKeysType"/>, <see cref="DictValuesType"/>, <see cref="DictItemsType"/>). A view is live: it holds the
/// dict, not a copy, so it sees every later change of the dict. The three views are distinct types (their records differ),
/// each carrying the dict's key and value types, so that unification and overload matching never confuse them.
/// </summary>
public abstract record DictViewType(PyType Key, PyType Value) : PyType
{
    /// <summary>CPython's name of the view's class: <c>dict_keys</c>, <c>dict_values</c> or <c>dict_items</c>.</summary>
    public abstract string ClassName { get; }

    /// <summary>What iterating the view yields: K for keys, V for values, <c>tuple[K, V]</c> for items.</summary>
    public abstract PyType Element { get; }

    /// <inheritdoc/>
    public sealed override IReadOnlyList<PyType> TypeArguments => [Key, Value];

    /// <inheritdoc/>
    public sealed override string DisplayName => $"{ClassName}[{Key.DisplayName}, {Value.DisplayName}]";

    /// <summary>The view of the same class over <paramref name="key"/> and <paramref name="value"/>.</summary>
    public static DictViewType Create(string className, PyType key, PyType value) => className switch
    {
        DictKeysType.Name => new DictKeysType(key, value),
        DictValuesType.Name => new DictValuesType(key, value),
        DictItemsType.Name => new DictItemsType(key, value),
        _ => throw new ArgumentException($"'{className}' is not a dict view class", nameof(className)),
    };
}
