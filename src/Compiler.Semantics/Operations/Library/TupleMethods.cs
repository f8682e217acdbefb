namespace PythonAot.Compiler.Semantics.Operations.Library;

/// <summary>The methods of tuple: over a homogeneous <c>tuple[T, ...]</c> (a fixed-shape tuple of one item type converts to it).</summary>
internal static class TupleMethods
{
    private const OperationKind M = OperationKind.Method;

    public static void Register(OperationLibraryBuilder b)
    {
        b.Add("tuple.count", M, "(self: tuple[T, ...], value: T, /) -> int", documentation: "the number of items == value");
        b.Add("tuple.index", M, "(self: tuple[T, ...], value: T, start: int = ..., stop: int = ..., /) -> int", raises: ["ValueError"], documentation: "the index of the first item == value in [start:stop]; ValueError when there is none");
    }
}
