namespace PythonAot.Compiler.Semantics.Types;

/// <summary>
/// The one native type of a Python value. Types are immutable records compared structurally, except
/// <see cref="TypeVariable"/>, which stands for a type that inference has not fixed yet and is bound in place
/// (union-find). Call <see cref="Resolve"/> before comparing types that may contain bound variables.
/// </summary>
public abstract record PyType
{
    /// <summary>64-bit signed integer; overflow raises OverflowError.</summary>
    public static PyType Int { get; } = new PrimitiveType(PrimitiveTypeKind.Int);

    /// <summary>IEEE binary64.</summary>
    public static PyType Float { get; } = new PrimitiveType(PrimitiveTypeKind.Float);

    /// <summary>bool (a subtype of int in Python; converted explicitly here).</summary>
    public static PyType Bool { get; } = new PrimitiveType(PrimitiveTypeKind.Bool);

    /// <summary>str: a sequence of code points.</summary>
    public static PyType Str { get; } = new PrimitiveType(PrimitiveTypeKind.Str);

    /// <summary>bytes.</summary>
    public static PyType Bytes { get; } = new PrimitiveType(PrimitiveTypeKind.Bytes);

    /// <summary>The type of None.</summary>
    public static PyType None { get; } = new PrimitiveType(PrimitiveTypeKind.None);

    /// <summary>The object a call to range() returns.</summary>
    public static PyType Range { get; } = new PrimitiveType(PrimitiveTypeKind.Range);

    /// <summary>A slice object (a[i:j]).</summary>
    public static PyType Slice { get; } = new PrimitiveType(PrimitiveTypeKind.Slice);

    /// <summary><c>object</c>: accepted by parameters that take any value (print, repr, str, isinstance).</summary>
    public static PyType Object { get; } = new PrimitiveType(PrimitiveTypeKind.Object);

    /// <summary>A torch tensor.</summary>
    public static PyType Tensor { get; } = new PrimitiveType(PrimitiveTypeKind.Tensor);

    /// <summary>The type of an expression whose type could not be determined; a diagnostic was reported for it.</summary>
    public static PyType Error { get; } = new ErrorType();

    /// <summary>Makes <c>T | None</c>.</summary>
    public static PyType Optional(PyType type) => UnionType.Create([type, None]);

    /// <summary>The kind of type.</summary>
    public abstract PyTypeKind Kind { get; }

    /// <summary>The type arguments (element types of containers, members of a union, ...), in order.</summary>
    public virtual IReadOnlyList<PyType> TypeArguments => [];

    /// <summary>Python's spelling of the type: <c>int</c>, <c>list[str]</c>, <c>dict[str, int]</c>, <c>int | None</c>.</summary>
    public abstract string DisplayName { get; }

    /// <summary>Whether the type (after resolving bound variables) still contains an unbound type variable.</summary>
    public bool ContainsTypeVariables => Resolve().AnyPart(t => t is TypeVariable);

    /// <summary>Whether the type contains a generic type parameter (only op-library signatures do).</summary>
    public bool ContainsTypeParameters => AnyPart(t => t is TypeParameter);

    /// <summary>Whether the type is or contains <see cref="Error"/>.</summary>
    public bool ContainsError => Resolve().AnyPart(t => t is ErrorType);

    /// <summary>Replaces every bound type variable by what it is bound to, recursively.</summary>
    public PyType Resolve() => Map(static t => t is TypeVariable v ? v.Prune() is TypeVariable free ? free : v.Prune().Resolve() : null);

    /// <summary>
    /// Rebuilds the type bottom-up: <paramref name="replace"/> is asked for every part first (outermost first);
    /// a non-null answer replaces that part, null descends into it.
    /// </summary>
    public PyType Map(Func<PyType, PyType?> replace)
    {
        var replaced = replace(this);
        if (replaced is not null) return replaced;
        if (TypeArguments.Count == 0) return this;
        var changed = false;
        var arguments = new PyType[TypeArguments.Count];
        for (var i = 0; i < arguments.Length; i++)
        {
            arguments[i] = TypeArguments[i].Map(replace);
            changed |= !ReferenceEquals(arguments[i], TypeArguments[i]);
        }
        return changed ? WithTypeArguments(arguments) : this;
    }

    /// <summary>Whether this type or any part of it satisfies <paramref name="predicate"/>.</summary>
    public bool AnyPart(Func<PyType, bool> predicate)
    {
        if (predicate(this)) return true;
        foreach (var argument in TypeArguments)
            if (argument.AnyPart(predicate)) return true;
        return false;
    }

    /// <summary>The same type constructor over new type arguments (same count as <see cref="TypeArguments"/>).</summary>
    protected virtual PyType WithTypeArguments(IReadOnlyList<PyType> arguments) => this;

    internal PyType RebuildWith(IReadOnlyList<PyType> arguments) => WithTypeArguments(arguments);

    /// <summary>Whether this is int, float or bool.</summary>
    public bool IsNumeric => this is PrimitiveType { PrimitiveKind: PrimitiveTypeKind.Int or PrimitiveTypeKind.Float or PrimitiveTypeKind.Bool };

    /// <inheritdoc/>
    public sealed override string ToString() => DisplayName;
}
