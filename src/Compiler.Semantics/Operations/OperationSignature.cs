using PythonAot.Compiler.Semantics.Symbols;
using PythonAot.Compiler.Semantics.Types;

namespace PythonAot.Compiler.Semantics.Operations;

/// <summary>The typed signature of an overload: parameters and result, generic over the type parameters they mention.</summary>
public sealed class OperationSignature
{
    /// <summary>Creates a signature.</summary>
    public OperationSignature(IReadOnlyList<OperationParameter> parameters, PyType returnType)
    {
        Parameters = parameters.ToArray();
        ReturnType = returnType;
        var typeParameters = new List<TypeParameter>();
        foreach (var type in Parameters.Select(p => p.Type).Append(returnType))
            type.AnyPart(t =>
            {
                if (t is TypeParameter p && !typeParameters.Contains(p)) typeParameters.Add(p);
                return false;
            });
        TypeParameters = typeParameters;
    }

    /// <summary>The parameters in order.</summary>
    public IReadOnlyList<OperationParameter> Parameters { get; }

    /// <summary>The result type (may mention type parameters).</summary>
    public PyType ReturnType { get; }

    /// <summary>The generic parameters, in order of first mention.</summary>
    public IReadOnlyList<TypeParameter> TypeParameters { get; }

    /// <summary>Whether the signature is generic.</summary>
    public bool IsGeneric => TypeParameters.Count > 0;

    /// <summary>The number of positional parameters that must be given.</summary>
    public int RequiredCount => Parameters.Count(p => !p.IsOptional && p.Kind is ParameterKind.PositionalOnly or ParameterKind.PositionalOrKeyword);

    /// <summary>The parameter types in the compact form <c>(str, str) -> str</c>.</summary>
    public string ToShortString() =>
        "(" + string.Join(", ", Parameters.Select(p => (p.Kind == ParameterKind.VarPositional ? "*" : p.Kind == ParameterKind.KeywordOnly ? p.Name + "=" : "") + p.Type.DisplayName + (p.IsOptional && p.Kind != ParameterKind.KeywordOnly ? "=..." : ""))) + ") -> " + ReturnType.DisplayName;

    /// <inheritdoc/>
    public override string ToString() => "(" + string.Join(", ", Parameters) + ") -> " + ReturnType.DisplayName;
}
