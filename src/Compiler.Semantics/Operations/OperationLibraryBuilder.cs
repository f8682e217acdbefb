using PythonAot.Compiler.Semantics.Types;

namespace PythonAot.Compiler.Semantics.Operations;

/// <summary>
/// Collects overload definitions written as stub signatures; the declarative tables of the default library
/// (operators, builtins, methods, modules) are lists of <see cref="Add"/> calls on one of these.
/// </summary>
public sealed class OperationLibraryBuilder
{
    private readonly List<OperationOverload> _overloads = [];
    private readonly Dictionary<string, PyType> _namedTypes = new(StringComparer.Ordinal);

    /// <summary>Registers a named type (Tensor, a native library's opaque type) that later signatures may use.</summary>
    public OperationLibraryBuilder AddNamedType(string name, PyType type)
    {
        _namedTypes[name] = type;
        return this;
    }

    /// <summary>
    /// Adds an overload: <c>Add("operator.add", OperationKind.Operator, "(a: int, b: int, /) -> int", raises: ["OverflowError"])</c>.
    /// </summary>
    public OperationLibraryBuilder Add(
        string name,
        OperationKind kind,
        string signature,
        OperationEffects effects = OperationEffects.Pure,
        IReadOnlyList<string>? raises = null,
        int mutatedParameter = -1,
        string? documentation = null,
        IReadOnlyDictionary<string, string>? implementations = null)
    {
        var parsed = OperationSignatureParser.Parse(signature, n => _namedTypes.GetValueOrDefault(n));
        _overloads.Add(new OperationOverload(name, kind, parsed, effects, raises, mutatedParameter, implementations, documentation));
        return this;
    }

    /// <summary>Builds an immutable library from everything added.</summary>
    public OperationLibrary Build()
    {
        var library = OperationLibrary.Empty;
        foreach (var (name, type) in _namedTypes) library = library.WithNativeType(name, type);
        return library.WithOverloads(_overloads);
    }
}
