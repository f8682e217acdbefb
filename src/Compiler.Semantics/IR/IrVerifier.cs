using PythonAot.Compiler.Semantics.Operations;
using PythonAot.Compiler.Semantics.Symbols;
using PythonAot.Compiler.Semantics.Types;

namespace PythonAot.Compiler.Semantics.IR;

/// <summary>
/// Checks the invariants of the typed IR and returns every violation. It checks: every expression's and
/// variable's type is resolved (<see cref="IrTypeMatcher.IsResolved"/>); every variable used belongs to the
/// function (parameters, locals, captures) or the module (globals); operation calls fit their overload by
/// <see cref="IrTypeMatcher"/>'s rule and state the substituted result type; direct, method, indirect and
/// constructor calls pass exactly the parameter types; assignments, field stores, returns and yields store
/// exactly the target's type; conditions are bool; break and continue are inside a loop body; yield is only in a
/// generator; no node of a kind in the forbidden set (the kinds removed by passes that already ran) remains.
/// </summary>
public sealed class IrVerifier : IrVisitor
{
    private readonly IrModule? _module;
    private readonly IReadOnlySet<IrNodeKind> _forbidden;
    private readonly List<IrVerificationProblem> _problems = [];
    private HashSet<IrVariable> _scope = [];
    private int _loopDepth;

    private IrVerifier(IrModule? module, IReadOnlySet<IrNodeKind>? forbidden)
    {
        _module = module;
        _forbidden = forbidden ?? new HashSet<IrNodeKind>();
    }

    /// <summary>The problems of every function of <paramref name="module"/>; <paramref name="forbiddenKinds"/> are node kinds that must no longer appear.</summary>
    public static IReadOnlyList<IrVerificationProblem> Check(IrModule module, IReadOnlySet<IrNodeKind>? forbiddenKinds = null)
    {
        var verifier = new IrVerifier(module, forbiddenKinds);
        foreach (var global in module.Globals) verifier.CheckVariableType(global, "<module>");
        foreach (var function in module.AllFunctions) verifier.VisitFunction(function);
        return verifier._problems;
    }

    /// <summary>The problems of one function (globals are those of <paramref name="module"/>, when given).</summary>
    public static IReadOnlyList<IrVerificationProblem> Check(IrFunction function, IrModule? module = null, IReadOnlySet<IrNodeKind>? forbiddenKinds = null)
    {
        var verifier = new IrVerifier(module, forbiddenKinds);
        verifier.VisitFunction(function);
        return verifier._problems;
    }

    /// <summary>Throws <see cref="IrVerificationException"/> when <see cref="Check(IrModule, IReadOnlySet{IrNodeKind})"/> finds problems.</summary>
    public static void Verify(IrModule module, IReadOnlySet<IrNodeKind>? forbiddenKinds = null, string? stage = null)
    {
        var problems = Check(module, forbiddenKinds);
        if (problems.Count > 0) throw new IrVerificationException(problems, stage);
    }

    /// <inheritdoc/>
    public override void VisitFunction(IrFunction function)
    {
        _scope = [.. function.Parameters, .. function.Locals, .. function.Captures];
        if (_module is not null) _scope.UnionWith(_module.Globals);
        _loopDepth = 0;
        foreach (var variable in _scope) CheckVariableType(variable, function.InstanceName);
        if (!IrTypeMatcher.IsResolved(function.ReturnType)) Report(null, $"return type {function.ReturnType} is not resolved", function);
        if (function.IsGenerator && function.YieldType is null) Report(null, "a generator without a yield type", function);
        base.VisitFunction(function);
    }

    private void CheckVariableType(IrVariable variable, string function)
    {
        if (!IrTypeMatcher.IsResolved(variable.Type))
            _problems.Add(new IrVerificationProblem(function, null, $"variable {variable.Name} has unresolved type {variable.Type}"));
    }

    private void Report(IrNode? node, string message, IrFunction? function = null) =>
        _problems.Add(new IrVerificationProblem((function ?? CurrentFunction)?.InstanceName ?? "?", node?.Location, message));

    private void Use(IrNode node, IrVariable? variable)
    {
        if (variable is not null && !_scope.Contains(variable))
            Report(node, $"variable {variable.Name} is not a parameter, local or capture of the function nor a global");
    }

    private void ExpectType(IrNode node, PyType expected, PyType actual, string what)
    {
        if (expected != actual) Report(node, $"{what}: expected {expected}, got {actual}");
    }

    private void ExpectBool(IrNode node, IrExpression condition, string what) => ExpectType(node, PyType.Bool, condition.Type, what);

    /// <inheritdoc/>
    protected override void Enter(IrNode node)
    {
        if (_forbidden.Contains(node.NodeKind)) Report(node, $"{node.NodeKind} should have been lowered at this stage");
        if (node is IrExpression expression && !IrTypeMatcher.IsResolved(expression.Type))
            Report(node, $"{node.NodeKind} has unresolved type {expression.Type}");
    }

    private void CheckTarget(IrNode node, IrTarget target)
    {
        if (target.Variable is not null)
        {
            Use(node, target.Variable);
            ExpectType(node, target.Type, target.Variable.Type, $"target {target.Variable.Name}");
            return;
        }
        foreach (var element in target.Elements!) CheckTarget(node, element);
        if (target.Elements!.Count(e => e.IsStarred) > 1) Report(node, "two starred targets in one pattern");
        if (target.Type is TupleType { IsVariadic: false } tuple && target.Elements!.All(e => !e.IsStarred))
        {
            if (tuple.Elements.Count != target.Elements!.Count) Report(node, $"a pattern of {target.Elements!.Count} targets unpacks {tuple}");
            else for (var i = 0; i < tuple.Elements.Count; i++) ExpectType(node, tuple.Elements[i], target.Elements![i].Type, "pattern element");
        }
        else if (TypeFacts.GetIterationType(target.Type) is { } element)
        {
            foreach (var e in target.Elements!) ExpectType(node, e.IsStarred ? new ListType(element) : element, e.Type, "pattern element");
        }
        else if (target.Type is not TupleType) Report(node, $"cannot unpack {target.Type}");
    }

    /// <inheritdoc/>
    public override void VisitAssign(IrAssign node)
    {
        Use(node, node.Target);
        ExpectType(node, node.Target.Type, node.Value.Type, $"assignment to {node.Target.Name}");
        base.VisitAssign(node);
    }

    /// <inheritdoc/>
    public override void VisitStoreField(IrStoreField node)
    {
        CheckInstance(node, node.Instance, node.Field);
        ExpectType(node, node.Field.Type.Resolve(), node.Value.Type, $"store to field {node.Field.Name}");
        base.VisitStoreField(node);
    }

    private void CheckInstance(IrNode node, IrExpression instance, FieldSymbol field)
    {
        if (instance.Type is not ClassType { Class: var c } || field.ContainingClass is not { } owner || !c.IsSubclassOf(owner))
            Report(node, $"field {field.Name} of {field.ContainingClass?.Name} on a value of type {instance.Type}");
    }

    /// <inheritdoc/>
    public override void VisitIf(IrIf node)
    {
        ExpectBool(node, node.Condition, "if condition");
        base.VisitIf(node);
    }

    /// <inheritdoc/>
    public override void VisitWhile(IrWhile node)
    {
        ExpectBool(node, node.Condition, "while condition");
        VisitExpression(node.Condition);
        _loopDepth++;
        VisitStatement(node.Body);
        _loopDepth--;
        VisitStatement(node.Else);
    }

    /// <inheritdoc/>
    public override void VisitFor(IrFor node)
    {
        CheckTarget(node, node.Target);
        if (node.ForKind == IrForKind.Range)
        {
            if (node.Target.Variable is null) Report(node, "a range loop binds one variable");
            ExpectType(node, PyType.Int, node.Target.Type, "range loop variable");
            foreach (var bound in new[] { node.Start, node.Stop, node.Step })
            {
                if (bound is null) Report(node, "a range loop without start, stop and step");
                else ExpectType(node, PyType.Int, bound.Type, "range bound");
            }
        }
        else if (node.Iterable is null)
        {
            Report(node, "a loop without an iterable");
        }
        else
        {
            if (node.ForKind == IrForKind.Sequence && node.Iterable.Type is not (ListType or TupleType or PrimitiveType { PrimitiveKind: PrimitiveTypeKind.Str or PrimitiveTypeKind.Bytes }))
                Report(node, $"a sequence loop over {node.Iterable.Type}");
            if (TypeFacts.GetIterationType(node.Iterable.Type) is { } element)
            {
                if (node.Iterable.Type is TupleType { IsVariadic: false } tuple && tuple.Elements.Distinct().Count() > 1) Report(node, $"a loop over the heterogeneous {tuple}");
                ExpectType(node, element, node.Target.Type, "loop target");
            }
            else Report(node, $"a loop over the non-iterable {node.Iterable.Type}");
        }
        if (node.Iterable is not null) VisitExpression(node.Iterable);
        foreach (var bound in new[] { node.Start, node.Stop, node.Step })
            if (bound is not null) VisitExpression(bound);
        _loopDepth++;
        VisitStatement(node.Body);
        _loopDepth--;
        VisitStatement(node.Else);
    }

    /// <inheritdoc/>
    public override void VisitExceptHandler(IrExceptHandler node)
    {
        Use(node, node.Variable);
        base.VisitExceptHandler(node);
    }

    /// <inheritdoc/>
    public override void VisitWith(IrWith node)
    {
        Use(node, node.ContextVariable);
        Use(node, node.Target);
        ExpectType(node, node.ContextVariable.Type, node.Context.Type, "with context");
        if (node.Target is not null) ExpectType(node, node.Target.Type, node.Enter.Type, "with target");
        base.VisitWith(node);
    }

    /// <inheritdoc/>
    public override void VisitReturn(IrReturn node)
    {
        var function = CurrentFunction!;
        if (node.Value is null)
        {
            if (function.ReturnType != PyType.None) Report(node, $"a bare return in a function returning {function.ReturnType}");
        }
        else ExpectType(node, function.ReturnType, node.Value.Type, "return value");
        base.VisitReturn(node);
    }

    /// <inheritdoc/>
    public override void VisitRaise(IrRaise node)
    {
        if (node.Exception is not null && node.Exception.Type is not ClassType) Report(node, $"raise of a {node.Exception.Type}");
        base.VisitRaise(node);
    }

    /// <inheritdoc/>
    public override void VisitBreak(IrBreak node)
    {
        if (_loopDepth == 0) Report(node, "break outside a loop");
    }

    /// <inheritdoc/>
    public override void VisitContinue(IrContinue node)
    {
        if (_loopDepth == 0) Report(node, "continue outside a loop");
    }

    /// <inheritdoc/>
    public override void VisitYield(IrYield node)
    {
        var function = CurrentFunction!;
        if (!function.IsGenerator) Report(node, "yield in a function that is not a generator");
        else ExpectType(node, function.YieldType ?? PyType.None, node.Value?.Type ?? PyType.None, "yielded value");
        Use(node, node.Result);
        if (node.Result is not null) ExpectType(node, PyType.None, node.Result.Type, "sent value (send is not supported: None)");
        base.VisitYield(node);
    }

    /// <inheritdoc/>
    public override void VisitAssert(IrAssert node)
    {
        ExpectBool(node, node.Condition, "assert condition");
        base.VisitAssert(node);
    }

    /// <inheritdoc/>
    public override void VisitDelete(IrDelete node) => Use(node, node.Variable);

    /// <inheritdoc/>
    public override void VisitAugmentedAssign(IrAugmentedAssign node)
    {
        Use(node, node.Target);
        var result = CheckOverload(node, node.Overload, [node.Target.Type, node.Value.Type], []);
        if (result is not null) ExpectType(node, node.Target.Type, result, $"augmented assignment to {node.Target.Name}");
        base.VisitAugmentedAssign(node);
    }

    /// <inheritdoc/>
    public override void VisitUnpack(IrUnpack node)
    {
        CheckTarget(node, node.Target);
        ExpectType(node, node.Target.Type, node.Value.Type, "unpacked value");
        base.VisitUnpack(node);
    }

    /// <inheritdoc/>
    public override void VisitLoad(IrLoad node) => Use(node, node.Variable);

    /// <inheritdoc/>
    public override void VisitCall(IrCall node)
    {
        var result = CheckOverload(node, node.Overload, node.Arguments.Select(a => a.Type).ToArray(), node.Arguments.Select((_, i) => node.GetKeywordName(i)).ToArray(), node.Type);
        if (result is not null) ExpectType(node, result, node.Type, $"result of {node.Overload.OperationName}");
        base.VisitCall(node);
    }

    // Binds arguments to the overload's parameters; returns the substituted result type, or null after reporting.
    private PyType? CheckOverload(IrNode node, OperationOverload overload, IReadOnlyList<PyType> arguments, IReadOnlyList<string?> keywords, PyType? statedResult = null)
    {
        var parameters = overload.Signature.Parameters;
        var bindings = new Dictionary<TypeParameter, PyType>();
        var filled = new bool[parameters.Count];
        var ok = true;
        var next = 0;
        for (var i = 0; i < arguments.Count; i++)
        {
            var keyword = i < keywords.Count ? keywords[i] : null;
            int index;
            if (keyword is not null)
            {
                index = parameters.ToList().FindIndex(p => p.Name == keyword && p.Kind is not (ParameterKind.PositionalOnly or ParameterKind.VarPositional or ParameterKind.VarKeyword));
                if (index < 0) { Report(node, $"{overload} has no keyword parameter {keyword}"); ok = false; continue; }
            }
            else
            {
                while (next < parameters.Count && parameters[next].Kind is ParameterKind.KeywordOnly or ParameterKind.VarKeyword) next++;
                if (next >= parameters.Count) { Report(node, $"{overload} takes {parameters.Count} arguments, got {arguments.Count}"); return null; }
                index = next;
                if (parameters[next].Kind != ParameterKind.VarPositional) next++;
            }
            if (filled[index] && parameters[index].Kind != ParameterKind.VarPositional) { Report(node, $"{overload}: parameter {parameters[index].Name} given twice"); ok = false; }
            filled[index] = true;
            if (!IrTypeMatcher.TryMatch(parameters[index].Type, arguments[i], bindings))
            {
                Report(node, $"argument {i + 1} of {overload}: {arguments[i]} does not fit {IrTypeMatcher.Substitute(parameters[index].Type, bindings)}");
                ok = false;
            }
        }
        for (var p = 0; p < parameters.Count; p++)
            if (!filled[p] && !parameters[p].IsOptional && parameters[p].Kind is not (ParameterKind.VarPositional or ParameterKind.VarKeyword))
            {
                Report(node, $"{overload}: missing argument {parameters[p].Name}");
                ok = false;
            }
        if (!ok) return null;
        // A type parameter only the result mentions (list() -> list[T]) is bound by the stated result type.
        if (statedResult is not null && !IrTypeMatcher.TryMatch(overload.Signature.ReturnType, statedResult, bindings))
        {
            Report(node, $"result of {overload}: stated {statedResult}, the overload gives {IrTypeMatcher.Substitute(overload.Signature.ReturnType, bindings)}");
            return null;
        }
        return IrTypeMatcher.Substitute(overload.Signature.ReturnType, bindings);
    }

    private void CheckArguments(IrNode node, string callee, IReadOnlyList<PyType> parameters, IReadOnlyList<IrExpression> arguments)
    {
        if (parameters.Count != arguments.Count)
        {
            Report(node, $"{callee} takes {parameters.Count} arguments, got {arguments.Count}");
            return;
        }
        for (var i = 0; i < parameters.Count; i++) ExpectType(node, parameters[i], arguments[i].Type, $"argument {i + 1} of {callee}");
    }

    /// <inheritdoc/>
    public override void VisitCallFunction(IrCallFunction node)
    {
        CheckArguments(node, node.Function.InstanceName, node.Function.Parameters.Select(p => p.Type).ToArray(), node.Arguments);
        base.VisitCallFunction(node);
    }

    /// <inheritdoc/>
    public override void VisitCallIndirect(IrCallIndirect node)
    {
        if (node.Callee.Type is CallableType callable) CheckArguments(node, "the callee", callable.Parameters, node.Arguments);
        else Report(node, $"an indirect call of a {node.Callee.Type}");
        base.VisitCallIndirect(node);
    }

    /// <inheritdoc/>
    public override void VisitNew(IrNew node)
    {
        if (node.Initializer is { } init)
            CheckArguments(node, init.InstanceName, init.Parameters.Skip(1).Select(p => p.Type).ToArray(), node.Arguments);
        base.VisitNew(node);
    }

    /// <inheritdoc/>
    public override void VisitMethodCall(IrMethodCall node)
    {
        var method = node.Method;
        if (method.Parameters.Count == 0 || method.Parameters[0].Type is not ClassType { Class: var owner } || node.Receiver.Type is not ClassType { Class: var receiver } || !receiver.IsSubclassOf(owner))
            Report(node, $"method {method.InstanceName} called on a {node.Receiver.Type}");
        else
            CheckArguments(node, method.InstanceName, method.Parameters.Skip(1).Select(p => p.Type).ToArray(), node.Arguments);
        base.VisitMethodCall(node);
    }

    /// <inheritdoc/>
    public override void VisitFieldLoad(IrFieldLoad node)
    {
        CheckInstance(node, node.Instance, node.Field);
        base.VisitFieldLoad(node);
    }

    /// <inheritdoc/>
    public override void VisitBuild(IrBuild node)
    {
        switch (node.BuildKind, node.Type)
        {
            case (IrBuildKind.List, ListType list):
                foreach (var e in node.Elements) ExpectType(node, list.Element, e.Type, "list element");
                break;
            case (IrBuildKind.Set, SetType set):
                foreach (var e in node.Elements) ExpectType(node, set.Element, e.Type, "set element");
                break;
            case (IrBuildKind.Dict, DictType dict):
                if (node.Elements.Count % 2 != 0) Report(node, "a dict display with an odd number of elements");
                for (var i = 0; i + 1 < node.Elements.Count; i += 2)
                {
                    ExpectType(node, dict.Key, node.Elements[i].Type, "dict key");
                    ExpectType(node, dict.Value, node.Elements[i + 1].Type, "dict value");
                }
                break;
            case (IrBuildKind.Tuple, TupleType { IsVariadic: true } tuple):
                foreach (var e in node.Elements) ExpectType(node, tuple.Elements[0], e.Type, "tuple element");
                break;
            case (IrBuildKind.Tuple, TupleType tuple):
                if (tuple.Elements.Count != node.Elements.Count) Report(node, $"{node.Elements.Count} elements for {tuple}");
                else for (var i = 0; i < tuple.Elements.Count; i++) ExpectType(node, tuple.Elements[i], node.Elements[i].Type, "tuple element");
                break;
            default:
                Report(node, $"a {node.BuildKind} display of type {node.Type}");
                break;
        }
        base.VisitBuild(node);
    }

    /// <inheritdoc/>
    public override void VisitComprehension(IrComprehension node)
    {
        if (node.Clauses.FirstOrDefault() is not IrComprehensionFor) Report(node, "a comprehension starts with a for clause");
        foreach (var clause in node.Clauses)
        {
            if (clause is IrComprehensionFor f)
            {
                CheckTarget(node, f.Target);
                if (TypeFacts.GetIterationType(f.Iterable.Type) is { } element) ExpectType(node, element, f.Target.Type, "comprehension target");
                else Report(node, $"a comprehension over the non-iterable {f.Iterable.Type}");
            }
            else if (clause is IrComprehensionIf i) ExpectBool(node, i.Condition, "comprehension condition");
        }
        switch (node.BuildKind, node.Type)
        {
            case (IrBuildKind.List, ListType list): ExpectType(node, list.Element, node.Element.Type, "comprehension element"); break;
            case (IrBuildKind.Set, SetType set): ExpectType(node, set.Element, node.Element.Type, "comprehension element"); break;
            case (IrBuildKind.Generator, GeneratorType generator): ExpectType(node, generator.Yield, node.Element.Type, "comprehension element"); break;
            case (IrBuildKind.Dict, DictType dict):
                ExpectType(node, dict.Key, node.Element.Type, "comprehension key");
                if (node.Value is null) Report(node, "a dict comprehension without a value");
                else ExpectType(node, dict.Value, node.Value.Type, "comprehension value");
                break;
            default: Report(node, $"a {node.BuildKind} comprehension of type {node.Type}"); break;
        }
        base.VisitComprehension(node);
    }

    /// <inheritdoc/>
    public override void VisitFormattedString(IrFormattedString node)
    {
        foreach (var part in node.Parts)
            if (part.FormatSpec is not null) ExpectType(node, PyType.Str, part.FormatSpec.Type, "format spec");
        base.VisitFormattedString(node);
    }

    /// <inheritdoc/>
    public override void VisitConditional(IrConditional node)
    {
        ExpectBool(node, node.Condition, "conditional expression condition");
        ExpectType(node, node.WhenTrue.Type, node.WhenFalse.Type, "conditional expression branches");
        base.VisitConditional(node);
    }

    /// <inheritdoc/>
    public override void VisitShortCircuit(IrShortCircuit node)
    {
        Use(node, node.TruthVariable);
        ExpectType(node, node.Left.Type, node.TruthVariable.Type, "short-circuit temporary");
        ExpectType(node, node.Left.Type, node.Right.Type, "short-circuit operands");
        ExpectBool(node, node.Truth, "short-circuit truth test");
        base.VisitShortCircuit(node);
    }

    /// <inheritdoc/>
    public override void VisitNot(IrNot node)
    {
        ExpectBool(node, node.Operand, "not operand");
        base.VisitNot(node);
    }

    /// <inheritdoc/>
    public override void VisitConvert(IrConvert node)
    {
        var from = node.Value.Type;
        var to = node.TargetType;
        var ok = node.ConversionKind switch
        {
            IrConversionKind.IntToFloat => from == PyType.Int && to == PyType.Float,
            IrConversionKind.BoolToInt => from == PyType.Bool && to == PyType.Int,
            IrConversionKind.BoolToFloat => from == PyType.Bool && to == PyType.Float,
            IrConversionKind.WrapOptional => to is UnionType wrap && (from is UnionType inner ? inner.Members.All(wrap.Members.Contains) : wrap.Members.Contains(from)) && from != to,
            IrConversionKind.Narrow => from is UnionType union ? (to is UnionType narrow ? narrow.Members.All(union.Members.Contains) : union.Members.Contains(to)) && from != to
                : from is ClassType { Class: var baseClass } && to is ClassType { Class: var subclass } && subclass.IsSubclassOf(baseClass),
            IrConversionKind.ToObject => to == PyType.Object,
            IrConversionKind.Upcast => from is ClassType { Class: var derived } && to is ClassType { Class: var @base } && derived.IsSubclassOf(@base),
            IrConversionKind.ToIterator => from is GeneratorType { Yield: var y } && to is IteratorType { Element: var e } && y == e,
            IrConversionKind.ToIterable => to is IterableType { Element: var item } && TypeFacts.GetIterationType(from) == item,
            _ => false,
        };
        if (!ok) Report(node, $"{node.ConversionKind} from {from} to {to}");
        base.VisitConvert(node);
    }

    /// <inheritdoc/>
    public override void VisitMakeClosure(IrMakeClosure node)
    {
        var captures = node.Function.Captures;
        if (captures.Count != node.CapturedVariables.Count) Report(node, $"{node.Function.InstanceName} captures {captures.Count} variables, {node.CapturedVariables.Count} bound");
        else
            for (var i = 0; i < captures.Count; i++)
            {
                Use(node, node.CapturedVariables[i]);
                ExpectType(node, captures[i].Type, node.CapturedVariables[i].Type, $"capture {captures[i].Name}");
            }
    }

    /// <inheritdoc/>
    public override void VisitFlowExpression(IrFlowExpression node)
    {
        // A loop around a flow expression is not a target for a break inside it.
        var depth = _loopDepth;
        _loopDepth = 0;
        VisitStatement(node.Body);
        _loopDepth = depth;
        VisitExpression(node.Result);
    }
}
