namespace PythonAot.Compiler.Semantics.Types;

/// <summary>Python facts about types that several layers need (what iterating a value yields, which types are hashable).</summary>
public static class TypeFacts
{
    /// <summary>
    /// The type of the items a for loop over a value of this type gets: list[T]/set[T]/Iterator[T]/Iterable[T] → T,
    /// dict[K, V] → K, dict_keys[K, V] → K, dict_values[K, V] → V, dict_items[K, V] → tuple[K, V], str → str,
    /// range → int, bytes → int, tuple[T, ...] → T, a tuple whose elements all have one type → that type,
    /// Generator[Y, S, R] → Y. Null when the type is not iterable (or not known yet).
    /// </summary>
    public static PyType? GetIterationType(PyType type) => type.Resolve() switch
    {
        ListType list => list.Element,
        SetType set => set.Element,
        IteratorType iterator => iterator.Element,
        IterableType iterable => iterable.Element,
        GeneratorType generator => generator.Yield,
        DictType dict => dict.Key,
        DictViewType view => view.Element,
        TupleType { IsVariadic: true } tuple => tuple.Elements[0],
        TupleType { Elements.Count: > 0 } tuple when tuple.Elements.All(e => e == tuple.Elements[0]) => tuple.Elements[0],
        PrimitiveType { PrimitiveKind: PrimitiveTypeKind.Str } => PyType.Str,
        PrimitiveType { PrimitiveKind: PrimitiveTypeKind.Range or PrimitiveTypeKind.Bytes } => PyType.Int,
        _ => null,
    };

    /// <summary>
    /// Whether values of the type can be dict keys and set members. The keys and items views are unhashable (they
    /// define set-like equality); a values view hashes by identity, as CPython's object default does.
    /// </summary>
    public static bool IsHashable(PyType type) => type.Resolve() switch
    {
        ListType or DictType or SetType or DictKeysType or DictItemsType => false,
        TupleType tuple => tuple.Elements.All(IsHashable),
        UnionType union => union.Members.All(IsHashable),
        _ => true,
    };
}
