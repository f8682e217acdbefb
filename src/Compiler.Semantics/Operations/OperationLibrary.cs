using System.Collections.Immutable;
using PythonAot.Compiler.Semantics.Types;

namespace PythonAot.Compiler.Semantics.Operations;

/// <summary>
/// The registry of elementary operations: every operator, builtin function, method of a builtin type and library
/// module function PythonAot can translate, each with typed overloads. Type propagation is overload resolution over
/// this registry. Immutable: <see cref="WithOverloads"/> and <see cref="WithNativeType"/> return a new library, so a
/// compilation's library never changes under it. Start from <see cref="Default"/> to add your own native operations.
/// </summary>
public sealed class OperationLibrary
{
    private static readonly Lazy<OperationLibrary> s_default = new(() => BuiltinOperationLibrary.Create());

    private readonly ImmutableDictionary<string, Operation> _operations;
    private readonly ImmutableDictionary<string, PyType> _namedTypes;

    private OperationLibrary(ImmutableDictionary<string, Operation> operations, ImmutableDictionary<string, PyType> namedTypes)
    {
        _operations = operations;
        _namedTypes = namedTypes;
    }

    /// <summary>A library without operations.</summary>
    public static OperationLibrary Empty { get; } = new(ImmutableDictionary<string, Operation>.Empty, ImmutableDictionary<string, PyType>.Empty);

    /// <summary>Python's operators, builtins, methods of str/list/dict/set and the supported library modules.</summary>
    public static OperationLibrary Default => s_default.Value;

    /// <summary>All operations, ordered by name.</summary>
    public IEnumerable<Operation> Operations => _operations.Values.OrderBy(o => o.Name, StringComparer.Ordinal);

    /// <summary>All overloads of all operations.</summary>
    public IEnumerable<OperationOverload> Overloads => Operations.SelectMany(o => o.Overloads);

    /// <summary>The operation with a qualified name (<c>operator.add</c>, <c>builtins.len</c>, <c>str.join</c>, <c>math.sqrt</c>), or null.</summary>
    public Operation? GetOperation(string name) => _operations.GetValueOrDefault(name);

    /// <summary>The library modules that have operations (<c>math</c>, ...): these can be imported.</summary>
    public IReadOnlyCollection<string> Modules =>
        _operations.Values.Where(o => o.Kind is OperationKind.ModuleFunction or OperationKind.ModuleAttribute).Select(o => o.Container).Distinct().Order(StringComparer.Ordinal).ToArray();

    /// <summary>Named opaque or aliased types usable in annotations and signatures (<c>Tensor</c>, a user's <c>Image</c>).</summary>
    public IReadOnlyDictionary<string, PyType> NamedTypes => _namedTypes;

    /// <summary>A library with <paramref name="overloads"/> added after the existing overloads of the same operations.</summary>
    public OperationLibrary WithOverloads(IEnumerable<OperationOverload> overloads)
    {
        var builder = _operations.ToBuilder();
        foreach (var overload in overloads)
        {
            if (builder.TryGetValue(overload.OperationName, out var existing))
            {
                if (existing.Kind != overload.Kind)
                    throw new ArgumentException($"{overload}: {overload.OperationName} is already registered as {existing.Kind}", nameof(overloads));
                builder[overload.OperationName] = new Operation(existing.Name, existing.Kind, [.. existing.Overloads, overload]);
            }
            else
            {
                builder[overload.OperationName] = new Operation(overload.OperationName, overload.Kind, [overload]);
            }
        }
        return new OperationLibrary(builder.ToImmutable(), _namedTypes);
    }

    /// <summary>A library with one more overload.</summary>
    public OperationLibrary WithOverload(OperationOverload overload) => WithOverloads([overload]);

    /// <summary>
    /// Defines and adds an overload from a stub signature, e.g.
    /// <c>library.WithOperation("imaging.resize", OperationKind.ModuleFunction, "(image: Image, width: int, height: int) -> Image")</c>.
    /// </summary>
    public OperationLibrary WithOperation(string name, OperationKind kind, string signature, OperationEffects effects = OperationEffects.Pure, IReadOnlyList<string>? raises = null, IReadOnlyDictionary<string, string>? implementations = null, string? documentation = null) =>
        WithOverload(new OperationOverload(name, kind, OperationSignatureParser.Parse(signature, ResolveNamedType), effects, raises, implementations: implementations, documentation: documentation));

    /// <summary>A library where <paramref name="name"/> names a type in annotations and signatures (a native library's opaque type).</summary>
    public OperationLibrary WithNativeType(string name, PyType? type = null) =>
        new(_operations, _namedTypes.SetItem(name, type ?? new NativeType(name)));

    /// <summary>Resolves a name registered through <see cref="WithNativeType"/>, or null.</summary>
    public PyType? ResolveNamedType(string name) => _namedTypes.GetValueOrDefault(name);

    /// <summary>How many overloads have an implementation for <paramref name="backend"/>, out of how many.</summary>
    public (int Implemented, int Total) GetCoverage(string backend)
    {
        var all = Overloads.ToList();
        return (all.Count(o => o.Implementations.ContainsKey(backend)), all.Count);
    }
}
