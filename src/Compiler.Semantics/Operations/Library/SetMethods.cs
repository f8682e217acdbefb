namespace PythonAot.Compiler.Semantics.Operations.Library;

/// <summary>
/// The methods of set (<c>set.add</c>, <c>set.union</c>, ...). Unlike the operators (<c>a | b</c> needs two sets),
/// the named methods accept any iterable, as in Python.
/// </summary>
internal static class SetMethods
{
    private const OperationKind M = OperationKind.Method;
    private const OperationEffects Mutates = OperationEffects.MutatesArgument;

    public static void Register(OperationLibraryBuilder b)
    {
        b.Add("set.add", M, "(self: set[T], element: T, /) -> None", Mutates, ["TypeError"], 0, "adds the item (no effect when present); TypeError for an unhashable item");
        b.Add("set.discard", M, "(self: set[T], element: T, /) -> None", Mutates, [], 0, "removes the item when present");
        b.Add("set.remove", M, "(self: set[T], element: T, /) -> None", Mutates, ["KeyError"], 0, "removes the item; KeyError when absent");
        b.Add("set.pop", M, "(self: set[T], /) -> T", Mutates, ["KeyError"], 0, "removes and returns an arbitrary item; KeyError when empty");
        b.Add("set.clear", M, "(self: set[T], /) -> None", Mutates, [], 0, "removes every item");
        b.Add("set.copy", M, "(self: set[T], /) -> set[T]", documentation: "a shallow copy");
        b.Add("set.union", M, "(self: set[T], /, *others: Iterator[T]) -> set[T]", documentation: "a new set with the items of self and of every iterable");
        b.Add("set.intersection", M, "(self: set[T], /, *others: Iterator[T]) -> set[T]", documentation: "a new set with the items of self that are in every iterable");
        b.Add("set.difference", M, "(self: set[T], /, *others: Iterator[T]) -> set[T]", documentation: "a new set with the items of self that are in none of the iterables");
        b.Add("set.symmetric_difference", M, "(self: set[T], other: Iterator[T], /) -> set[T]", documentation: "a new set with the items in exactly one of self and other");
        b.Add("set.issubset", M, "(self: set[T], other: Iterator[T], /) -> bool", documentation: "whether every item of self is in other");
        b.Add("set.issuperset", M, "(self: set[T], other: Iterator[T], /) -> bool", documentation: "whether every item of other is in self");
        b.Add("set.isdisjoint", M, "(self: set[T], other: Iterator[T], /) -> bool", documentation: "whether self and other have no item in common");
        b.Add("set.update", M, "(self: set[T], /, *others: Iterator[T]) -> None", Mutates, [], 0, "adds the items of every iterable");
        b.Add("set.intersection_update", M, "(self: set[T], /, *others: Iterator[T]) -> None", Mutates, [], 0, "keeps only the items found in every iterable");
        b.Add("set.difference_update", M, "(self: set[T], /, *others: Iterator[T]) -> None", Mutates, [], 0, "removes the items of every iterable");
        b.Add("set.symmetric_difference_update", M, "(self: set[T], other: Iterator[T], /) -> None", Mutates, [], 0, "keeps the items in exactly one of self and other");
    }
}
