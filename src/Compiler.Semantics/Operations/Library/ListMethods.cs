namespace PythonAot.Compiler.Semantics.Operations.Library;

/// <summary>The methods of list (<c>list.append</c>, <c>list.sort</c>, ...); the mutating ones mutate the receiver (parameter 0).</summary>
internal static class ListMethods
{
    private const OperationKind M = OperationKind.Method;
    private const OperationEffects Mutates = OperationEffects.MutatesArgument;

    public static void Register(OperationLibraryBuilder b)
    {
        b.Add("list.append", M, "(self: list[T], object: T, /) -> None", Mutates, [], 0, "adds the item at the end");
        b.Add("list.extend", M, "(self: list[T], iterable: Iterator[T], /) -> None", Mutates, [], 0, "adds the items of any iterable at the end");
        b.Add("list.insert", M, "(self: list[T], index: int, object: T, /) -> None", Mutates, [], 0, "inserts before index (clamped to the list; negative counts from the end)");
        b.Add("list.pop", M, "(self: list[T], index: int = ..., /) -> T", Mutates, ["IndexError"], 0, "removes and returns the item at index (the last by default); IndexError when empty or out of range");
        b.Add("list.remove", M, "(self: list[T], value: T, /) -> None", Mutates, ["ValueError"], 0, "removes the first item == value; ValueError when there is none");
        b.Add("list.clear", M, "(self: list[T], /) -> None", Mutates, [], 0, "removes every item");
        b.Add("list.copy", M, "(self: list[T], /) -> list[T]", documentation: "a shallow copy");
        b.Add("list.count", M, "(self: list[T], value: T, /) -> int", documentation: "the number of items == value");
        b.Add("list.index", M, "(self: list[T], value: T, start: int = ..., stop: int = ..., /) -> int", raises: ["ValueError"], documentation: "the index of the first item == value in [start:stop]; ValueError when there is none");
        b.Add("list.reverse", M, "(self: list[T], /) -> None", Mutates, [], 0, "reverses the list in place");
        b.Add("list.sort", M, "(self: list[T], /, *, reverse: bool = ...) -> None", Mutates, ["TypeError"], 0, "sorts in place (stable); TypeError when items are not ordered");
        b.Add("list.sort", M, "(self: list[T], /, *, key: Callable[[T], K], reverse: bool = ...) -> None", Mutates | OperationEffects.CallsArgument, ["TypeError"], 0, "sorts in place by key(item) (stable)");
    }
}
