using PythonAot.Compiler.Semantics.Binding;
using PythonAot.Compiler.Semantics.Inference;
using PythonAot.Compiler.Semantics.IR;
using PythonAot.Compiler.Semantics.Operations;
using PythonAot.Compiler.Semantics.Symbols;
using PythonAot.Compiler.Semantics.Types;
using PythonAot.Compiler.Syntax;

namespace PythonAot.Compiler.Semantics.Lowering;

/// <summary>
/// Lowers the body of one function instance (or the module's top-level code) from its syntax and the types
/// inference recorded for it. Statements are emitted into the current block; expressions that need a value
/// evaluated once (comparison chains, short-circuits, walrus) use temporaries.
/// </summary>
internal sealed partial class FunctionLowerer
{
    private readonly ModuleLowerer _module;
    private readonly FunctionInstance _instance;
    private readonly IrFunction _function;
    private readonly Dictionary<ScopeName, IrVariable> _variables = [];
    private List<IrStatement> _statements;

    public FunctionLowerer(ModuleLowerer module, FunctionInstance instance, IrFunction function)
    {
        _module = module;
        _instance = instance;
        _function = function;
        _statements = function.Body.Statements;
    }

    private TypeInference Inference => _module.Inference;

    private ScopeTree Scopes => _module.Info.Scopes;

    public void LowerBody()
    {
        if (_instance.Function is not { } symbol)
        {
            foreach (var statement in ((ModuleSyntax)_module.Tree.GetRoot()).Statements) LowerStatement(statement);
            return;
        }
        for (var i = 0; i < symbol.Parameters.Count; i++)
            if (_instance.Scope.Lookup(symbol.Parameters[i].Name) is { } name) _variables[name] = _function.Parameters[i];
        var captures = _module.GetCaptureNames(_instance);
        for (var i = 0; i < captures.Count; i++) _variables[captures[i]] = _function.Captures[i];
        switch (symbol.DeclaringSyntax)
        {
            case FunctionDefinitionSyntax def:
                LowerBlockInto(def.Body, _statements);
                break;
            case LambdaExpressionSyntax lambda:
                var value = Coerce(Expr(lambda.Body), _function.ReturnType, lambda.Body);
                Emit(new IrReturn(value), lambda.Body);
                break;
        }
    }

    private ExpressionInfo Info(SyntaxNode node) =>
        _instance.Expressions.TryGetValue(node, out var info) ? info : throw new LoweringException(node, $"'{node}' (no type was recorded for it)");

    private PyType Lower(PyType type, SyntaxNode at) => _module.LowerType(type, at);

    private T At<T>(T node, SyntaxNode at) where T : IrNode
    {
        node.Location ??= _module.LocationOf(at);
        return node;
    }

    private void Emit(IrStatement statement, SyntaxNode at)
    {
        At(statement, at);
        LocationFiller.Fill(statement, statement.Location!);
        _statements.Add(statement);
    }

    private IrVariable NewTemporary(PyType type) => _function.NewTemporary(type);

    /// <summary>Whether evaluating the expression twice or late is unobservable (a constant or a variable read).</summary>
    private static bool IsSimple(IrExpression expression) => expression is IrConstant or IrLoad or IrConvert { Value: IrConstant or IrLoad };

    /// <summary>The IR variable of a binder name: a parameter, local, capture, global or class attribute.</summary>
    private IrVariable Variable(ScopeName name, SyntaxNode at)
    {
        if (_variables.TryGetValue(name, out var existing)) return existing;
        var symbol = Inference.GetSymbol(name);
        if (symbol is FunctionSymbol or ClassSymbol or ModuleSymbol or OperationSymbol)
            throw new LoweringException(at, $"the {symbol.Kind.ToString().ToLowerInvariant()} '{name.Name}' used as a value");
        var owner = name.Owner;
        while (owner.Kind == ScopeKind.Comprehension && owner.Parent is { } parent) owner = parent;
        IrVariable variable;
        if (owner.Kind == ScopeKind.Class)
        {
            variable = _module.GetGlobal(name, $"{name.Owner.Name}.{name.Name}", at);
        }
        else if (owner.Kind == ScopeKind.Module && name.Owner.Kind == ScopeKind.Module)
        {
            variable = _module.GetGlobal(name, name.Name, at);
        }
        else if (ReferenceEquals(owner, _instance.Scope))
        {
            // Comprehension variables are locals of the enclosing function (PEP 709), module-level ones of the init.
            variable = new IrVariable(name.Name, Lower(Inference.GetSlot(name, _instance).Type, at), IrVariableKind.Local, symbol);
            _function.Locals.Add(variable);
        }
        else throw new LoweringException(at, $"the variable '{name.Name}' of an enclosing scope here");
        _variables[name] = variable;
        return variable;
    }

    private IrVariable VariableOf(NameExpressionSyntax name) =>
        Scopes.Resolve(name).Binding is { } binding ? Variable(binding, name) : throw new LoweringException(name, $"the name '{name.Identifier.ValueText}'");

    private static IrConvert Convert(IrExpression value, PyType type, IrConversionKind kind) => new(value, type, kind) { Location = value.Location };

    /// <summary>Converts a value to a target type by the implicit conversion Python code relies on (none when equal).</summary>
    private IrExpression Coerce(IrExpression value, PyType target, SyntaxNode at)
    {
        var from = value.Type;
        if (from == target) return value;
        if (target == PyType.Object) return Convert(value, target, IrConversionKind.ToObject);
        if (from == PyType.Int && target == PyType.Float) return Convert(value, target, IrConversionKind.IntToFloat);
        if (from == PyType.Bool && target == PyType.Int) return Convert(value, target, IrConversionKind.BoolToInt);
        if (from == PyType.Bool && target == PyType.Float) return Convert(value, target, IrConversionKind.BoolToFloat);
        if (target is UnionType union && (from is UnionType inner ? inner.Members.All(union.Members.Contains) : union.Members.Contains(from)))
            return Convert(value, target, IrConversionKind.WrapOptional);
        if (from is ClassType { Class: var derived } && target is ClassType { Class: var @base } && derived.IsSubclassOf(@base))
            return Convert(value, target, IrConversionKind.Upcast);
        if (from is GeneratorType && target is IteratorType) return Convert(value, target, IrConversionKind.ToIterator);
        if (target is IterableType && TypeFacts.GetIterationType(from) is not null) return Convert(value, target, IrConversionKind.ToIterable);
        throw new LoweringException(at, $"converting {from.DisplayName} to {target.DisplayName}");
    }

    /// <summary>Makes an argument conversion overload resolution chose explicit.</summary>
    internal static IrExpression ApplyConversion(IrExpression argument, ArgumentConversion conversion, PyType parameterType, IrLocation? location)
    {
        IrExpression Make(PyType type, IrConversionKind kind) => new IrConvert(argument, type, kind) { Location = argument.Location ?? location };
        return conversion switch
        {
            ArgumentConversion.BoolToInt => Make(PyType.Int, IrConversionKind.BoolToInt),
            ArgumentConversion.IntToFloat => Make(PyType.Float, IrConversionKind.IntToFloat),
            ArgumentConversion.BoolToFloat => Make(PyType.Float, IrConversionKind.BoolToFloat),
            ArgumentConversion.ToUnion when argument.Type != parameterType => Make(parameterType, IrConversionKind.WrapOptional),
            ArgumentConversion.ToObject when argument.Type != PyType.Object => Make(PyType.Object, IrConversionKind.ToObject),
            ArgumentConversion.Upcast when argument.Type != parameterType => Make(parameterType, IrConversionKind.Upcast),
            // s.endswith((".js", ".py")): a fixed-shape tuple display passed as tuple[str, ...] is built as one.
            ArgumentConversion.ToVariadicTuple when argument is IrBuild { BuildKind: IrBuildKind.Tuple } build && argument.Type != parameterType =>
                new IrBuild(IrBuildKind.Tuple, parameterType, build.Elements) { Location = argument.Location ?? location },
            _ => argument,
        };
    }

    private OperationOverload Overload(string operation, int index = 0) =>
        Inference.Library.GetOperation(operation)?.Overloads[index] ?? throw new InvalidOperationException($"{operation} is missing from the operation library");

    /// <summary>A bool condition: the value itself, or its truth value (<c>operator.truth</c>) for any other type.</summary>
    private IrExpression Truth(IrExpression value)
    {
        if (value.Type == PyType.Bool) return value;
        return new IrCall(Overload("operator.truth"), [Convert(value, PyType.Object, IrConversionKind.ToObject)]) { Location = value.Location };
    }

    /// <summary>Resolves an operation for already-typed IR arguments (for calls the lowering itself introduces).</summary>
    private IrCall Call(string operation, IReadOnlyList<IrExpression> arguments, SyntaxNode at)
    {
        var op = Inference.Library.GetOperation(operation) ?? throw new LoweringException(at, operation);
        var result = Inference.Resolver.Resolve(op, arguments.Select(a => new CallArgument(a.Type)).ToArray());
        if (!result.IsResolved) throw new LoweringException(at, $"{operation}({string.Join(", ", arguments.Select(a => a.Type.DisplayName))})");
        return MakeCall(result, arguments, null, at);
    }

    private IrCall MakeCall(OverloadResolutionResult result, IReadOnlyList<IrExpression> arguments, IReadOnlyList<string?>? keywords, SyntaxNode at)
    {
        var location = _module.LocationOf(at);
        var converted = arguments.Select((a, i) => ApplyConversion(a, result.Conversions[i], Lower(result.ParameterTypes[i], at), location)).ToList();
        var named = keywords is not null && keywords.Any(k => k is not null) ? keywords : null;
        return At(new IrCall(result.Overload!, converted, Lower(result.ReturnType, at), named), at);
    }

    private IrBlock LowerBlock(BlockSyntax block)
    {
        var result = new IrBlock();
        LowerBlockInto(block, result.Statements);
        At(result, block);
        return result;
    }

    private void LowerBlockInto(BlockSyntax block, List<IrStatement> into)
    {
        var saved = _statements;
        _statements = into;
        try
        {
            switch (block)
            {
                case IndentedBlockSyntax indented:
                    foreach (var statement in indented.Statements) LowerStatement(statement);
                    break;
                case InlineBlockSyntax inline:
                    foreach (var statement in inline.Statements) LowerStatement(statement);
                    break;
            }
        }
        finally
        {
            _statements = saved;
        }
    }

    /// <summary>Runs <paramref name="emit"/> with statements going to a new list (for a flow expression's block).</summary>
    private List<IrStatement> Collect(Action emit)
    {
        var saved = _statements;
        var list = new List<IrStatement>();
        _statements = list;
        try
        {
            emit();
        }
        finally
        {
            _statements = saved;
        }
        return list;
    }
}
