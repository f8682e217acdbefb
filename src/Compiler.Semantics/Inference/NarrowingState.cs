using System.Collections.Immutable;
using PythonAot.Compiler.Semantics.Binding;
using PythonAot.Compiler.Semantics.Types;

namespace PythonAot.Compiler.Semantics.Inference;

/// <summary>
/// Flow-sensitive narrowed types of variables at one point of a function (after <c>x is not None</c>,
/// <c>isinstance(x, C)</c>, or an assignment of a member of a declared union). Immutable: branches fork it and
/// <see cref="Join"/> keeps what both paths agree on.
/// </summary>
internal sealed class NarrowingState
{
    public static NarrowingState Empty { get; } = new(ImmutableDictionary<ScopeName, PyType>.Empty);

    private readonly ImmutableDictionary<ScopeName, PyType> _narrowed;

    private NarrowingState(ImmutableDictionary<ScopeName, PyType> narrowed) => _narrowed = narrowed;

    public PyType? Get(ScopeName name) => _narrowed.GetValueOrDefault(name);

    public NarrowingState With(ScopeName name, PyType type) => new(_narrowed.SetItem(name, type));

    public NarrowingState Without(ScopeName name) => _narrowed.ContainsKey(name) ? new(_narrowed.Remove(name)) : this;

    public NarrowingState WithoutAll(IEnumerable<ScopeName> names) => new(_narrowed.RemoveRange(names));

    /// <summary>What holds after either path: narrowings both have with equal types.</summary>
    public static NarrowingState Join(NarrowingState a, NarrowingState b)
    {
        var builder = ImmutableDictionary.CreateBuilder<ScopeName, PyType>();
        foreach (var (name, type) in a._narrowed)
            if (b._narrowed.TryGetValue(name, out var other) && other.Resolve() == type.Resolve()) builder[name] = type;
        return new NarrowingState(builder.ToImmutable());
    }
}
