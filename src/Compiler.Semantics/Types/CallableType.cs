namespace PythonAot.Compiler.Semantics.Types;

/// <summary><c>Callable[[A, B], R]</c>: a function value with positional parameters.</summary>
public sealed record CallableType : PyType
{
    /// <summary>A callable taking <paramref name="parameters"/> and returning <paramref name="returnType"/>.</summary>
    public CallableType(IReadOnlyList<PyType> parameters, PyType returnType)
    {
        Parameters = parameters.ToArray();
        ReturnType = returnType;
    }

    /// <summary>The parameter types.</summary>
    public IReadOnlyList<PyType> Parameters { get; }

    /// <summary>The return type.</summary>
    public PyType ReturnType { get; }

    /// <inheritdoc/>
    public override PyTypeKind Kind => PyTypeKind.Callable;

    /// <inheritdoc/>
    public override IReadOnlyList<PyType> TypeArguments => [.. Parameters, ReturnType];

    /// <inheritdoc/>
    public override string DisplayName => $"Callable[[{string.Join(", ", Parameters.Select(p => p.DisplayName))}], {ReturnType.DisplayName}]";

    /// <inheritdoc/>
    protected override PyType WithTypeArguments(IReadOnlyList<PyType> arguments) => new CallableType(arguments.Take(arguments.Count - 1).ToArray(), arguments[^1]);

    /// <inheritdoc/>
    public bool Equals(CallableType? other) => other is not null && ReturnType == other.ReturnType && Parameters.SequenceEqual(other.Parameters);

    /// <inheritdoc/>
    public override int GetHashCode() => Parameters.Aggregate(ReturnType.GetHashCode(), (hash, p) => HashCode.Combine(hash, p));
}
