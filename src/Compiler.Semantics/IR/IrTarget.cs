using PythonAot.Compiler.Semantics.Types;

namespace PythonAot.Compiler.Semantics.IR;

/// <summary>
/// What a for loop or an unpacking assignment binds: one variable, or a tuple pattern of nested targets (one of
/// which may be starred: <c>a, *rest = xs</c>). Field and item targets (<c>self.a, xs[i] = ...</c>) are lowered
/// to temporaries followed by stores.
/// </summary>
public sealed class IrTarget
{
    private IrTarget(IrVariable? variable, IReadOnlyList<IrTarget>? elements, PyType type, bool isStarred)
    {
        Variable = variable;
        Elements = elements;
        Type = type;
        IsStarred = isStarred;
    }

    /// <summary>A target that binds one variable.</summary>
    public static IrTarget ForVariable(IrVariable variable, bool isStarred = false) => new(variable, null, variable.Type, isStarred);

    /// <summary>A tuple pattern that unpacks a value of <paramref name="type"/> (a tuple, list or other iterable) into <paramref name="elements"/>.</summary>
    public static IrTarget ForTuple(IEnumerable<IrTarget> elements, PyType type, bool isStarred = false) => new(null, elements.ToArray(), type, isStarred);

    /// <summary>The variable bound, for a variable target.</summary>
    public IrVariable? Variable { get; set; }

    /// <summary>The nested targets, for a tuple pattern.</summary>
    public IReadOnlyList<IrTarget>? Elements { get; }

    /// <summary>The type of the value the target receives.</summary>
    public PyType Type { get; }

    /// <summary>Whether this is the starred element of its pattern (it receives a list).</summary>
    public bool IsStarred { get; }

    /// <summary>Every variable bound, left to right.</summary>
    public IEnumerable<IrVariable> Variables =>
        Variable is not null ? [Variable] : Elements!.SelectMany(e => e.Variables);

    /// <summary><c>x: int</c> or <c>(a: int, *b: list[int])</c>.</summary>
    public override string ToString() =>
        (IsStarred ? "*" : "") + (Variable is not null ? $"{Variable.Name}: {Type.DisplayName}" : "(" + string.Join(", ", Elements!) + (Elements!.Count == 1 ? ",)" : ")"));
}
