namespace PythonAot.Compiler.Semantics.Types;

/// <summary>
/// A type inference has not fixed yet: the element type of <c>xs = []</c> until <c>xs.append(1.5)</c>, a variable's
/// type before its first assignment is seen. Bound at most once (union-find: a variable may be bound to another
/// variable); compared by identity.
/// </summary>
public sealed record TypeVariable : PyType
{
    private static int s_nextId;

    /// <summary>A fresh unbound variable.</summary>
    public TypeVariable() => Id = Interlocked.Increment(ref s_nextId);

    /// <summary>A number that tells variables apart in printed types (<c>?12</c>).</summary>
    public int Id { get; }

    /// <summary>What the variable is bound to, or null.</summary>
    public PyType? Instance { get; private set; }

    /// <summary>Follows the chain of bindings to an unbound variable or a non-variable type.</summary>
    public PyType Prune()
    {
        if (Instance is TypeVariable next)
        {
            var end = next.Prune();
            Instance = end; // path compression
            return end;
        }
        return Instance ?? this;
    }

    /// <summary>Binds an unbound variable. Binding is undone through <see cref="Unbind"/> only by a failed trial unification.</summary>
    internal void Bind(PyType type)
    {
        if (Instance is not null) throw new InvalidOperationException($"?{Id} is already bound");
        Instance = type;
    }

    internal void Unbind() => Instance = null;

    /// <inheritdoc/>
    public override PyTypeKind Kind => PyTypeKind.TypeVariable;

    /// <inheritdoc/>
    public override string DisplayName => Prune() is TypeVariable free ? $"?{free.Id}" : Prune().DisplayName;

    /// <inheritdoc/>
    public bool Equals(TypeVariable? other) => ReferenceEquals(this, other);

    /// <inheritdoc/>
    public override int GetHashCode() => Id;
}
