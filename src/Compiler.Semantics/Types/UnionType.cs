namespace PythonAot.Compiler.Semantics.Types;

/// <summary>
/// <c>A | B</c>; <c>Optional[T]</c> is <c>T | None</c>. Always flat, without duplicates, with at least two members,
/// None last: make one with <see cref="Create"/>, which returns the single member when only one remains.
/// </summary>
public sealed record UnionType : PyType
{
    private UnionType(IReadOnlyList<PyType> members) => Members = members;

    /// <summary>The members, in order of first appearance, None last.</summary>
    public IReadOnlyList<PyType> Members { get; }

    /// <summary>Flattens nested unions, removes duplicates, puts None last.</summary>
    public static PyType Create(IEnumerable<PyType> members)
    {
        var flat = new List<PyType>();
        foreach (var member in members)
        {
            foreach (var part in member is UnionType union ? union.Members : [member])
                if (!flat.Contains(part)) flat.Add(part);
        }
        if (flat.Remove(None)) flat.Add(None);
        return flat.Count == 1 ? flat[0] : new UnionType(flat);
    }

    /// <summary>Whether None is a member (the type is Optional).</summary>
    public bool IsOptional => Members.Contains(None);

    /// <summary>The union without None (the type an <c>is not None</c> test narrows to).</summary>
    public PyType WithoutNone => Create(Members.Where(m => m != None));

    /// <inheritdoc/>
    public override PyTypeKind Kind => PyTypeKind.Union;

    /// <inheritdoc/>
    public override IReadOnlyList<PyType> TypeArguments => Members;

    /// <inheritdoc/>
    public override string DisplayName => string.Join(" | ", Members.Select(m => m.DisplayName));

    /// <inheritdoc/>
    protected override PyType WithTypeArguments(IReadOnlyList<PyType> arguments) => Create(arguments);

    /// <inheritdoc/>
    public bool Equals(UnionType? other) => other is not null && Members.SequenceEqual(other.Members);

    /// <inheritdoc/>
    public override int GetHashCode() => Members.Aggregate(5, (hash, m) => HashCode.Combine(hash, m));
}
