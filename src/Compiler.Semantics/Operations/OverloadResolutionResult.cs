using PythonAot.Compiler.Semantics.Types;

namespace PythonAot.Compiler.Semantics.Operations;

/// <summary>The overload a call resolved to, how each argument converts, and the call's result type.</summary>
public sealed class OverloadResolutionResult
{
    internal OverloadResolutionResult(OverloadResolutionKind kind, OperationOverload? overload, PyType returnType, IReadOnlyList<ArgumentConversion> conversions, IReadOnlyList<int> parameterIndices, IReadOnlyList<PyType> parameterTypes)
    {
        Kind = kind;
        Overload = overload;
        ReturnType = returnType;
        Conversions = conversions;
        ParameterIndices = parameterIndices;
        ParameterTypes = parameterTypes;
    }

    /// <summary>No overload accepts the arguments.</summary>
    public static OverloadResolutionResult NoMatch { get; } = new(OverloadResolutionKind.NoMatch, null, PyType.Error, [], [], []);

    /// <summary>Argument types are not known well enough yet.</summary>
    public static OverloadResolutionResult Deferred { get; } = new(OverloadResolutionKind.Deferred, null, PyType.Error, [], [], []);

    /// <summary>Resolved, no match or deferred.</summary>
    public OverloadResolutionKind Kind { get; }

    /// <summary>The chosen overload when resolved.</summary>
    public OperationOverload? Overload { get; }

    /// <summary>The call's type: the overload's return type with its type parameters substituted.</summary>
    public PyType ReturnType { get; }

    /// <summary>For each argument, how it converts to its parameter.</summary>
    public IReadOnlyList<ArgumentConversion> Conversions { get; }

    /// <summary>For each argument, the index of the parameter it binds to.</summary>
    public IReadOnlyList<int> ParameterIndices { get; }

    /// <summary>For each argument, its parameter's type with type parameters substituted (the type after conversion).</summary>
    public IReadOnlyList<PyType> ParameterTypes { get; }

    /// <summary>Whether an overload was chosen.</summary>
    public bool IsResolved => Kind == OverloadResolutionKind.Resolved;
}
