using PythonAot.Compiler.Semantics.Inference;
using PythonAot.Compiler.Semantics.IR;
using PythonAot.Compiler.Semantics.Operations;
using PythonAot.Compiler.Semantics.Symbols;
using PythonAot.Compiler.Semantics.Types;
using PythonAot.Compiler.Syntax;

namespace PythonAot.Compiler.Semantics.Lowering;

internal sealed partial class FunctionLowerer
{
    private IrExpression CallValue(CallExpressionSyntax call)
    {
        var info = Info(call);
        var arguments = call.ArgumentList.Arguments;
        if (arguments.Any(a => a.Prefix.Kind != SyntaxKind.None)) throw new LoweringException(call, "* or ** in a call");

        if (call.Expression is MemberAccessExpressionSyntax member)
        {
            var receiverType = Info(member.Expression).Type.Resolve();
            var memberSymbol = Info(member).Symbol;
            if (info.CalledInstance is { } method && memberSymbol is FunctionSymbol { ContainingClass: not null } methodSymbol)
            {
                var callee = _module.GetFunction(method);
                if (receiverType is ClassObjectType)
                {
                    // Base.method(self, ...): a direct call with an explicit receiver.
                    var all = BindArguments(call, methodSymbol, callee, 0);
                    return new IrMethodCall(all[0], callee, false, all.Skip(1));
                }
                var isSuper = member.Expression is CallExpressionSyntax inner && Info(inner).Type.Resolve() is ClassType && inner.Expression is NameExpressionSyntax { Identifier.ValueText: "super" };
                var receiver = isSuper ? At(new IrLoad(_function.Parameters[0]), member.Expression) : Expr(member.Expression);
                if (isSuper && receiver.Type is ClassType { Class: var self } && callee.Parameters[0].Type is ClassType { Class: var owner } && !self.IsSubclassOf(owner))
                    throw new LoweringException(member, "this super() call");
                return new IrMethodCall(receiver, callee, !isSuper, BindArguments(call, methodSymbol, callee, 1));
            }
            if (receiverType is ModuleType)
                return CallCallee(call, info, Info(member), member);
            if (memberSymbol is FieldSymbol field)
            {
                var callable = new IrFieldLoad(Expr(member.Expression), field);
                At(callable, member);
                return Indirect(call, callable);
            }
            if (info.Resolution is { IsResolved: true } resolution)
            {
                // A method of a builtin type: the receiver is the first argument (self for super().__init__(message)
                // in a user exception class, which reaches the builtin exception's method).
                var receiver = IsSuperCall(member.Expression) ? At(new IrLoad(_function.Parameters[0]), member.Expression) : Expr(member.Expression);
                var lowered = LowerArguments(call, resolution, 1);
                return MakeCall(resolution, [receiver, .. lowered], [null, .. arguments.Select(Keyword)], call);
            }
            throw new LoweringException(call, $"the call '{call}'");
        }
        return CallCallee(call, info, Info(call.Expression), call.Expression);
    }

    private bool IsSuperCall(ExpressionSyntax expression) =>
        expression is CallExpressionSyntax { Expression: NameExpressionSyntax { Identifier.ValueText: "super" } name } && Scopes.Resolve(name).IsBuiltin;

    private static string? Keyword(ArgumentSyntax argument) => argument.Name.Kind == SyntaxKind.None ? null : argument.Name.ValueText;

    /// <summary>A call whose callee is a name or a module attribute.</summary>
    private IrExpression CallCallee(CallExpressionSyntax call, ExpressionInfo info, ExpressionInfo callee, ExpressionSyntax calleeSyntax)
    {
        switch (callee.Type.Resolve())
        {
            case OperationType { Operation.Name: "builtins.isinstance" }:
                return IsInstance(call);
            case OperationType { Operation.Name: "builtins.len" } when info.CalledInstance is { } lengthMethod:
                // len(x) of a user class instance: its __len__.
                return At(new IrMethodCall(Expr(call.ArgumentList.Arguments[0].Expression), _module.GetFunction(lengthMethod), true, []), call);
            case OperationType when info.Resolution is { IsResolved: true } resolution:
                return MakeCall(resolution, LowerArguments(call, resolution, 0), call.ArgumentList.Arguments.Select(Keyword).ToList(), call);
            case ClassObjectType { Class: var cls }:
                return Construct(call, info, cls);
            case FunctionType { Function: var function } when info.CalledInstance is { } instance:
            {
                var target = _module.GetFunction(instance);
                var boundArguments = BindArguments(call, function, target, 0);
                if (callee.Symbol is FunctionSymbol && target.Captures.Count == 0) return new IrCallFunction(target, boundArguments);
                // A closure, or a function held in a variable: call the function value.
                var value = callee.Symbol is FunctionSymbol ? Closure(function, calleeSyntax, instance.ParameterTypes) : Expr(calleeSyntax);
                return new IrCallIndirect(value, boundArguments);
            }
            case CallableType:
                return Indirect(call, Expr(calleeSyntax));
        }
        throw new LoweringException(call, $"the call '{call}' (callee {callee.Type.Resolve().DisplayName}, instance {info.CalledInstance?.Name ?? "none"})");
    }

    private IrExpression Indirect(CallExpressionSyntax call, IrExpression callee)
    {
        if (callee.Type is not CallableType callable || call.ArgumentList.Arguments.Any(a => a.Name.Kind != SyntaxKind.None) || callable.Parameters.Count != call.ArgumentList.Arguments.Count)
            throw new LoweringException(call, $"the call '{call}'");
        var arguments = call.ArgumentList.Arguments.Select((a, i) => Coerce(Expr(a.Expression), callable.Parameters[i], a)).ToList();
        return new IrCallIndirect(callee, arguments);
    }

    /// <summary>
    /// The arguments of an operation call in source order, each converted as overload resolution decided; a
    /// function or builtin passed to a Callable parameter becomes a function value of the matching instance.
    /// </summary>
    private List<IrExpression> LowerArguments(CallExpressionSyntax call, OverloadResolutionResult resolution, int offset)
    {
        var result = new List<IrExpression>();
        var arguments = call.ArgumentList.Arguments;
        for (var i = 0; i < arguments.Count; i++)
        {
            var argument = arguments[i].Expression;
            if (resolution.Conversions[i + offset] == ArgumentConversion.ToCallable)
            {
                var callable = (CallableType)Lower(resolution.ParameterTypes[i + offset], argument);
                result.Add(CallableArgument(argument, callable));
            }
            else result.Add(Expr(argument));
        }
        return result;
    }

    private IrExpression CallableArgument(ExpressionSyntax argument, CallableType callable)
    {
        switch (Info(argument).Type.Resolve())
        {
            case FunctionType { Function: var function }:
                return Closure(function, argument, callable.Parameters);
            case OperationType { Operation: var operation }:
                return At(new IrMakeClosure(_module.GetOperationWrapper(operation, callable, argument), []), argument);
            default:
                throw new LoweringException(argument, $"'{argument}' passed as {callable.DisplayName}");
        }
    }

    /// <summary>
    /// Binds a user function call's arguments to the callee's parameters (positional, then keywords, then constant
    /// defaults), each converted to the parameter's type; <paramref name="offset"/> is 1 when self is bound already.
    /// </summary>
    private List<IrExpression> BindArguments(CallExpressionSyntax call, FunctionSymbol function, IrFunction target, int offset)
    {
        var parameters = function.Parameters;
        var bound = new IrExpression?[parameters.Count];
        var positional = offset;
        foreach (var argument in call.ArgumentList.Arguments)
        {
            int index;
            if (argument.Name.Kind != SyntaxKind.None)
            {
                index = -1;
                for (var p = 0; p < parameters.Count; p++)
                    if (parameters[p].Name == argument.Name.ValueText) index = p;
            }
            else index = positional++;
            if (index < 0 || index >= parameters.Count) throw new LoweringException(argument, "this argument");
            bound[index] = Expr(argument.Expression);
        }
        var result = new List<IrExpression>();
        for (var p = offset; p < parameters.Count; p++)
        {
            var value = bound[p] ?? DefaultValue(parameters[p], call);
            result.Add(Coerce(value, target.Parameters[p].Type, call));
        }
        return result;
    }

    /// <summary>
    /// A parameter's default at a call that omits it. Python evaluates defaults once, at def time; for the constant
    /// defaults supported here, evaluating the constant at the call is the same value.
    /// </summary>
    private IrExpression DefaultValue(ParameterSymbol parameter, SyntaxNode call)
    {
        var expression = parameter.DefaultValue ?? throw new LoweringException(call, $"a call without argument '{parameter.Name}'");
        var constant = ConstantOf(expression) ?? throw new LoweringException(expression, $"the non-constant default of '{parameter.Name}'");
        return At(constant, call);
    }

    private static IrExpression? ConstantOf(ExpressionSyntax expression) => expression switch
    {
        LiteralExpressionSyntax literal => Literal(literal, negate: false),
        UnaryExpressionSyntax { OperatorToken.Kind: SyntaxKind.MinusToken, Operand: LiteralExpressionSyntax { Token.Kind: SyntaxKind.NumberToken } number } => Literal(number, negate: true),
        StringExpressionSyntax { Parts: var parts } when parts.All(p => p is StringLiteralPartSyntax) && !PythonLiterals.IsBytesLiteral(((StringLiteralPartSyntax)parts[0]).Token) =>
            new IrConstant(string.Concat(parts.Cast<StringLiteralPartSyntax>().Select(p => PythonLiterals.GetStringValue(p.Token)))),
        ParenthesizedExpressionSyntax parenthesized => ConstantOf(parenthesized.Expression),
        _ => null,
    };

    private IrExpression Construct(CallExpressionSyntax call, ExpressionInfo info, ClassSymbol cls)
    {
        var type = new ClassType(cls);
        if (cls.IsBuiltin)
        {
            // Builtin exceptions: the runtime constructs them from the message.
            var arguments = call.ArgumentList.Arguments.Select(a => Expr(a.Expression)).ToList();
            return new IrNew(type, null, arguments);
        }
        if (info.CalledInstance is { } init && cls.LookupMethod("__init__") is { } initSymbol)
        {
            var initializer = _module.GetFunction(init);
            return new IrNew(type, initializer, BindArguments(call, initSymbol, initializer, 1));
        }
        if (cls.IsDataclass)
        {
            var initializer = _module.GetDataclassInitializer(cls, call);
            var fields = initializer.Parameters.Skip(1).ToList();
            var bound = new IrExpression?[fields.Count];
            var positional = 0;
            foreach (var argument in call.ArgumentList.Arguments)
            {
                var index = argument.Name.Kind == SyntaxKind.None ? positional++ : fields.FindIndex(f => f.Name == argument.Name.ValueText);
                bound[index] = Expr(argument.Expression);
            }
            var values = new List<IrExpression>();
            for (var i = 0; i < fields.Count; i++)
            {
                var field = (FieldSymbol)fields[i].Symbol!;
                var value = bound[i] ?? (field.DeclaringSyntax is Syntax.AnnotatedAssignmentStatementSyntax { Value: { } d } ? ConstantOf(d) : null)
                    ?? throw new LoweringException(call, $"the default of field '{field.Name}'");
                values.Add(Coerce(At(value, call), fields[i].Type, call));
            }
            return new IrNew(type, initializer, values);
        }
        // A user exception class without __init__: the runtime constructs it from the message, as a builtin one.
        if (cls.IsSubclassOf(BuiltinClasses.BaseException))
            return new IrNew(type, null, call.ArgumentList.Arguments.Select(a => Expr(a.Expression)).ToList());
        return new IrNew(type, null, []);
    }

    private IrExpression IsInstance(CallExpressionSyntax call)
    {
        var arguments = call.ArgumentList.Arguments;
        if (arguments.Count != 2) throw new LoweringException(call, "this isinstance call");
        var value = Expr(arguments[0].Expression);
        PyType tested = Info(arguments[1].Expression).Type.Resolve() switch
        {
            ClassObjectType c => new ClassType(c.Class),
            OperationType { Operation.Name: "builtins.int" } => PyType.Int,
            OperationType { Operation.Name: "builtins.float" } => PyType.Float,
            OperationType { Operation.Name: "builtins.str" } => PyType.Str,
            OperationType { Operation.Name: "builtins.bool" } => PyType.Bool,
            _ => throw new LoweringException(arguments[1], "this isinstance class"),
        };
        return new IrIsInstance(value, tested);
    }
}
