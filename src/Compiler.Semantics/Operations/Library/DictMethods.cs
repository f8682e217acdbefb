namespace PythonAot.Compiler.Semantics.Operations.Library;

/// <summary>
/// The methods of dict (<c>dict.get</c>, <c>dict.items</c>, ...). <c>keys()</c>, <c>values()</c> and <c>items()</c>
/// return live views of the dict, as in Python (their operations are in <see cref="DictViews"/>).
/// </summary>
internal static class DictMethods
{
    private const OperationKind M = OperationKind.Method;
    private const OperationEffects Mutates = OperationEffects.MutatesArgument;

    public static void Register(OperationLibraryBuilder b)
    {
        b.Add("dict.get", M, "(self: dict[K, V], key: K, /) -> V | None", documentation: "the value for key, or None");
        b.Add("dict.get", M, "(self: dict[K, V], key: K, default: V, /) -> V", documentation: "the value for key, or default");
        b.Add("dict.get", M, "(self: dict[K, V], key: K, default: T, /) -> V | T", documentation: "the value for key, or default (of another type)");
        b.Add("dict.keys", M, "(self: dict[K, V], /) -> dict_keys[K, V]", documentation: "a live, set-like view of the keys (in insertion order)");
        b.Add("dict.values", M, "(self: dict[K, V], /) -> dict_values[K, V]", documentation: "a live view of the values (in insertion order)");
        b.Add("dict.items", M, "(self: dict[K, V], /) -> dict_items[K, V]", documentation: "a live, set-like view of the (key, value) pairs (in insertion order)");
        b.Add("dict.pop", M, "(self: dict[K, V], key: K, /) -> V", Mutates, ["KeyError"], 0, "removes key and returns its value; KeyError when absent");
        b.Add("dict.pop", M, "(self: dict[K, V], key: K, default: V, /) -> V", Mutates, [], 0, "removes key and returns its value, or default when absent");
        b.Add("dict.popitem", M, "(self: dict[K, V], /) -> tuple[K, V]", Mutates, ["KeyError"], 0, "removes and returns the last inserted pair; KeyError when empty");
        b.Add("dict.setdefault", M, "(self: dict[K, V], key: K, default: V, /) -> V", Mutates, [], 0, "the value for key, inserting default first when absent");
        b.Add("dict.update", M, "(self: dict[K, V], other: dict[K, V], /) -> None", Mutates, [], 0, "sets every key of other to its value there");
        b.Add("dict.update", M, "(self: dict[K, V], other: Iterator[tuple[K, V]], /) -> None", Mutates, ["ValueError"], 0, "sets the key of each pair to its value");
        b.Add("dict.clear", M, "(self: dict[K, V], /) -> None", Mutates, [], 0, "removes every key");
        b.Add("dict.copy", M, "(self: dict[K, V], /) -> dict[K, V]", documentation: "a shallow copy");
    }
}
