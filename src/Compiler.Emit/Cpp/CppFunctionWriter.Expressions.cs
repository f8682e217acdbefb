using PythonAot.Compiler.Semantics.IR;
using PythonAot.Compiler.Semantics.Operations;
using PythonAot.Compiler.Semantics.Symbols;
using PythonAot.Compiler.Semantics.Types;

namespace PythonAot.Compiler.Emit.Cpp;

internal sealed partial class CppFunctionWriter
{
    /// <summary>Comparisons and float arithmetic that mean the same in C++ when both operands are int or both float.</summary>
    private static readonly Dictionary<string, string> s_directOperators = new(StringComparer.Ordinal)
    {
        ["operator.lt"] = "<", ["operator.le"] = "<=", ["operator.gt"] = ">", ["operator.ge"] = ">=",
        ["operator.eq"] = "==", ["operator.ne"] = "!=",
        ["operator.add"] = "+", ["operator.sub"] = "-", ["operator.mul"] = "*",
    };

    /// <summary>A condition (of type bool) without redundant outer parentheses.</summary>
    private string Condition(IrExpression condition)
    {
        var text = Expr(condition);
        return text.StartsWith('(') && text.EndsWith(')') && IsWrappedOnce(text) ? text[1..^1] : text;
    }

    private static bool IsWrappedOnce(string text)
    {
        var depth = 0;
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == '(') depth++;
            else if (text[i] == ')' && --depth == 0 && i != text.Length - 1) return false;
        }
        return true;
    }

    /// <summary>An expression whose value is dropped: a call of a function returning None stays a plain call.</summary>
    private string Discard(IrExpression expression) => Expr(expression, discarded: true);

    /// <summary>The C++ text of an expression.</summary>
    private string Expr(IrExpression expression, bool discarded = false)
    {
        switch (expression)
        {
            case IrConstant constant:
                return Constant(constant);
            case IrLoad load:
                return VariableRef(load.Variable);
            case IrCall call:
                return NoneValue(CallOperation(call), call.Type, discarded);
            case IrCallFunction call:
                return NoneValue(CallFunction(call), call.Type, discarded);
            case IrMethodCall call:
                return NoneValue(MethodCall(call), call.Type, discarded);
            case IrCallIndirect call:
                return NoneValue(CallIndirect(call), call.Type, discarded);
            case IrNew irNew:
                return New(irNew);
            case IrFieldLoad field:
                return $"{Expr(field.Instance)}->{CppNames.Field(field.Field)}";
            case IrBuild build:
                return Build(build);
            case IrConditional conditional:
                return $"({Condition(conditional.Condition)} ? {Expr(conditional.WhenTrue)} : {Expr(conditional.WhenFalse)})";
            case IrNot not:
                return $"!{Parenthesized(Expr(not.Operand))}";
            case IrShortCircuit shortCircuit:
                return ShortCircuit(shortCircuit);
            case IrConvert convert:
                return Convert(convert);
            case IrIsInstance isInstance:
                return IsInstance(isInstance);
            case IrMakeClosure closure:
                return MakeClosure(closure);
            case IrFlowExpression flow:
                return Flow(flow);
            default:
                throw NotSupported(expression, $"the expression {expression.NodeKind}");
        }
    }

    private static string Parenthesized(string text) =>
        text.All(c => char.IsAsciiLetterOrDigit(c) || c is '_' || c is ':') || (text.StartsWith('(') && IsWrappedOnce(text)) ? text : $"({text})";

    /// <summary>A call returning None used as a value: C++ functions for Python's None-returning ones return void.</summary>
    private static string NoneValue(string call, PyType type, bool discarded) =>
        !discarded && type == PyType.None ? $"({call}, pyaot::none)" : call;

    private static string Constant(IrConstant constant) => constant.Value switch
    {
        null => "pyaot::none",
        long value => CppLiterals.TypedInt(value),
        double value => CppLiterals.Float(value),
        bool value => value ? "true" : "false",
        string value => CppLiterals.Str(value),
        byte[] value => $"pyaot::Bytes(std::string_view({CppLiterals.QuoteBytes(value)}, {value.Length}))",
        _ => throw new InvalidOperationException($"unexpected constant {constant.Value}"),
    };

    /// <summary>A variable as read or written: a local, a capture (through its cell), or a global (qualified where a member or local could hide it).</summary>
    private string VariableRef(IrVariable variable)
    {
        string name;
        if (variable.Kind == IrVariableKind.Global || !_names.TryGetValue(variable, out name!))
        {
            name = NamespaceRef(_module.GlobalNameOf(variable));
        }
        return _module.Cells.Contains(variable) ? $"(*{name})" : name;
    }

    /// <summary>A name at namespace scope, qualified inside methods (a member may hide it) or when a local has the same name.</summary>
    private string NamespaceRef(string name) => _owner is not null || _usedNames.Contains(name) ? $"{_module.Namespace}::{name}" : name;

    private string CallOperation(IrCall call)
    {
        var overload = call.Overload;
        if (WideCall(call) is { } wide) return wide;
        var arguments = BindOperationArguments(call);
        // str % value: the runtime formats the static type (a tuple supplies several values), which a box would hide.
        if (overload.OperationName == "operator.mod" && arguments.Count == 2 && arguments[0].Expression?.Type == PyType.Str
            && arguments[1].Expression is IrConvert { ConversionKind: IrConversionKind.ToObject } boxed)
            arguments[1] = new BoundArgument(boxed.Value, null, null);
        if (arguments.Count == 2 && arguments.All(a => a.Expression is not null) && s_directOperators.TryGetValue(overload.OperationName, out var op))
        {
            var left = arguments[0].Expression!;
            var right = arguments[1].Expression!;
            var bothInt = left.Type == PyType.Int && right.Type == PyType.Int;
            var bothFloat = left.Type == PyType.Float && right.Type == PyType.Float;
            var isComparison = op is "<" or "<=" or ">" or ">=" or "==" or "!=";
            var overflowFree = bothFloat || (bothInt && (isComparison || !call.Checks.HasFlag(IrCheck.OverflowCheck)));
            if ((bothInt || bothFloat) && overflowFree)
                return Sequenced([left, right], texts => $"({texts[0]} {op} {texts[1]})", bareIntConstants: true);
        }
        var name = overload.Implementations.TryGetValue(BackendIds.Cpp, out var implementation)
            ? implementation
            : "pyaot::ops::" + overload.OperationName.Replace('.', '_');
        var proven = implementation is null && IsProvenListItem(call);
        if (proven) name = overload.OperationName == "operator.getitem" ? "pyaot::ops::list_getitem_unchecked" : "pyaot::ops::list_setitem_unchecked";
        if (implementation is null && _referencedRows.Remove(call)) name = proven ? "pyaot::ops::list_getitem_ref_unchecked" : "pyaot::ops::list_getitem_ref";
        // xs[i][j] over a list of lists with a quiet index j: the row is read by reference, its handle not copied.
        if (implementation is null && IsListIndex(call) && call.Arguments[0] is IrCall inner && IsListIndex(inner)
            && inner.Arguments[0].Type.Resolve() is ListType { Element: var row } && row.Resolve() is ListType
            && !IsEffectful(call.Arguments[1]) && !MayRaise(call.Arguments[1]))
            _referencedRows.Add(inner);
        if (arguments.Count == 0 && implementation is null && overload.OperationName is "builtins.list" or "builtins.set" or "builtins.dict")
        {
            // `list()`, `set()`, `dict()`: nothing to deduce the element types from; the result type names them.
            var typeArguments = call.Type.Resolve() switch
            {
                ListType list => TypeOf(list.Element),
                SetType set => TypeOf(set.Element),
                DictType dict => $"{TypeOf(dict.Key)}, {TypeOf(dict.Value)}",
                _ => null,
            };
            if (typeArguments is not null) return $"{name}<{typeArguments}>()";
        }
        var text = SequencedArguments(arguments, texts => $"{name}({string.Join(", ", texts)})");
        return arguments.Any(a => a.VarArgs is { Count: > 0 }) ? OutsideCoroutine(text) : text;
    }

    /// <summary>The inner getitem calls of <c>xs[i][j]</c> that CallOperation emits as a reference (list_getitem_ref).</summary>
    private readonly HashSet<IrCall> _referencedRows = new(ReferenceEqualityComparer.Instance);

    /// <summary>
    /// An item read or store <c>xs[i]</c> on a list whose index place-bounds-checks proved in range: the overload
    /// raises IndexError but the pass left <see cref="IrCheck.BoundsCheck"/> off, so the runtime's unchecked access
    /// is used. Other sequences (str, tuple) keep their checked operation, which is merely redundant there.
    /// </summary>
    private static bool IsProvenListItem(IrCall call) =>
        call.Overload.OperationName is "operator.getitem" or "operator.setitem"
        && call.Overload.Raises.Contains("IndexError") && !call.Checks.HasFlag(IrCheck.BoundsCheck)
        && call.Arguments.Count == (call.Overload.OperationName == "operator.getitem" ? 2 : 3)
        && call.Arguments[0].Type.Resolve() is ListType && call.Arguments[1].Type == PyType.Int;

    private static bool IsListIndex(IrCall call) =>
        call.Overload.OperationName == "operator.getitem" && call.Arguments.Count == 2
        && call.Arguments[0].Type.Resolve() is ListType && call.Arguments[1].Type == PyType.Int;

    /// <summary>One argument position of an operation call: an expression, the <c>*args</c> group, or an omitted optional.</summary>
    private sealed record BoundArgument(IrExpression? Expression, List<IrExpression>? VarArgs, PyType? VarArgType);

    /// <summary>
    /// The calling convention of the runtime: arguments in signature order (keywords moved to their parameter),
    /// <c>pyaot::omitted</c> for a skipped optional before a passed one, trailing omitted ones left out, and the
    /// <c>*args</c> as one braced list.
    /// </summary>
    private List<BoundArgument> BindOperationArguments(IrCall call)
    {
        var parameters = call.Overload.Signature.Parameters;
        var slots = new BoundArgument?[parameters.Count];
        var position = 0;
        for (var i = 0; i < call.Arguments.Count; i++)
        {
            var argument = call.Arguments[i];
            if (call.GetKeywordName(i) is { } keyword)
            {
                var index = parameters.ToList().FindIndex(p => p.Name == keyword);
                if (index < 0) throw NotSupported(argument, $"the keyword argument '{keyword}' of {call.Overload.OperationName}");
                slots[index] = new BoundArgument(argument, null, null);
                continue;
            }
            while (position < parameters.Count && parameters[position].Kind is ParameterKind.KeywordOnly or ParameterKind.VarKeyword) position++;
            if (position >= parameters.Count) throw NotSupported(argument, $"the arguments of {call.Overload.OperationName}");
            if (parameters[position].Kind == ParameterKind.VarPositional)
            {
                var group = slots[position] ??= new BoundArgument(null, [], argument.Type);
                group.VarArgs!.Add(argument);
                continue;
            }
            slots[position++] = new BoundArgument(argument, null, null);
        }
        var last = Array.FindLastIndex(slots, s => s is not null);
        var result = new List<BoundArgument>();
        for (var i = 0; i <= last; i++)
            result.Add(slots[i] ?? (parameters[i].Kind == ParameterKind.VarPositional ? new BoundArgument(null, [], null) : new BoundArgument(null, null, null)));
        return result;
    }

    private string SequencedArguments(List<BoundArgument> arguments, Func<List<string>, string> build)
    {
        var expressions = arguments.SelectMany(a => a.Expression is not null ? [a.Expression] : a.VarArgs ?? []).ToList();
        if (!NeedsSequencing(arguments.Select(a => a.Expression is not null ? [a.Expression] : a.VarArgs ?? []).ToList()))
            return build(arguments.Select(ArgumentText).ToList());
        // C++ leaves the order of argument evaluation open; Python's is left to right: name each value first.
        var lines = new List<string>();
        var texts = new List<string>();
        foreach (var argument in arguments)
        {
            if (argument.Expression is { } expression)
            {
                var name = Fresh("arg");
                lines.Add($"auto {name} = {Expr(expression)};");
                texts.Add(name);
            }
            else if (argument.VarArgs is { Count: > 0 } group)
            {
                var name = Fresh("args");
                lines.Add($"std::initializer_list<{TypeOf(argument.VarArgType!)}> {name} = {{{string.Join(", ", group.Select(e => Expr(e)))}}};");
                texts.Add(name);
            }
            else
            {
                texts.Add(ArgumentText(argument));
            }
        }
        _ = expressions;
        return $"[&] {{ {string.Join(" ", lines)} return {build(texts)}; }}()";
    }

    private string ArgumentText(BoundArgument argument) =>
        argument.Expression is { } expression ? Expr(expression)
        : argument.VarArgs is { } group ? "{" + string.Join(", ", group.Select(e => Expr(e))) + "}"
        : "pyaot::omitted";

    /// <summary>Evaluates <paramref name="expressions"/> left to right when their order could show, then builds the call.</summary>
    private string Sequenced(IReadOnlyList<IrExpression> expressions, Func<List<string>, string> build, bool bareIntConstants = false)
    {
        string Text(IrExpression e) => bareIntConstants && e is IrConstant { Value: long value } ? CppLiterals.Int(value) : Expr(e);
        if (!NeedsSequencing(expressions.Select(e => (IReadOnlyList<IrExpression>)[e]).ToList()))
            return build(expressions.Select(Text).ToList());
        var lines = new List<string>();
        var texts = new List<string>();
        foreach (var expression in expressions)
        {
            var name = Fresh("arg");
            lines.Add($"auto {name} = {Expr(expression)};");
            texts.Add(name);
        }
        return $"[&] {{ {string.Join(" ", lines)} return {build(texts)}; }}()";
    }

    /// <summary>
    /// Whether C++'s unspecified argument order could change what the program does: some argument has an effect
    /// (a call that may print, raise or mutate) and another argument is not a constant or a local that no callee can
    /// reach.
    /// </summary>
    private bool NeedsSequencing(IReadOnlyList<IReadOnlyList<IrExpression>> groups)
    {
        if (groups.Count < 2) return false;
        var effectful = groups.Count(g => g.Any(IsEffectful));
        var exposed = groups.Count(g => g.Any(e => IsEffectful(e) || MayRaise(e) || ReadsShared(e)));
        return effectful >= 1 && exposed >= 2;
    }

    /// <summary>Whether evaluating the expression may have an effect another operand could observe (printing, mutation, a call that may do either); raising alone is not one.</summary>
    private bool IsEffectful(IrExpression expression) => expression switch
    {
        IrConstant or IrLoad or IrMakeClosure => false,
        IrCall call => call.Overload.Effects != OperationEffects.Pure || call.Arguments.Any(IsEffectful),
        IrCallFunction call => !_module.Effects.IsQuiet(call.Function) || call.Arguments.Any(IsEffectful),
        IrCallIndirect { Callee: IrMakeClosure closure } call => !_module.Effects.IsQuiet(closure.Function) || call.Arguments.Any(IsEffectful),
        IrNew irNew => (irNew.Initializer is { } init && !_module.Effects.IsQuiet(init)) || irNew.Arguments.Any(IsEffectful),
        IrConvert convert => IsEffectful(convert.Value),
        IrNot not => IsEffectful(not.Operand),
        IrIsInstance isInstance => IsEffectful(isInstance.Value),
        IrFieldLoad field => IsEffectful(field.Instance),
        IrBuild build => build.Elements.Any(IsEffectful),
        IrConditional conditional => IsEffectful(conditional.Condition) || IsEffectful(conditional.WhenTrue) || IsEffectful(conditional.WhenFalse),
        IrShortCircuit shortCircuit => IsEffectful(shortCircuit.Left) || IsEffectful(shortCircuit.Right),
        _ => true,
    };

    /// <summary>Whether evaluating the expression may raise (then an effect of a later operand must not happen first).</summary>
    private bool MayRaise(IrExpression expression) => expression switch
    {
        IrConstant or IrLoad or IrMakeClosure => false,
        IrCall call => call.Overload.Raises.Count > 0 || call.Checks != IrCheck.None || call.Arguments.Any(MayRaise),
        IrConvert convert => MayRaise(convert.Value),
        IrNot not => MayRaise(not.Operand),
        IrFieldLoad field => MayRaise(field.Instance),
        IrBuild build => build.Elements.Any(MayRaise),
        _ => true,
    };

    /// <summary>Whether the expression reads state a call could change: a global, a cell, a field, or the contents of a mutable object an operation is given (<c>len(xs)</c>, <c>xs[i]</c>).</summary>
    private bool ReadsShared(IrExpression expression)
    {
        var finder = new SharedReadFinder(_module.Cells);
        finder.Visit(expression);
        return finder.Found;
    }

    private sealed class SharedReadFinder(HashSet<IrVariable> cells) : IrVisitor
    {
        public bool Found { get; private set; }

        public override void VisitLoad(IrLoad node) => Found |= node.Variable.Kind == IrVariableKind.Global || cells.Contains(node.Variable);

        // A local's handle cannot change under a call, but what it refers to can: `len(xs) + grow(xs)` must read the
        // length before grow appends.
        public override void VisitCall(IrCall node)
        {
            Found |= node.Arguments.Any(a => a is IrLoad { Variable.Type: var type } && IsMutable(type.Resolve()));
            base.VisitCall(node);
        }

        // A dict view reads its dict: a call can change what the view holds as it changes the dict.
        private static bool IsMutable(PyType type) => type is ListType or DictType or DictViewType or SetType or ClassType or UnionType || type == PyType.Object;

        public override void VisitFieldLoad(IrFieldLoad node)
        {
            Found = true;
            base.VisitFieldLoad(node);
        }
    }

    /// <summary>An argument for a <c>const&amp;</c> parameter: a handle read from a global, cell or field is copied, so the callee keeps its object even if it rebinds that place.</summary>
    private string ByReferenceArgument(IrExpression argument, bool byReference)
    {
        var text = Expr(argument);
        if (!byReference) return text;
        var shared = argument is IrFieldLoad || (argument is IrLoad { Variable: var v } && (v.Kind == IrVariableKind.Global || _module.Cells.Contains(v)));
        return shared ? $"{TypeOf(argument.Type)}({text})" : text;
    }

    private string CallFunction(IrCallFunction call)
    {
        var function = call.Function;
        if (function.Captures.Count > 0) throw NotSupported(call, "a direct call of a closure");
        var writer = new CppFunctionWriter(_module, _out, function);
        if (_module.MethodOwners.TryGetValue(function, out var owner))
        {
            // An explicit base-class call (`Shape.__init__(self, ...)`, super()): no virtual dispatch.
            var receiver = call.Arguments[0];
            return Sequenced(call.Arguments, texts =>
                $"{Parenthesized(texts[0])}->{CppNames.Class(owner.Symbol)}::{_module.FunctionName(function)}({string.Join(", ", texts.Skip(1))})");
        }
        var name = NamespaceRef(_module.FunctionName(function));
        return SequencedUserArguments(call.Arguments, i => writer.TakesByReference(i), texts => $"{name}({string.Join(", ", texts)})");
    }

    private string SequencedUserArguments(List<IrExpression> arguments, Func<int, bool> byReference, Func<List<string>, string> build, int parameterOffset = 0)
    {
        if (!NeedsSequencing(arguments.Select(e => (IReadOnlyList<IrExpression>)[e]).ToList()))
            return build(arguments.Select((a, i) => ByReferenceArgument(a, byReference(i + parameterOffset))).ToList());
        return Sequenced(arguments, build);
    }

    private string MethodCall(IrMethodCall call)
    {
        var method = call.Method;
        var writer = new CppFunctionWriter(_module, _out, method);
        var name = _module.FunctionName(method);
        if (!call.IsVirtual && _module.MethodOwners.TryGetValue(method, out var owner)) name = CppNames.Class(owner.Symbol) + "::" + name;
        var all = new List<IrExpression> { call.Receiver };
        all.AddRange(call.Arguments);
        if (NeedsSequencing(all.Select(e => (IReadOnlyList<IrExpression>)[e]).ToList()))
            return Sequenced(all, texts => $"{Parenthesized(texts[0])}->{name}({string.Join(", ", texts.Skip(1))})");
        var arguments = call.Arguments.Select((a, i) => ByReferenceArgument(a, writer.TakesByReference(i + 1)));
        return $"{Parenthesized(Expr(call.Receiver))}->{name}({string.Join(", ", arguments)})";
    }

    private string CallIndirect(IrCallIndirect call)
    {
        if (call.Callee is IrMakeClosure closure)
        {
            // Calling a closure where it is made: call the lifted function directly, captures first.
            var target = closure.Function;
            var writer = new CppFunctionWriter(_module, _out, target);
            var captures = closure.CapturedVariables.Select(v => _module.Cells.Contains(v) ? _names.TryGetValue(v, out var n) ? n : NamespaceRef(_module.GlobalNameOf(v)) : VariableRef(v)).ToList();
            var name = NamespaceRef(_module.FunctionName(target));
            return SequencedUserArguments(call.Arguments, i => writer.TakesByReference(i),
                texts => $"{name}({string.Join(", ", captures.Concat(texts))})");
        }
        return Sequenced([call.Callee, .. call.Arguments], texts => $"{Parenthesized(texts[0])}({string.Join(", ", texts.Skip(1))})");
    }

    private string New(IrNew irNew)
    {
        var symbol = irNew.ClassType.Class;
        if (irNew.Initializer is null && (symbol.IsBuiltin || CppModuleWriter.DerivesFromBuiltin(symbol)))
        {
            // Exceptions: the runtime's constructors take the message (str(e)); KeyError shows the key's repr.
            var cppClass = CppNames.Class(symbol);
            if (irNew.Arguments.Count == 0) return $"pyaot::make<{cppClass}>()";
            if (irNew.Arguments.Count > 1)
                return Sequenced(irNew.Arguments, texts => $"pyaot::make_exception<{cppClass}>({string.Join(", ", texts)})");
            var argument = irNew.Arguments[0];
            var isKeyError = false;
            for (var c = symbol; c is not null; c = c.BaseClass) isKeyError |= c.IsBuiltin && c.Name == "KeyError";
            var message = isKeyError ? $"pyaot::repr({Expr(argument)}).utf8()"
                : argument.Type == PyType.Str ? $"{Parenthesized(Expr(argument))}.utf8()"
                : $"pyaot::str({Expr(argument)}).utf8()";
            return $"pyaot::make<{cppClass}>({message})";
        }
        var name = NamespaceRef(_module.ConstructorName(symbol, irNew.Initializer));
        if (irNew.Initializer is null) return $"{name}()";
        var writer = new CppFunctionWriter(_module, _out, irNew.Initializer);
        return SequencedUserArguments(irNew.Arguments, i => writer.TakesByReference(i), texts => $"{name}({string.Join(", ", texts)})", parameterOffset: 1);
    }

    private string Build(IrBuild build)
    {
        var type = TypeOf(build.Type);
        if (build.BuildKind == IrBuildKind.Dict)
        {
            var pairs = new List<string>();
            for (var i = 0; i + 1 < build.Elements.Count; i += 2) pairs.Add($"{{{Expr(build.Elements[i])}, {Expr(build.Elements[i + 1])}}}");
            return OutsideCoroutine($"{type}{{{string.Join(", ", pairs)}}}");
        }
        // A braced list evaluates its elements left to right, as Python does.
        return OutsideCoroutine($"{type}{{{string.Join(", ", build.Elements.Select(e => Expr(e)))}}}");
    }

    /// <summary>
    /// g++ 12 rejects a std::initializer_list built in a coroutine body ("array used as initializer"): in a generator,
    /// a braced list is built inside a lambda called on the spot.
    /// </summary>
    private string OutsideCoroutine(string braced) => IsGenerator ? $"[&] {{ return {braced}; }}()" : braced;

    private string ShortCircuit(IrShortCircuit node)
    {
        var isAnd = node.OperatorKind == IrShortCircuitKind.And;
        if (IsDirectShortCircuit(node))
            return $"({Expr(node.Left)} {(isAnd ? "&&" : "||")} {Expr(node.Right)})";
        // Python's value semantics: the result is one of the operands, the left one tested once.
        var held = VariableRef(node.TruthVariable);
        return isAnd
            ? $"(({held} = {Expr(node.Left)}), {Condition(node.Truth)}) ? {Expr(node.Right)} : {held}"
            : $"(({held} = {Expr(node.Left)}), {Condition(node.Truth)}) ? {held} : {Expr(node.Right)}";
    }

    private string Convert(IrConvert convert)
    {
        var value = Expr(convert.Value);
        var target = convert.TargetType;
        var source = convert.Value.Type;
        switch (convert.ConversionKind)
        {
            case IrConversionKind.IntToFloat:
            case IrConversionKind.BoolToFloat:
                return convert.Value is IrConstant { Value: long n } ? CppLiterals.Float(n) : $"static_cast<pyaot::Float>({value})";
            case IrConversionKind.BoolToInt:
                return $"static_cast<pyaot::Int>({value})";
            case IrConversionKind.ToObject:
                return $"pyaot::box({value})";
            case IrConversionKind.Upcast:
            case IrConversionKind.ToIterator:
            case IrConversionKind.ToIterable:
                return $"{TypeOf(target)}({value})";
            case IrConversionKind.WrapOptional:
                if (convert.Value is IrConstant { Value: null }) return $"{TypeOf(target)}()";
                if (target is UnionType { IsOptional: true } optional && optional.WithoutNone is UnionType inner && source is not UnionType)
                    return $"{TypeOf(target)}({TypeOf(inner)}({value}))";
                return $"{TypeOf(target)}({value})";
            case IrConversionKind.Narrow:
                return Narrow(convert, value, source, target);
            default:
                throw NotSupported(convert, $"the conversion {convert.ConversionKind}");
        }
    }

    private string Narrow(IrConvert convert, string value, PyType source, PyType target)
    {
        if (source is UnionType { IsOptional: true } optional)
        {
            var rest = optional.WithoutNone;
            if (rest == target) return $"{Parenthesized(value)}.value()";
            if (rest is UnionType union && union.Members.Contains(target)) return $"{Parenthesized(value)}.value().get<{TypeOf(target)}>()";
        }
        if (source is UnionType plain && plain.Members.Contains(target)) return $"{Parenthesized(value)}.get<{TypeOf(target)}>()";
        if (source is UnionType { IsOptional: false } wide && target is UnionType { IsOptional: false } narrow && narrow.Members.All(wide.Members.Contains))
            return $"pyaot::narrow_union<{TypeOf(target)}>({value})";
        if (source is ClassType && target is ClassType subclass) return $"pyaot::ref_cast<{CppNames.Class(subclass.Class)}>({value})";
        if (source == PyType.Object) return $"{Parenthesized(value)}.as<{TypeOf(target)}>()";
        throw NotSupported(convert, $"narrowing {source.DisplayName} to {target.DisplayName}");
    }

    private static bool CanHold(PyType source, PyType member) => source == member || source == PyType.Object
        || (source is UnionType union && union.Members.Any(m => CanHold(m, member)));

    private string IsInstance(IrIsInstance node)
    {
        var value = Expr(node.Value);
        var source = node.Value.Type;
        var tested = node.TestedType;
        if (source is UnionType { IsOptional: true } optional)
        {
            if (tested == PyType.None) return $"{Parenthesized(value)}.is_none()";
            if (optional.WithoutNone == tested) return $"{Parenthesized(value)}.has_value()";
            if (optional.WithoutNone is UnionType members && members.Members.Contains(tested))
                return $"[&](const auto& held) {{ return held.has_value() && held.value().template holds<{TypeOf(tested)}>(); }}({value})";
        }
        if (source is UnionType union && union.Members.Contains(tested)) return $"{Parenthesized(value)}.holds<{TypeOf(tested)}>()";
        if (source is ClassType && tested is ClassType testedClass)
            return $"(dynamic_cast<{CppNames.Class(testedClass.Class)}*>({Parenthesized(value)}.get()) != nullptr)";
        if (source == tested) return IsEffectful(node.Value) ? $"({value}, true)" : "true";
        if (source == PyType.Object) return $"{Parenthesized(value)}.is<{TypeOf(tested)}>()";
        // bool against a type that holds no bool (an int slot holds ints only: a bool stored there became an int).
        if (tested == PyType.Bool && !CanHold(source, PyType.Bool)) return IsEffectful(node.Value) ? $"({value}, false)" : "false";
        throw NotSupported(node, $"isinstance of {source.DisplayName} against {tested.DisplayName}");
    }

    /// <summary>
    /// A function value: a <c>pyaot::Func</c> over a lambda that calls the lifted function with the captured
    /// values (copies, or the shared cells) before its own arguments.
    /// </summary>
    private string MakeClosure(IrMakeClosure closure)
    {
        var target = closure.Function;
        var callable = target.CallableType;
        var funcType = TypeOf(callable);
        var name = NamespaceRef(_module.FunctionName(target));
        var captures = new List<string>();
        var captureNames = new List<string>();
        for (var i = 0; i < closure.CapturedVariables.Count; i++)
        {
            var variable = closure.CapturedVariables[i];
            var captureName = "c" + i;
            var source = _module.Cells.Contains(variable)
                ? (_names.TryGetValue(variable, out var n) ? n : NamespaceRef(_module.GlobalNameOf(variable)))
                : VariableRef(variable);
            captures.Add($"{captureName} = {source}");
            captureNames.Add(captureName);
        }
        var parameters = callable.Parameters.Select((p, i) => $"{TypeOf(p)} p{i}").ToList();
        var arguments = captureNames.Concat(callable.Parameters.Select((_, i) => "p" + i));
        var call = $"{name}({string.Join(", ", arguments)})";
        var body = !target.IsGenerator && target.ReturnType == PyType.None ? $"{call}; return pyaot::none;" : $"return {call};";
        return $"{funcType}([{string.Join(", ", captures)}]({string.Join(", ", parameters)}) {{ {body} }})";
    }

    /// <summary>Statements inside an expression: an immediately invoked lambda that runs them and yields the result.</summary>
    private string Flow(IrFlowExpression flow)
    {
        var savedJumps = _jumps;
        _jumps = [];
        try
        {
            var indent = _out.Indent + 1;
            var body = Capture(indent, () =>
            {
                WriteBlockStatements(flow.Body);
                _out.Line($"return {Expr(flow.Result)};");
            });
            return $"[&]() -> {TypeOf(flow.Type)} {{\n{body}{new string(' ', _out.Indent * 4)}}}()";
        }
        finally
        {
            _jumps = savedJumps;
        }
    }
}
