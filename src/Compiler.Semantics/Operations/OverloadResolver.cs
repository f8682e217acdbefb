using PythonAot.Compiler.Semantics.Symbols;
using PythonAot.Compiler.Semantics.Types;

namespace PythonAot.Compiler.Semantics.Operations;

/// <summary>
/// Chooses the overload of an operation for argument types: the only way an operation gets a type.
/// <para>Each overload is tried with its type parameters replaced by fresh inference variables. A match costs the sum
/// of its argument conversions (identity 0, bool→int 1, object/union/upcast/iterator/callable 1, int→float 2,
/// bool→float 3); the cheapest wins, the earlier-declared among equals. Numeric promotion applies only against a
/// parameter type written concretely as float or int in the signature — never against a type parameter — because
/// only there does Python produce the same value (<c>1 + 2.5</c>); <c>xs.append(1)</c> on a list[float] would change
/// what the list prints.</para>
/// <para>An argument whose type is still an unbound inference variable may be fixed by the match (<c>xs.append(1.5)</c>
/// makes <c>xs = []</c> a list[float]); when several overloads fit only that way, the result is
/// <see cref="OverloadResolutionKind.Deferred"/> and nothing is bound.</para>
/// </summary>
public sealed class OverloadResolver(TypeUnifier unifier, ICallableInstantiator? instantiator = null)
{
    private const int Fail = -1;
    private const int Defer = -2;

    /// <summary>Resolves a call of <paramref name="operation"/> with <paramref name="arguments"/>.</summary>
    public OverloadResolutionResult Resolve(Operation operation, IReadOnlyList<CallArgument> arguments) => Resolve(operation.Overloads, arguments);

    /// <summary>Resolves among <paramref name="overloads"/> (in preference order).</summary>
    public OverloadResolutionResult Resolve(IReadOnlyList<OperationOverload> overloads, IReadOnlyList<CallArgument> arguments)
    {
        var candidates = new List<(int Index, int Cost, bool UsedInference)>();
        var deferred = false;
        for (var i = 0; i < overloads.Count; i++)
        {
            var mark = unifier.Mark();
            var trial = TryMatch(overloads[i], arguments);
            unifier.Rollback(mark);
            if (trial.Cost == Defer) deferred = true;
            else if (trial.Cost >= 0) candidates.Add((i, trial.Cost, trial.UsedInference));
        }
        if (candidates.Count == 0) return deferred ? OverloadResolutionResult.Deferred : OverloadResolutionResult.NoMatch;
        if ((candidates.Count > 1 && candidates.Any(c => c.UsedInference)) || (deferred && candidates.Any(c => c.UsedInference)))
            return OverloadResolutionResult.Deferred;
        var best = candidates.MinBy(c => c.Cost);
        // Re-run the winner without rolling back: its inference bindings are the call's effect on argument types.
        var winner = TryMatch(overloads[best.Index], arguments);
        // A callable argument's instance can change between the trial and the re-run (its walk binds variables the
        // rollback undid): the re-run may defer; the next round resolves it.
        if (winner.Cost < 0) return OverloadResolutionResult.Deferred;
        return new OverloadResolutionResult(OverloadResolutionKind.Resolved, overloads[best.Index], winner.ReturnType!.Resolve(), winner.Conversions!, winner.ParameterIndices!, winner.ParameterTypes!.Select(t => t.Resolve()).ToArray());
    }

    private sealed record Trial(int Cost, bool UsedInference, PyType? ReturnType = null, ArgumentConversion[]? Conversions = null, int[]? ParameterIndices = null, PyType[]? ParameterTypes = null);

    private Trial TryMatch(OperationOverload overload, IReadOnlyList<CallArgument> arguments)
    {
        var signature = overload.Signature;
        var parameters = signature.Parameters;
        var parameterIndices = new int[arguments.Count];
        var filled = new bool[parameters.Count];
        var positional = 0;
        for (var a = 0; a < arguments.Count; a++)
        {
            if (arguments[a].Keyword is { } keyword)
            {
                var index = FindKeywordParameter(parameters, keyword);
                if (index < 0 || filled[index]) return new Trial(Fail, false);
                parameterIndices[a] = index;
                filled[index] = true;
                continue;
            }
            while (positional < parameters.Count && parameters[positional].Kind is ParameterKind.KeywordOnly or ParameterKind.VarKeyword) positional++;
            if (positional >= parameters.Count) return new Trial(Fail, false);
            parameterIndices[a] = positional;
            filled[positional] = true;
            if (parameters[positional].Kind != ParameterKind.VarPositional) positional++;
        }
        for (var p = 0; p < parameters.Count; p++)
            if (!filled[p] && !parameters[p].IsOptional && parameters[p].Kind is not (ParameterKind.VarPositional or ParameterKind.VarKeyword))
                return new Trial(Fail, false);

        // Fresh variables for the type parameters: everything below is unification.
        var fresh = signature.TypeParameters.ToDictionary(p => p, _ => new TypeVariable());
        PyType Instantiate(PyType t) => t.ContainsTypeParameters ? t.Map(x => x is TypeParameter tp ? fresh[tp] : null) : t;
        var freshSet = new HashSet<TypeVariable>(fresh.Values);
        var mark = unifier.Mark();

        var cost = 0;
        var conversions = new ArgumentConversion[arguments.Count];
        var parameterTypes = new PyType[arguments.Count];
        // Callable arguments last: their parameter types come from the other arguments (sorted(xs, key=f): T from xs).
        var order = Enumerable.Range(0, arguments.Count).OrderBy(a => parameters[parameterIndices[a]].Type is CallableType ? 1 : 0);
        foreach (var a in order)
        {
            var declared = parameters[parameterIndices[a]].Type;
            var parameterType = Instantiate(declared);
            var result = MatchArgument(declared, parameterType, arguments[a].Type, freshSet, out conversions[a]);
            if (result < 0) return new Trial(result, false);
            cost += result;
            parameterTypes[a] = parameterType;
        }
        var usedInference = unifier.BoundSince(mark).Any(v => !freshSet.Contains(v));
        // Type parameters nothing fixed stay open as inference variables (list() is a list[?]).
        var returnType = Instantiate(signature.ReturnType);
        return new Trial(cost, usedInference, returnType, conversions, parameterIndices, parameterTypes);
    }

    private static int FindKeywordParameter(IReadOnlyList<OperationParameter> parameters, string keyword)
    {
        for (var i = 0; i < parameters.Count; i++)
            if (parameters[i].Name == keyword && parameters[i].Kind is ParameterKind.PositionalOrKeyword or ParameterKind.KeywordOnly) return i;
        return -1;
    }

    private int MatchArgument(PyType declared, PyType parameter, PyType argument, HashSet<TypeVariable> fresh, out ArgumentConversion conversion)
    {
        conversion = ArgumentConversion.Identity;
        var arg = argument is TypeVariable v ? v.Prune() : argument;
        var param = parameter is TypeVariable pv ? pv.Prune() : parameter;
        if (arg is ErrorType) return 0;
        if (param == PyType.Object)
        {
            conversion = ArgumentConversion.ToObject;
            return 1;
        }
        // Promotion only against a concretely written numeric parameter (see the class comment).
        if (declared == PyType.Float && arg == PyType.Int) { conversion = ArgumentConversion.IntToFloat; return 2; }
        if (declared == PyType.Float && arg == PyType.Bool) { conversion = ArgumentConversion.BoolToFloat; return 3; }
        if (declared == PyType.Int && arg == PyType.Bool) { conversion = ArgumentConversion.BoolToInt; return 1; }
        if (arg is TypeVariable && param is not TypeVariable)
            return unifier.Unify(arg, param) ? 0 : Fail;
        switch (param)
        {
            case TypeVariable:
                return unifier.Unify(param, arg) ? 0 : Fail;
            case UnionType union when arg is not UnionType:
                foreach (var member in union.Members)
                    if (unifier.Unify(member, arg))
                    {
                        conversion = ArgumentConversion.ToUnion;
                        return 1;
                    }
                return Fail;
            case UnionType union when arg is UnionType argUnion:
                if (unifier.Unify(union, argUnion)) return 0;
                if (argUnion.Members.All(m => union.Members.Any(u => u.Resolve() == m.Resolve())))
                {
                    conversion = ArgumentConversion.ToUnion;
                    return 1;
                }
                return Fail;
            case IteratorType iterator when arg is not IteratorType:
            {
                var element = TypeFacts.GetIterationType(arg);
                if (element is null) return arg.ContainsTypeVariables ? Defer : Fail;
                conversion = ArgumentConversion.ToIterator;
                return unifier.Unify(iterator.Element, element) ? 1 : Fail;
            }
            case CallableType callable when arg is FunctionType or OperationType or ClassObjectType:
            {
                var parameterTypes = callable.Parameters.Select(t => t.Resolve()).ToArray();
                if (parameterTypes.Any(t => t is TypeVariable v2 && fresh.Contains(v2) || t.ContainsTypeVariables)) return Defer;
                var returnType = instantiator?.GetReturnType(arg, parameterTypes);
                if (returnType is null) return instantiator is null ? Fail : Defer;
                conversion = ArgumentConversion.ToCallable;
                return unifier.Unify(callable.ReturnType, returnType) ? 1 : Fail;
            }
            case ClassType expected when arg is ClassType actual && actual.Class.IsSubclassOf(expected.Class):
                if (ReferenceEquals(actual.Class, expected.Class)) return 0;
                conversion = ArgumentConversion.Upcast;
                return 1;
        }
        return unifier.Unify(param, arg) ? 0 : Fail;
    }
}
