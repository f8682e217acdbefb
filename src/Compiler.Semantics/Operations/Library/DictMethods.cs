namespace PythonAot.Compiler.Semantics.Operations.Library;

/// <summary>
/// The methods of dict (<c>dict.get</c>, <c>dict.items</c>, ...). <c>keys()</c>, <c>values()</c> and <c>items()</c>
/// are modelled as lists (a snapshot in insertion order), not as live views: iterating them, <c>len</c>, <c>in</c> and
/// indexing-free uses behave as in Python, but a view kept across a mutation of the dict does not see the change.
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
        b.Add("dict.keys", M, "(self: dict[K, V], /) -> list[K]", documentation: "the keys in insertion order (a list, not a live view)");
        b.Add("dict.values", M, "(self: dict[K, V], /) -> list[V]", documentation: "the values in insertion order (a list, not a live view)");
        b.Add("dict.items", M, "(self: dict[K, V], /) -> list[tuple[K, V]]", documentation: "the (key, value) pairs in insertion order (a list, not a live view)");
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
