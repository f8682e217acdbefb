using PythonAot.Compiler.Semantics.Types;

namespace PythonAot.Compiler.Semantics.IR;

/// <summary>
/// Matches argument types against an overload's parameter types, binding its type parameters. The rule the
/// verifier enforces, and the only one: an argument fits a parameter when
/// <list type="number">
/// <item>the parameter is a type parameter T: T is bound to the argument type at its first occurrence and must
/// equal it at every later one (no joins: <c>list[int]</c> and <c>list[float]</c> never bind one T);</item>
/// <item>the parameter is <c>object</c>: any argument fits (the backend boxes);</item>
/// <item>the parameter is <c>Iterator[P]</c>: any iterable fits, P matched against its element type (list, set,
/// tuple[T, ...] or a tuple of equal elements, dict keys, the dict views (keys, values, (key, value) tuples), str → str,
/// bytes → int, range → int, Iterator[T], Generator[T, ...]);</item>
/// <item>otherwise the types are equal, structurally, with rules 1-3 applied to type arguments (so
/// <c>list[T]</c> fits <c>list[int]</c>, but <c>float</c> does not accept <c>int</c> and <c>int | None</c> does not
/// accept <c>int</c>: those conversions are explicit <see cref="IrConvert"/> nodes).</item>
/// </list>
/// </summary>
public static class IrTypeMatcher
{
    /// <summary>Whether <paramref name="argument"/> fits <paramref name="parameter"/>, extending <paramref name="bindings"/>.</summary>
    public static bool TryMatch(PyType parameter, PyType argument, Dictionary<TypeParameter, PyType> bindings)
    {
        switch (parameter)
        {
            case TypeParameter typeParameter:
                if (bindings.TryGetValue(typeParameter, out var bound)) return bound == argument;
                bindings[typeParameter] = argument;
                return true;
            case PrimitiveType { PrimitiveKind: PrimitiveTypeKind.Object }:
                return true;
            case IteratorType iterator:
                return TypeFacts.GetIterationType(argument) is { } element && TryMatch(iterator.Element, element, bindings);
        }
        if (parameter.TypeArguments.Count == 0) return parameter == argument;
        if (parameter.GetType() != argument.GetType() || parameter.TypeArguments.Count != argument.TypeArguments.Count) return false;
        if (parameter is TupleType p && argument is TupleType a && p.IsVariadic != a.IsVariadic) return false;
        for (var i = 0; i < parameter.TypeArguments.Count; i++)
            if (!TryMatch(parameter.TypeArguments[i], argument.TypeArguments[i], bindings)) return false;
        return true;
    }

    /// <summary>
    /// The result type of <paramref name="overload"/> for positional arguments of <paramref name="argumentTypes"/>,
    /// or null when they do not fit (a type parameter only the result mentions stays unbound: null too).
    /// </summary>
    public static PyType? InferResultType(Operations.OperationOverload overload, IReadOnlyList<PyType> argumentTypes)
    {
        var parameters = overload.Signature.Parameters;
        var bindings = new Dictionary<TypeParameter, PyType>();
        var p = 0;
        foreach (var argument in argumentTypes)
        {
            if (p >= parameters.Count || parameters[p].Kind is Symbols.ParameterKind.KeywordOnly or Symbols.ParameterKind.VarKeyword) return null;
            if (!TryMatch(parameters[p].Type, argument, bindings)) return null;
            if (parameters[p].Kind != Symbols.ParameterKind.VarPositional) p++;
        }
        for (; p < parameters.Count; p++)
            if (!parameters[p].IsOptional && parameters[p].Kind is Symbols.ParameterKind.PositionalOnly or Symbols.ParameterKind.PositionalOrKeyword) return null;
        var result = Substitute(overload.Signature.ReturnType, bindings);
        return result.ContainsTypeParameters ? null : result;
    }

    /// <summary>Replaces bound type parameters in <paramref name="type"/>.</summary>
    public static PyType Substitute(PyType type, IReadOnlyDictionary<TypeParameter, PyType> bindings) =>
        type.Map(t => t is TypeParameter p && bindings.TryGetValue(p, out var bound) ? bound : null);

    /// <summary>Whether the type is fully resolved: no type variable (even a bound one), type parameter or error type anywhere in it.</summary>
    public static bool IsResolved(PyType type) => !type.AnyPart(t => t is TypeVariable or TypeParameter or ErrorType);
}
