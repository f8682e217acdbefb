namespace PythonAot.Compiler.Semantics.Types;

/// <summary>
/// <c>tuple[A, B, C]</c> (fixed length, one type per position) or, when <see cref="IsVariadic"/>,
/// <c>tuple[T, ...]</c> (any length, one element type).
/// </summary>
public sealed record TupleType : PyType
{
    /// <summary>A fixed-length tuple.</summary>
    public TupleType(IReadOnlyList<PyType> elements) : this(elements, isVariadic: false)
    {
    }

    private TupleType(IReadOnlyList<PyType> elements, bool isVariadic)
    {
        Elements = elements.ToArray();
        IsVariadic = isVariadic;
    }

    /// <summary><c>tuple[T, ...]</c>.</summary>
    public static TupleType Variadic(PyType element) => new([element], isVariadic: true);

    /// <summary>The element types by position (one type when <see cref="IsVariadic"/>).</summary>
    public IReadOnlyList<PyType> Elements { get; }

    /// <summary>Whether this is <c>tuple[T, ...]</c>.</summary>
    public bool IsVariadic { get; }

    /// <inheritdoc/>
    public override PyTypeKind Kind => PyTypeKind.Tuple;

    /// <inheritdoc/>
    public override IReadOnlyList<PyType> TypeArguments => Elements;

    /// <inheritdoc/>
    public override string DisplayName =>
        IsVariadic ? $"tuple[{Elements[0].DisplayName}, ...]"
        : Elements.Count == 0 ? "tuple[()]"
        : $"tuple[{string.Join(", ", Elements.Select(e => e.DisplayName))}]";

    /// <inheritdoc/>
    protected override PyType WithTypeArguments(IReadOnlyList<PyType> arguments) => new TupleType(arguments, IsVariadic);

    /// <inheritdoc/>
    public bool Equals(TupleType? other) => other is not null && IsVariadic == other.IsVariadic && Elements.SequenceEqual(other.Elements);

    /// <inheritdoc/>
    public override int GetHashCode() => Elements.Aggregate(IsVariadic ? 17 : 3, (hash, e) => HashCode.Combine(hash, e));
}
