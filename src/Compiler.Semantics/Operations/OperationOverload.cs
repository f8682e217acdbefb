using System.Collections.Immutable;

namespace PythonAot.Compiler.Semantics.Operations;

/// <summary>
/// One typed overload of an operation: <c>operator.add(str, str) -> str</c>. It records its signature, its effects,
/// the exceptions it may raise and one implementation slot per backend (an emitter template or runtime symbol; a
/// backend without an entry reports a PA4xxx diagnostic for the call instead of crashing).
/// </summary>
public sealed class OperationOverload
{
    /// <summary>Creates an overload.</summary>
    public OperationOverload(
        string operationName,
        OperationKind kind,
        OperationSignature signature,
        OperationEffects effects = OperationEffects.Pure,
        IReadOnlyList<string>? raises = null,
        int mutatedParameter = -1,
        IReadOnlyDictionary<string, string>? implementations = null,
        string? documentation = null)
    {
        if (effects.HasFlag(OperationEffects.MutatesArgument) && (mutatedParameter < 0 || mutatedParameter >= signature.Parameters.Count))
            throw new ArgumentException($"{operationName}: a mutating overload names the parameter it mutates", nameof(mutatedParameter));
        OperationName = operationName;
        Kind = kind;
        Signature = signature;
        Effects = effects;
        Raises = raises?.ToArray() ?? [];
        MutatedParameter = mutatedParameter;
        Implementations = implementations?.ToImmutableDictionary() ?? ImmutableDictionary<string, string>.Empty;
        Documentation = documentation;
    }

    /// <summary>The operation's qualified name (<c>operator.add</c>, <c>builtins.len</c>, <c>str.join</c>, <c>math.sqrt</c>).</summary>
    public string OperationName { get; }

    /// <summary>How the operation is spelled in Python.</summary>
    public OperationKind Kind { get; }

    /// <summary>The typed signature.</summary>
    public OperationSignature Signature { get; }

    /// <summary>Side effects.</summary>
    public OperationEffects Effects { get; }

    /// <summary>The Python exception classes it may raise (<c>ZeroDivisionError</c>, <c>OverflowError</c>).</summary>
    public IReadOnlyList<string> Raises { get; }

    /// <summary>The index of the parameter it mutates when <see cref="OperationEffects.MutatesArgument"/> is set, else -1.</summary>
    public int MutatedParameter { get; }

    /// <summary>Backend id (<see cref="BackendIds"/>) → implementation (template or runtime symbol).</summary>
    public IReadOnlyDictionary<string, string> Implementations { get; }

    /// <summary>A one-line description for docs/ops.md.</summary>
    public string? Documentation { get; }

    /// <summary>Whether the overload is pure and raises nothing (a candidate for folding and dead code removal).</summary>
    public bool IsPureAndTotal => Effects == OperationEffects.Pure && Raises.Count == 0;

    /// <summary>A copy with an implementation for <paramref name="backend"/>.</summary>
    public OperationOverload WithImplementation(string backend, string implementation) =>
        new(OperationName, Kind, Signature, Effects, Raises, MutatedParameter, Implementations.ToImmutableDictionary().SetItem(backend, implementation), Documentation);

    /// <summary><c>operator.add(str, str) -> str</c>.</summary>
    public override string ToString() => OperationName + Signature.ToShortString();
}
