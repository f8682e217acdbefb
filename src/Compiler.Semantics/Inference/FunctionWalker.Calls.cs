using PythonAot.Compiler.Semantics.Diagnostics;
using PythonAot.Compiler.Semantics.Operations;
using PythonAot.Compiler.Semantics.Symbols;
using PythonAot.Compiler.Semantics.Types;
using PythonAot.Compiler.Syntax;

namespace PythonAot.Compiler.Semantics.Inference;

internal sealed partial class FunctionWalker
{
    private ExpressionInfo CallInfo(CallExpressionSyntax call)
    {
        var arguments = new List<PyType>();
        var keywords = new List<string?>();
        foreach (var argument in call.ArgumentList.Arguments)
        {
            if (argument.Prefix.Kind != SyntaxKind.None)
            {
                TypeOf(argument.Expression);
                Report(TypingDiagnosticDescriptors.NotSupported, argument, "unpacking arguments with * or ** in a call");
                return new ExpressionInfo(PyType.Error);
            }
            arguments.Add(TypeOf(argument.Expression));
            keywords.Add(argument.Name.Kind == SyntaxKind.None ? null : argument.Name.ValueText);
        }

        if (call.Expression is MemberAccessExpressionSyntax member)
            return MethodCallInfo(call, member, arguments, keywords);
        // super() is not an operation of the library: it is the base class of the method's class.
        if (call.Expression is NameExpressionSyntax { Identifier.ValueText: "super" } superName && Module.Scopes.Resolve(superName).IsBuiltin)
        {
            Record(superName, new ExpressionInfo(PyType.Error));
            return SuperInfo(call);
        }

        var callee = TypeOf(call.Expression).Resolve();
        return CallValue(call, callee, arguments, keywords, call.Expression.ToString());
    }

    private ExpressionInfo CallValue(CallExpressionSyntax call, PyType callee, List<PyType> arguments, List<string?> keywords, string calleeText)
    {
        switch (callee)
        {
            case ErrorType:
                return new ExpressionInfo(PyType.Error);
            case FunctionType function:
                return CallFunction(call, function.Function, arguments, keywords);
            case OperationType { Operation.Name: "builtins.isinstance" } operation:
                return new ExpressionInfo(PyType.Bool) { Symbol = new OperationSymbol(operation.Operation) };
            case OperationType { Operation.Name: "builtins.super" }:
                return SuperInfo(call);
            case OperationType { Operation.Name: "builtins.len" } when arguments is [var sized] && keywords is [null]
                && sized.Resolve() is ClassType { Class: { IsBuiltin: false } sizedClass } && sizedClass.LookupMethod("__len__") is { } lengthMethod:
            {
                // len(x) of a user class instance calls its __len__.
                var info = CallFunction(call, lengthMethod, [], [], sized);
                return info with { Type = PyType.Int };
            }
            case OperationType operation:
            {
                var result = ResolveOperation(operation.Operation.Name, arguments, call, calleeText + "()", keywords);
                return new ExpressionInfo(ResultType(result, call)) { Resolution = result, Symbol = new OperationSymbol(operation.Operation) };
            }
            case ClassObjectType cls:
                return Construct(call, cls.Class, arguments, keywords);
            case CallableType callable:
                if (arguments.Count != callable.Parameters.Count || keywords.Any(k => k is not null))
                {
                    Report(TypingDiagnosticDescriptors.WrongArguments, call, $"'{calleeText}' takes {callable.Parameters.Count} positional arguments but {arguments.Count} were given");
                    return new ExpressionInfo(callable.ReturnType);
                }
                for (var i = 0; i < arguments.Count; i++)
                    if (!IsAssignable(callable.Parameters[i], arguments[i], inference.Unifier))
                        Report(TypingDiagnosticDescriptors.ArgumentTypeMismatch, call.ArgumentList.Arguments[i], i + 1, calleeText, arguments[i].Resolve().DisplayName, callable.Parameters[i].DisplayName);
                return new ExpressionInfo(callable.ReturnType);
            case TypeVariable:
                return new ExpressionInfo(new TypeVariable());
            default:
                Report(TypingDiagnosticDescriptors.NotCallable, call.Expression, callee.DisplayName);
                return new ExpressionInfo(PyType.Error);
        }
    }

    /// <summary>A call of a user function: bind arguments to parameters, instantiate, and give the instance's return type.</summary>
    private ExpressionInfo CallFunction(CallExpressionSyntax call, FunctionSymbol function, List<PyType> arguments, List<string?> keywords, PyType? self = null)
    {
        var parameters = function.Parameters;
        var offset = self is null ? 0 : 1;
        var bound = new PyType?[parameters.Count];
        var boundBy = new int[parameters.Count];
        Array.Fill(boundBy, -1);
        if (self is not null && parameters.Count > 0) bound[0] = self;
        var positional = offset;
        for (var i = 0; i < arguments.Count; i++)
        {
            int index;
            if (keywords[i] is { } keyword)
            {
                index = -1;
                for (var p = 0; p < parameters.Count; p++)
                    if (parameters[p].Name == keyword && parameters[p].ParameterKind is ParameterKind.PositionalOrKeyword or ParameterKind.KeywordOnly) index = p;
                if (index < 0)
                {
                    Report(TypingDiagnosticDescriptors.WrongArguments, call.ArgumentList.Arguments[i], $"{function.Name}() got an unexpected keyword argument '{keyword}'");
                    return new ExpressionInfo(PyType.Error);
                }
            }
            else
            {
                if (positional < parameters.Count && parameters[positional].ParameterKind == ParameterKind.VarPositional)
                {
                    Report(TypingDiagnosticDescriptors.NotSupported, call, "calling a function with *args");
                    return new ExpressionInfo(PyType.Error);
                }
                index = positional < parameters.Count && parameters[positional].ParameterKind is ParameterKind.PositionalOnly or ParameterKind.PositionalOrKeyword ? positional++ : -1;
                if (index < 0)
                {
                    var expected = parameters.Count(p => p.ParameterKind is ParameterKind.PositionalOnly or ParameterKind.PositionalOrKeyword) - offset;
                    Report(TypingDiagnosticDescriptors.WrongArguments, call, $"{function.Name}() takes {expected} positional argument{(expected == 1 ? "" : "s")} but {arguments.Count(a => true) - keywords.Count(k => k is not null)} were given");
                    return new ExpressionInfo(PyType.Error);
                }
            }
            bound[index] = arguments[i];
            boundBy[index] = i;
        }
        for (var p = 0; p < parameters.Count; p++)
        {
            if (bound[p] is not null) continue;
            if (parameters[p].DefaultValue is { } defaultValue)
            {
                bound[p] = parameters[p].DeclaredType ?? TypeOf(defaultValue);
                continue;
            }
            if (parameters[p].ParameterKind is ParameterKind.VarPositional or ParameterKind.VarKeyword)
            {
                bound[p] = parameters[p].DeclaredType ?? PyType.Error;
                continue;
            }
            Report(TypingDiagnosticDescriptors.WrongArguments, call, $"{function.Name}() missing required argument: '{parameters[p].Name}'");
            return new ExpressionInfo(PyType.Error);
        }
        for (var p = 0; p < parameters.Count; p++)
        {
            if (parameters[p].DeclaredType is not { } declared || ReferenceEquals(bound[p], declared)) continue;
            InstantiateCallableValue(declared, bound[p]!);
            if (!IsAssignable(declared, bound[p]!, inference.Unifier))
            {
                // The argument that bound the parameter (a keyword argument may be anywhere in the list).
                var argumentIndex = boundBy[p];
                SyntaxNode at = argumentIndex >= 0 ? call.ArgumentList.Arguments[argumentIndex] : call;
                Report(TypingDiagnosticDescriptors.ArgumentTypeMismatch, at, parameters[p].Name, function.QualifiedName, bound[p]!.Resolve().DisplayName, declared.DisplayName);
            }
        }
        if (bound.Any(b => b!.Resolve() is ErrorType) && !function.IsFullyAnnotated) return new ExpressionInfo(PyType.Error) { Symbol = function };
        var target = inference.InstantiateForCall(function, bound.Select(b => b!).ToArray(), instance);
        if (target is null) return new ExpressionInfo(PyType.Error) { Symbol = function };
        return new ExpressionInfo(inference.EffectiveReturnType(target)) { Symbol = function, CalledInstance = target };
    }

    private ExpressionInfo Construct(CallExpressionSyntax call, ClassSymbol cls, List<PyType> arguments, List<string?> keywords)
    {
        var instanceType = new ClassType(cls);
        if (cls.IsBuiltin)
        {
            if (arguments.Count > 1 || keywords.Any(k => k is not null))
                Report(TypingDiagnosticDescriptors.NotSupported, call, $"{cls.Name} with more than one argument");
            return new ExpressionInfo(instanceType) { Symbol = cls };
        }
        if (cls.LookupMethod("__init__") is { } init)
        {
            var info = CallFunction(call, init, arguments, keywords, instanceType);
            return info with { Type = instanceType, Symbol = cls };
        }
        if (cls.IsDataclass)
        {
            var fields = AllFields(cls);
            if (arguments.Count > fields.Count) Report(TypingDiagnosticDescriptors.WrongArguments, call, $"{cls.Name}() takes {fields.Count} arguments but {arguments.Count} were given");
            for (var i = 0; i < arguments.Count && i < fields.Count; i++)
            {
                var field = keywords[i] is { } k ? fields.Find(f => f.Name == k) : fields[i];
                if (field is null)
                {
                    Report(TypingDiagnosticDescriptors.WrongArguments, call.ArgumentList.Arguments[i], $"{cls.Name}() got an unexpected keyword argument '{keywords[i]}'");
                    continue;
                }
                if (!IsAssignable(field.Type, arguments[i], inference.Unifier))
                    Report(TypingDiagnosticDescriptors.ArgumentTypeMismatch, call.ArgumentList.Arguments[i], field.Name, cls.Name, arguments[i].Resolve().DisplayName, field.Type.Resolve().DisplayName);
            }
            foreach (var missing in fields.Skip(arguments.Count).Where(f => !f.HasClassDefault && !keywords.Contains(f.Name)))
                Report(TypingDiagnosticDescriptors.WrongArguments, call, $"{cls.Name}() missing required argument: '{missing.Name}'");
            return new ExpressionInfo(instanceType) { Symbol = cls };
        }
        if (cls.IsSubclassOf(BuiltinClasses.BaseException))
        {
            // class NotFound(KeyError): pass — the builtin exception's constructor: NotFound("key").
            if (arguments.Count > 1 || keywords.Any(k => k is not null))
                Report(TypingDiagnosticDescriptors.NotSupported, call, $"{cls.Name} with more than one argument");
            return new ExpressionInfo(instanceType) { Symbol = cls };
        }
        if (arguments.Count > 0) Report(TypingDiagnosticDescriptors.WrongArguments, call, $"{cls.Name}() takes no arguments");
        return new ExpressionInfo(instanceType) { Symbol = cls };
    }

    private static List<FieldSymbol> AllFields(ClassSymbol cls)
    {
        var chain = new List<ClassSymbol>();
        for (var c = cls; c is not null; c = c.BaseClass) chain.Insert(0, c);
        return chain.SelectMany(c => c.Fields).ToList();
    }

    private ExpressionInfo SuperInfo(CallExpressionSyntax call)
    {
        if (instance.Function?.ContainingClass is { BaseClass: { } baseClass })
            return new ExpressionInfo(new ClassType(baseClass)) { Symbol = baseClass };
        Report(TypingDiagnosticDescriptors.NotSupported, call, "super() outside a method of a derived class");
        return new ExpressionInfo(PyType.Error);
    }

    private ExpressionInfo MethodCallInfo(CallExpressionSyntax call, MemberAccessExpressionSyntax member, List<PyType> arguments, List<string?> keywords)
    {
        var receiver = TypeOf(member.Expression).Resolve();
        var name = member.Name.ValueText;
        switch (receiver)
        {
            case ErrorType:
                return new ExpressionInfo(PyType.Error);
            case ModuleType module:
            {
                var callee = MemberInfo(member);
                Record(member, callee);
                return CallValue(call, callee.Type.Resolve(), arguments, keywords, $"{module.ModuleName}.{name}");
            }
            case ClassType { Class: var cls } when !cls.IsBuiltin:
            {
                if (cls.LookupMethod(name) is { } method)
                {
                    var info = CallFunction(call, method, arguments, keywords, receiver);
                    Record(member, new ExpressionInfo(new FunctionType(method)) { Symbol = method });
                    return info;
                }
                if (cls.LookupField(name) is { } field)
                {
                    var fieldType = inference.GetFieldSlot(field).Type.Resolve();
                    Record(member, new ExpressionInfo(fieldType) { Symbol = field });
                    return CallValue(call, fieldType, arguments, keywords, member.ToString());
                }
                // A user exception class without the method: the builtin exception's (super().__init__(message)).
                if (cls.IsSubclassOf(BuiltinClasses.BaseException)) break;
                Report(TypingDiagnosticDescriptors.UnknownAttribute, member, cls.Name, name);
                return new ExpressionInfo(PyType.Error);
            }
            case ClassObjectType { Class: var cls } when cls.LookupMethod(name) is { } method:
                // Base.method(self, ...): an explicit, non-virtual call.
                Record(member, new ExpressionInfo(new FunctionType(method)) { Symbol = method });
                return CallFunction(call, method, arguments, keywords);
            case TypeVariable:
                return new ExpressionInfo(new TypeVariable());
        }
        var container = ReceiverTypeName(receiver);
        var operationName = container is null ? null : $"{container}.{name}";
        if (operationName is null || inference.Library.GetOperation(operationName) is not { } operation)
        {
            Report(TypingDiagnosticDescriptors.UnknownAttribute, member, receiver.DisplayName, name);
            return new ExpressionInfo(PyType.Error);
        }
        var result = ResolveOperation(operation.Name, [receiver, .. arguments], call, $"{container}.{name}()", [null, .. keywords]);
        Record(member, new ExpressionInfo(new OperationType(operation)) { Symbol = new OperationSymbol(operation) });
        return new ExpressionInfo(ResultType(result, call)) { Resolution = result, Symbol = new OperationSymbol(operation) };
    }

    /// <summary>The op-library container of a builtin receiver type (<c>str</c>, <c>list</c>, ...).</summary>
    private static string? ReceiverTypeName(PyType receiver) => receiver switch
    {
        ListType => "list",
        DictType => "dict",
        DictViewType view => view.ClassName,
        SetType => "set",
        TupleType => "tuple",
        PrimitiveType { PrimitiveKind: PrimitiveTypeKind.Str } => "str",
        PrimitiveType { PrimitiveKind: PrimitiveTypeKind.Bytes } => "bytes",
        PrimitiveType { PrimitiveKind: PrimitiveTypeKind.Int } => "int",
        PrimitiveType { PrimitiveKind: PrimitiveTypeKind.Float } => "float",
        PrimitiveType { PrimitiveKind: PrimitiveTypeKind.Tensor } => "Tensor",
        ClassType { Class: var cls } when cls.IsSubclassOf(BuiltinClasses.BaseException) => "BaseException",
        _ => null,
    };

    private ExpressionInfo MemberInfo(MemberAccessExpressionSyntax member)
    {
        var receiver = TypeOf(member.Expression).Resolve();
        var name = member.Name.ValueText;
        switch (receiver)
        {
            case ErrorType:
                return new ExpressionInfo(PyType.Error);
            case ModuleType module when inference.FindModule(module.ModuleName) is { } user:
            {
                if (user.Members.GetValueOrDefault(name) is { } memberSymbol)
                    return memberSymbol switch
                    {
                        FunctionSymbol f => new ExpressionInfo(new FunctionType(f)) { Symbol = f },
                        ClassSymbol c => new ExpressionInfo(new ClassObjectType(c)) { Symbol = c },
                        _ => new ExpressionInfo(PyType.Error),
                    };
                if (user.Scopes.Module.Lookup(name) is { IsBound: true } global)
                {
                    var slot = inference.GetSlot(global, user.Init ?? instance);
                    return new ExpressionInfo(slot.Type) { Symbol = inference.GetSymbol(global) };
                }
                Report(TypingDiagnosticDescriptors.UnknownAttribute, member, $"module '{module.ModuleName}'", name);
                return new ExpressionInfo(PyType.Error);
            }
            case ModuleType module:
            {
                if (inference.Library.GetOperation($"{module.ModuleName}.{name}") is { } operation)
                    return operation.Kind == OperationKind.ModuleAttribute
                        ? new ExpressionInfo(AttributeType(operation, member)) { Symbol = new OperationSymbol(operation) }
                        : new ExpressionInfo(new OperationType(operation)) { Symbol = new OperationSymbol(operation) };
                Report(TypingDiagnosticDescriptors.UnknownAttribute, member, $"module '{module.ModuleName}'", name);
                return new ExpressionInfo(PyType.Error);
            }
            case ClassType { Class: var cls }:
            {
                if (cls.LookupField(name) is { } field)
                    return new ExpressionInfo(inference.GetFieldSlot(field).Type) { Symbol = field };
                if (ClassAttribute(cls, name) is { } attribute) return attribute;
                if (cls.IsBuiltin && name == "args") return new ExpressionInfo(TupleType.Variadic(PyType.Str));
                Report(TypingDiagnosticDescriptors.UnknownAttribute, member, cls.Name, name);
                return new ExpressionInfo(PyType.Error);
            }
            case ClassObjectType { Class: var cls } when ClassAttribute(cls, name) is { } attribute:
                return attribute;
        }
        Report(TypingDiagnosticDescriptors.UnknownAttribute, member, receiver.DisplayName, name);
        return new ExpressionInfo(PyType.Error);
    }

    /// <summary>A class-body variable read through the class or an instance.</summary>
    private ExpressionInfo? ClassAttribute(ClassSymbol cls, string name)
    {
        for (var c = cls; c?.Syntax is { } syntax; c = c.BaseClass)
        {
            if (Module.Scopes.GetScope(syntax) is { } scope && scope.Lookup(name) is { IsBound: true } attribute && inference.GetSymbol(attribute) is not FunctionSymbol)
            {
                var slot = inference.GetSlot(attribute, instance);
                return new ExpressionInfo(slot.Type) { Symbol = inference.GetSymbol(attribute) };
            }
        }
        return null;
    }

    private ExpressionInfo SubscriptInfo(SubscriptExpressionSyntax subscript)
    {
        var container = TypeOf(subscript.Expression).Resolve();
        if (container is TupleType { IsVariadic: false } tuple && subscript.Slices is [var only] && ConstantIndex(only) is { } index)
        {
            TypeOf(only);
            var position = index < 0 ? tuple.Elements.Count + index : index;
            if (position < 0 || position >= tuple.Elements.Count)
            {
                Report(TypingDiagnosticDescriptors.NoMatchingOverload, subscript, "tuple index out of range");
                return new ExpressionInfo(PyType.Error);
            }
            return new ExpressionInfo(tuple.Elements[(int)position]);
        }
        if (container is OperationType or ClassObjectType)
        {
            Report(TypingDiagnosticDescriptors.NotSupported, subscript, "a generic type used as a value");
            return new ExpressionInfo(PyType.Error);
        }
        var indexType = TypeOfIndex(subscript);
        var result = ResolveOperation("operator.getitem", [container, indexType], subscript, "[]");
        return new ExpressionInfo(ResultType(result, subscript)) { Resolution = result };
    }

    private static long? ConstantIndex(ExpressionSyntax expression) => expression switch
    {
        LiteralExpressionSyntax { Token.Kind: SyntaxKind.NumberToken } literal when PythonLiterals.GetNumberValue(literal.Token) is System.Numerics.BigInteger value && value <= long.MaxValue => (long)value,
        UnaryExpressionSyntax { OperatorToken.Kind: SyntaxKind.MinusToken, Operand: var operand } => -ConstantIndex(operand),
        ParenthesizedExpressionSyntax parenthesized => ConstantIndex(parenthesized.Expression),
        _ => null,
    };

    private PyType TypeOfIndex(SubscriptExpressionSyntax subscript)
    {
        if (subscript.Slices.Count == 1) return TypeOf(subscript.Slices[0]);
        return new TupleType(subscript.Slices.Select(s => TypeOf(s)).ToArray());
    }
}
