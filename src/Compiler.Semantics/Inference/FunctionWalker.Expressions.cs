using System.Numerics;
using PythonAot.Compiler.Semantics.Analysis;
using PythonAot.Compiler.Semantics.Binding;
using PythonAot.Compiler.Semantics.Diagnostics;
using PythonAot.Compiler.Semantics.Operations;
using PythonAot.Compiler.Semantics.Symbols;
using PythonAot.Compiler.Semantics.Types;
using PythonAot.Compiler.Syntax;

namespace PythonAot.Compiler.Semantics.Inference;

internal sealed partial class FunctionWalker
{
    /// <summary>Types an expression and records it; <paramref name="expected"/> types empty displays (<c>xs: list[int] = []</c>).</summary>
    private PyType TypeOf(ExpressionSyntax expression, PyType? expected = null)
    {
        var info = Compute(expression, expected);
        Record(expression, info);
        return info.Type;
    }

    private ExpressionInfo Compute(ExpressionSyntax expression, PyType? expected)
    {
        switch (expression)
        {
            case LiteralExpressionSyntax literal:
                return new ExpressionInfo(LiteralType(literal));
            case StringExpressionSyntax str:
                foreach (var part in str.Parts)
                    if (part is FStringSyntax fstring) TypeFields(fstring.Contents);
                var isBytes = str.Parts.Count > 0 && str.Parts[0] is StringLiteralPartSyntax first && PythonLiterals.IsBytesLiteral(first.Token);
                return new ExpressionInfo(isBytes ? PyType.Bytes : PyType.Str);
            case NameExpressionSyntax name:
                return NameInfo(name);
            case ParenthesizedExpressionSyntax parenthesized:
                return new ExpressionInfo(TypeOf(parenthesized.Expression, expected));
            case TupleExpressionSyntax tuple when expected?.Resolve() is TupleType { IsVariadic: true } variadic:
                // `t: tuple[int, ...] = (1, 2)`: the display builds the declared variadic tuple.
                foreach (var element in tuple.Elements) CheckAssignable(variadic.Elements[0], TypeOf(element, variadic.Elements[0]), element, "tuple element");
                return new ExpressionInfo(variadic);
            case TupleExpressionSyntax tuple:
            {
                var expectedElements = expected?.Resolve() is TupleType { IsVariadic: false } t && t.Elements.Count == tuple.Elements.Count ? t.Elements : null;
                return new ExpressionInfo(new TupleType(tuple.Elements.Select((e, i) => TypeOf(e, expectedElements?[i])).ToArray()));
            }
            case ListExpressionSyntax list:
                return new ExpressionInfo(new ListType(ElementsType(list.Elements.ToList(), (expected?.Resolve() as ListType)?.Element, "list", list)));
            case SetExpressionSyntax set:
                return new ExpressionInfo(new SetType(ElementsType(set.Elements.ToList(), (expected?.Resolve() as SetType)?.Element, "set", set)));
            case DictionaryExpressionSyntax dict:
                return new ExpressionInfo(DictDisplayType(dict, expected?.Resolve() as DictType));
            case ListComprehensionSyntax comprehension:
                return new ExpressionInfo(new ListType(ComprehensionType(comprehension.Clauses, () => TypeOf(comprehension.Element))));
            case SetComprehensionSyntax comprehension:
                return new ExpressionInfo(new SetType(ComprehensionType(comprehension.Clauses, () => TypeOf(comprehension.Element))));
            case GeneratorExpressionSyntax generator:
                return new ExpressionInfo(new GeneratorType(ComprehensionType(generator.Clauses, () => TypeOf(generator.Element))));
            case DictionaryComprehensionSyntax comprehension:
            {
                PyType value = PyType.Error;
                var key = ComprehensionType(comprehension.Clauses, () =>
                {
                    var k = TypeOf(comprehension.Key);
                    value = TypeOf(comprehension.Value);
                    return k;
                });
                return new ExpressionInfo(new DictType(key, value));
            }
            case UnaryExpressionSyntax unary:
                return UnaryInfo(unary);
            case BinaryExpressionSyntax binary:
                return BinaryInfo(binary);
            case ComparisonExpressionSyntax comparison:
                return ComparisonInfo(comparison);
            case ConditionalExpressionSyntax conditional:
            {
                TypeOf(conditional.Condition);
                var saved = _flow;
                var (whenTrue, whenFalse) = ConditionStates(conditional.Condition, _flow);
                _flow = whenTrue;
                var a = TypeOf(conditional.WhenTrue, expected);
                _flow = whenFalse;
                var b = TypeOf(conditional.WhenFalse, expected);
                _flow = saved;
                return new ExpressionInfo(JoinBranches(a, b, conditional));
            }
            case CallExpressionSyntax call:
                return CallInfo(call);
            case MemberAccessExpressionSyntax member:
                return MemberInfo(member);
            case SubscriptExpressionSyntax subscript:
                return SubscriptInfo(subscript);
            case SliceExpressionSyntax slice:
            {
                var parts = new[] { slice.Lower, slice.Upper, slice.Step }.Select(p => p is null ? PyType.None : TypeOf(p)).ToArray();
                var result = ResolveOperation("builtins.slice", parts, slice, "slice");
                return new ExpressionInfo(PyType.Slice) { Resolution = result };
            }
            case LambdaExpressionSyntax lambda:
                foreach (var parameter in lambda.Parameters.Parameters)
                    if (parameter.Default is { } defaultValue) TypeOf(defaultValue);
                return inference.GetFunction(lambda) is { } function
                    ? new ExpressionInfo(new FunctionType(function)) { Symbol = function }
                    : new ExpressionInfo(PyType.Error);
            case AssignmentExpressionSyntax walrus:
            {
                var value = TypeOf(walrus.Value);
                AssignTarget(walrus.Name, value, walrus.Value);
                return new ExpressionInfo(value);
            }
            case YieldExpressionSyntax yield:
            {
                if (yield.FromKeyword.Kind != SyntaxKind.None)
                {
                    var source = yield.Value is { } from ? TypeOf(from) : PyType.Error;
                    if (instance.YieldType is { } yieldType) Unify(yieldType, ElementTypeOf(source, yield));
                    return new ExpressionInfo(PyType.None);
                }
                var value = yield.Value is { } v ? TypeOf(v) : PyType.None;
                if (instance.YieldType is { } yt && !Unify(yt, value))
                    Report(TypingDiagnosticDescriptors.IncompatibleAssignments, yield, "yield", yt.Resolve().DisplayName, "?", value.Resolve().DisplayName, "?");
                if (instance.Function?.DeclaredReturnType is GeneratorType declared && !IsAssignable(declared.Yield, value, inference.Unifier))
                    Report(TypingDiagnosticDescriptors.ReturnTypeMismatch, yield, instance.Function.Name, "yields " + value.Resolve().DisplayName, declared.DisplayName);
                else if (instance.Function?.DeclaredReturnType is IteratorType iterator && !IsAssignable(iterator.Element, value, inference.Unifier))
                    Report(TypingDiagnosticDescriptors.ReturnTypeMismatch, yield, instance.Function.Name, "yields " + value.Resolve().DisplayName, iterator.DisplayName);
                else if (instance.Function?.DeclaredReturnType is IterableType iterable && !IsAssignable(iterable.Element, value, inference.Unifier))
                    Report(TypingDiagnosticDescriptors.ReturnTypeMismatch, yield, instance.Function.Name, "yields " + value.Resolve().DisplayName, iterable.DisplayName);
                return new ExpressionInfo(PyType.None);
            }
            case StarredExpressionSyntax starred:
                TypeOf(starred.Expression);
                Report(TypingDiagnosticDescriptors.NotSupported, starred, "a starred expression here");
                return new ExpressionInfo(PyType.Error);
            case AwaitExpressionSyntax await:
                TypeOf(await.Expression);
                return new ExpressionInfo(PyType.Error);
            default:
                Report(TypingDiagnosticDescriptors.NotSupported, expression, "this expression");
                return new ExpressionInfo(PyType.Error);
        }
    }

    /// <summary>Types the replacement fields of f-string contents, including fields nested in format specs (<c>{x:{width}}</c>).</summary>
    private void TypeFields(SyntaxList<FStringContentSyntax> contents)
    {
        foreach (var content in contents)
        {
            if (content is not FStringReplacementFieldSyntax field) continue;
            TypeOf(field.Expression);
            TypeFields(field.FormatSpec);
        }
    }

    private PyType LiteralType(LiteralExpressionSyntax literal)
    {
        switch (literal.Token.Kind)
        {
            case SyntaxKind.TrueKeyword or SyntaxKind.FalseKeyword:
                return PyType.Bool;
            case SyntaxKind.NoneKeyword:
                return PyType.None;
            case SyntaxKind.NumberToken:
                switch (PythonLiterals.GetNumberValue(literal.Token))
                {
                    case BigInteger big:
                        // -9223372036854775808 is written as -(9223372036854775808): allow that one under a unary minus.
                        var limit = literal.Parent is UnaryExpressionSyntax { OperatorToken.Kind: SyntaxKind.MinusToken } ? (BigInteger)long.MaxValue + 1 : long.MaxValue;
                        if (big > limit) Report(TypingDiagnosticDescriptors.IntegerLiteralTooLarge, literal, literal.Token.Text);
                        return PyType.Int;
                    case double:
                        return PyType.Float;
                    default:
                        Report(TypingDiagnosticDescriptors.NotSupported, literal, "complex numbers");
                        return PyType.Error;
                }
            default:
                Report(TypingDiagnosticDescriptors.NotSupported, literal, $"the literal '{literal.Token.Text}'");
                return PyType.Error;
        }
    }

    private ExpressionInfo NameInfo(NameExpressionSyntax name)
    {
        var text = name.Identifier.ValueText;
        var resolved = Module.Scopes.Resolve(name);
        if (resolved.Binding is { } binding)
        {
            var symbol = inference.GetSymbol(binding);
            switch (symbol)
            {
                case FunctionSymbol function:
                    return new ExpressionInfo(new FunctionType(function)) { Symbol = function };
                case ClassSymbol cls:
                    return new ExpressionInfo(new ClassObjectType(cls)) { Symbol = cls };
                case ModuleSymbol module:
                    return new ExpressionInfo(new ModuleType(module.Name)) { Symbol = module };
                case OperationSymbol operation:
                    return new ExpressionInfo(operation.Operation.Kind == OperationKind.ModuleAttribute ? AttributeType(operation.Operation, name) : new OperationType(operation.Operation)) { Symbol = operation };
            }
            var slot = inference.GetSlot(binding, instance);
            var narrowed = _flow.Narrowing.Get(binding);
            var variable = inference.GetSymbol(binding);
            return new ExpressionInfo(narrowed ?? slot.Type) { Symbol = variable, DeclaredType = narrowed is null ? null : slot.Type };
        }
        if (resolved.IsBuiltin)
        {
            if (BuiltinClasses.Get(text) is { } builtinClass) return new ExpressionInfo(new ClassObjectType(builtinClass)) { Symbol = builtinClass };
            if (inference.Library.GetOperation("builtins." + text) is { } operation)
                return new ExpressionInfo(new OperationType(operation)) { Symbol = new OperationSymbol(operation) };
            if (text is "__name__" or "__file__") return new ExpressionInfo(PyType.Str);
            Report(TypingDiagnosticDescriptors.NotSupported, name, $"the builtin '{text}'");
            return new ExpressionInfo(PyType.Error);
        }
        Report(TypingDiagnosticDescriptors.UndefinedName, name, text);
        return new ExpressionInfo(PyType.Error);
    }

    private PyType AttributeType(Operation operation, SyntaxNode at)
    {
        var result = inference.Resolver.Resolve(operation, []);
        if (result.IsResolved) return result.ReturnType;
        Report(TypingDiagnosticDescriptors.NotSupported, at, operation.Name);
        return PyType.Error;
    }

    private PyType ElementsType(IReadOnlyList<ExpressionSyntax> elements, PyType? expectedElement, string kind, SyntaxNode display)
    {
        PyType? element = expectedElement;
        ExpressionSyntax? firstElement = null;
        foreach (var expression in elements)
        {
            var type = expression is StarredExpressionSyntax starred ? ElementTypeOf(TypeOf(starred.Expression), starred) : TypeOf(expression, expectedElement);
            if (expression is StarredExpressionSyntax) Record(expression, new ExpressionInfo(type));
            if (type.Resolve() is ErrorType) continue;
            if (element is null)
            {
                element = type;
                firstElement = expression;
                continue;
            }
            if (expectedElement is not null)
            {
                CheckAssignable(expectedElement, type, expression, kind + " element");
                continue;
            }
            if (!Unify(element, type))
            {
                var optional = JoinWithNone(element, type);
                if (optional is not null) { element = optional; continue; }
                Report(TypingDiagnosticDescriptors.HeterogeneousContainer, expression, kind, element.Resolve().DisplayName, type.Resolve().DisplayName);
            }
        }
        return element ?? new TypeVariable();
    }

    /// <summary>T and None (either order, or an Optional and its base) join to T | None; anything else does not join.</summary>
    private static PyType? JoinWithNone(PyType a, PyType b)
    {
        a = a.Resolve();
        b = b.Resolve();
        if (a == PyType.None && b is not TypeVariable) return PyType.Optional(b);
        if (b == PyType.None && a is not TypeVariable) return PyType.Optional(a);
        if (a is UnionType { IsOptional: true } ua && (ua.WithoutNone == b || b == PyType.None)) return a;
        if (b is UnionType { IsOptional: true } ub && ub.WithoutNone == a) return b;
        return null;
    }

    private PyType JoinBranches(PyType a, PyType b, SyntaxNode at)
    {
        if (Unify(a, b)) return a.Resolve();
        if (JoinWithNone(a, b) is { } joined) return joined;
        Report(TypingDiagnosticDescriptors.HeterogeneousContainer, at, "the branches of the conditional expression", a.Resolve().DisplayName, b.Resolve().DisplayName);
        return PyType.Error;
    }

    private PyType DictDisplayType(DictionaryExpressionSyntax dict, DictType? expected)
    {
        PyType? key = expected?.Key, value = expected?.Value;
        foreach (var entry in dict.Entries)
        {
            switch (entry)
            {
                case KeyValueEntrySyntax pair:
                {
                    var k = TypeOf(pair.Key, expected?.Key);
                    var v = TypeOf(pair.Value, expected?.Value);
                    if (key is null) { key = k; value = v; continue; }
                    if (!Unify(key, k)) Report(TypingDiagnosticDescriptors.HeterogeneousContainer, pair.Key, "dict key", key.Resolve().DisplayName, k.Resolve().DisplayName);
                    if (!Unify(value!, v))
                    {
                        if (JoinWithNone(value!, v) is { } joined) value = joined;
                        else Report(TypingDiagnosticDescriptors.HeterogeneousContainer, pair.Value, "dict value", value!.Resolve().DisplayName, v.Resolve().DisplayName);
                    }
                    break;
                }
                case DictionaryUnpackEntrySyntax unpack:
                {
                    var other = TypeOf(unpack.Expression).Resolve();
                    if (other is DictType d)
                    {
                        if (key is null) { key = d.Key; value = d.Value; }
                        else if (!Unify(key, d.Key) || !Unify(value!, d.Value)) Report(TypingDiagnosticDescriptors.HeterogeneousContainer, unpack, "dict", new DictType(key, value!).DisplayName, d.DisplayName);
                    }
                    break;
                }
            }
        }
        return new DictType(key ?? new TypeVariable(), value ?? new TypeVariable());
    }

    /// <summary>Types the for/if clauses of a comprehension (binding its iteration variables), then its element.</summary>
    private PyType ComprehensionType(SyntaxList<ComprehensionClauseSyntax> clauses, Func<PyType> element)
    {
        var saved = _flow;
        foreach (var clause in clauses)
        {
            switch (clause)
            {
                case ComprehensionForClauseSyntax forClause:
                    var iterable = TypeOf(forClause.Iterable);
                    AssignTarget(forClause.Target, ElementTypeOf(iterable, forClause.Iterable), forClause.Iterable);
                    break;
                case ComprehensionIfClauseSyntax ifClause:
                    TypeOf(ifClause.Condition);
                    _flow = ConditionStates(ifClause.Condition, _flow).WhenTrue;
                    break;
            }
        }
        var type = element();
        _flow = saved;
        return type;
    }

    /// <summary>The type a for loop over a value gets; reports a non-iterable value.</summary>
    private PyType ElementTypeOf(PyType iterable, SyntaxNode at)
    {
        var resolved = iterable.Resolve();
        if (resolved is ErrorType) return PyType.Error;
        if (TypeFacts.GetIterationType(resolved) is { } element) return element;
        if (resolved is TypeVariable) return new TypeVariable();
        if (resolved is ClassType { Class: var cls } && cls.LookupMethod("__iter__") is not null)
        {
            Report(TypingDiagnosticDescriptors.NotSupported, at, "iterating over a user class");
            return PyType.Error;
        }
        Report(TypingDiagnosticDescriptors.NotIterable, at, resolved.DisplayName);
        return PyType.Error;
    }

    private ExpressionInfo UnaryInfo(UnaryExpressionSyntax unary)
    {
        var operand = TypeOf(unary.Operand);
        if (unary.OperatorToken.Kind == SyntaxKind.NotKeyword)
        {
            var truth = ResolveOperation("operator.not_", [operand], unary, "not");
            return new ExpressionInfo(PyType.Bool) { Resolution = truth };
        }
        var name = OperatorNames.Unary(unary.OperatorToken.Kind)!;
        var result = ResolveOperation(name, [operand], unary, "unary " + unary.OperatorToken.Text);
        return new ExpressionInfo(ResultType(result, unary)) { Resolution = result };
    }

    private ExpressionInfo BinaryInfo(BinaryExpressionSyntax binary)
    {
        var kind = binary.OperatorToken.Kind;
        if (kind is SyntaxKind.AndKeyword or SyntaxKind.OrKeyword)
        {
            var left = TypeOf(binary.Left);
            var saved = _flow;
            var (whenTrue, whenFalse) = ConditionStates(binary.Left, _flow);
            _flow = kind == SyntaxKind.AndKeyword ? whenTrue : whenFalse;
            var right = TypeOf(binary.Right);
            _flow = saved;
            // `a or b` gives a when a is truthy: an Optional a contributes its non-None part.
            var leftPart = kind == SyntaxKind.OrKeyword && left.Resolve() is UnionType { IsOptional: true } optional ? optional.WithoutNone : left;
            if (Unify(leftPart, right)) return new ExpressionInfo(right.Resolve());
            if (JoinWithNone(leftPart, right) is { } joined) return new ExpressionInfo(joined);
            // `if word and word not in stop:`: only the truth of the result is used, so the operands may differ.
            if (AnalysisSyntaxFacts.IsTruthOnly(binary)) return new ExpressionInfo(PyType.Bool);
            Report(TypingDiagnosticDescriptors.HeterogeneousContainer, binary, $"the operands of '{binary.OperatorToken.Text}'", leftPart.Resolve().DisplayName, right.Resolve().DisplayName);
            return new ExpressionInfo(PyType.Error);
        }
        var a = TypeOf(binary.Left);
        var b = TypeOf(binary.Right);
        if (DunderCall(OperatorNames.Binary(kind)!, a, b, binary, binary.Right) is { } dunder) return dunder;
        // int ** -literal is a float in Python (typeshed's _NegativeInteger overload): resolve it as float ** float.
        if (kind == SyntaxKind.StarStarToken && a.Resolve() == PyType.Int && b.Resolve() == PyType.Int
            && binary.Right is UnaryExpressionSyntax { OperatorToken.Kind: SyntaxKind.MinusToken, Operand: LiteralExpressionSyntax { Token.Kind: SyntaxKind.NumberToken } negated }
            && PythonLiterals.GetNumberValue(negated.Token) is BigInteger magnitude && !magnitude.IsZero)
            (a, b) = (PyType.Float, PyType.Float);
        var result = ResolveOperation(OperatorNames.Binary(kind)!, [a, b], binary, binary.OperatorToken.Text);
        return new ExpressionInfo(ResultType(result, binary)) { Resolution = result };
    }

    private ExpressionInfo ComparisonInfo(ComparisonExpressionSyntax comparison)
    {
        var left = TypeOf(comparison.Left);
        foreach (var clause in comparison.Comparisons)
        {
            var right = TypeOf(clause.Right);
            var name = OperatorNames.Comparison(clause.OperatorToken.Kind, clause.SecondOperatorToken.Kind)!;
            // `x in c` is contains(c, x).
            PyType[] arguments = name == "operator.contains" ? [right, left] : [left, right];
            var text = clause.SecondOperatorToken.Kind == SyntaxKind.None ? clause.OperatorToken.Text : clause.OperatorToken.Text + " " + clause.SecondOperatorToken.Text;
            if (name is not ("operator.contains" or "operator.is_" or "operator.is_not") && DunderCall(name, left, right, clause, clause.Right) is { } dunder)
            {
                Record(clause, dunder);
                left = right;
                continue;
            }
            var result = ResolveOperation(name, arguments, clause, text);
            Record(clause, new ExpressionInfo(ResultType(result, clause)) { Resolution = result });
            left = right;
        }
        return new ExpressionInfo(PyType.Bool);
    }

    /// <summary>
    /// <c>a + b</c> or <c>a &lt; b</c> where a is an instance of a user class that defines the operator's method
    /// (<c>__add__</c>, <c>__lt__</c>): a call of that method on a, with b as its argument. Otherwise, when b is an
    /// instance of a user class that defines the reflected method (<c>__radd__</c>; for a comparison the mirrored
    /// one: b's <c>__gt__</c> for <c>a &lt; b</c>, <c>__eq__</c> for <c>==</c>), a call of that on b with a, which
    /// is where CPython ends up once a's method is missing or returns NotImplemented (the int and float methods do
    /// for a user class). Null when neither applies (the operation library decides then). A method that returns
    /// NotImplemented itself is not modelled: its static return type must be the result's.
    /// </summary>
    private ExpressionInfo? DunderCall(string operationName, PyType left, PyType right, SyntaxNode at, SyntaxNode rightSyntax)
    {
        var dunder = "__" + operationName["operator.".Length..].TrimEnd('_') + "__";
        if (left.Resolve() is ClassType { Class: { IsBuiltin: false } cls } receiver && cls.LookupMethod(dunder) is { } method)
            return OperatorMethodCall(method, receiver, right, at, rightSyntax, reflected: false);
        if (right.Resolve() is ClassType { Class: { IsBuiltin: false } rightClass } rightReceiver
            && ReflectedDunder(dunder) is { } reflectedName && rightClass.LookupMethod(reflectedName) is { } reflected)
            return OperatorMethodCall(reflected, rightReceiver, left, at, at, reflected: true);
        return null;
    }

    /// <summary>The method CPython tries on the right operand: <c>__radd__</c> for <c>__add__</c>, the mirrored comparison for a comparison.</summary>
    private static string? ReflectedDunder(string dunder) => dunder switch
    {
        "__lt__" => "__gt__",
        "__le__" => "__ge__",
        "__gt__" => "__lt__",
        "__ge__" => "__le__",
        "__eq__" => "__eq__",
        "__ne__" => "__ne__",
        "__add__" or "__sub__" or "__mul__" or "__truediv__" or "__floordiv__" or "__mod__" or "__pow__" or "__matmul__"
            or "__lshift__" or "__rshift__" or "__and__" or "__or__" or "__xor__" => "__r" + dunder[2..],
        _ => null,
    };

    /// <summary>A call of an operator method on <paramref name="receiver"/> with <paramref name="operand"/>.</summary>
    private ExpressionInfo OperatorMethodCall(FunctionSymbol method, ClassType receiver, PyType operand, SyntaxNode at, SyntaxNode operandSyntax, bool reflected)
    {
        var right = operand;
        var rightSyntax = operandSyntax;
        if (method.Parameters.Count != 2 || method.Parameters.Any(p => p.ParameterKind is not (ParameterKind.PositionalOnly or ParameterKind.PositionalOrKeyword)))
        {
            Report(TypingDiagnosticDescriptors.WrongArguments, at, $"{method.Name}() must take self and one operand");
            return new ExpressionInfo(PyType.Error);
        }
        var parameter = method.Parameters[1];
        if (parameter.DeclaredType is { } declared && !IsAssignable(declared, right, inference.Unifier))
            Report(TypingDiagnosticDescriptors.ArgumentTypeMismatch, rightSyntax, parameter.Name, method.QualifiedName, right.Resolve().DisplayName, declared.DisplayName);
        var target = inference.InstantiateForCall(method, [receiver, parameter.DeclaredType ?? right], instance);
        if (target is null) return new ExpressionInfo(PyType.Error) { Symbol = method };
        return new ExpressionInfo(inference.EffectiveReturnType(target)) { Symbol = method, CalledInstance = target, Reflected = reflected };
    }

    /// <summary>The type of an operation's result: the overload's, or for a deferred one a stand-in variable later rounds can bind.</summary>
    private PyType ResultType(OverloadResolutionResult? result, SyntaxNode at)
    {
        if (result is null) return PyType.Error;
        if (result.IsResolved) return result.ReturnType;
        if (!instance.DeferredResults.TryGetValue(at, out var standIn)) instance.DeferredResults[at] = standIn = new TypeVariable();
        return standIn;
    }

    /// <summary>Resolves an operation; reports no match (CPython's TypeError wording for operators) and returns null.</summary>
    private OverloadResolutionResult? ResolveOperation(string name, IReadOnlyList<PyType> arguments, SyntaxNode at, string display, IReadOnlyList<string?>? keywords = null)
    {
        if (arguments.Any(a => a.Resolve() is ErrorType)) return null;
        if (inference.Library.GetOperation(name) is not { } operation)
        {
            Report(TypingDiagnosticDescriptors.NotSupported, at, $"'{display}' ({name} is not in the operation library)");
            return null;
        }
        var callArguments = arguments.Select((a, i) => new CallArgument(a, keywords?[i])).ToArray();
        var result = inference.Resolver.Resolve(operation, callArguments);
        switch (result.Kind)
        {
            case OverloadResolutionKind.Resolved:
                return result;
            case OverloadResolutionKind.Deferred:
                if (inference.Reporting) Report(TypingDiagnosticDescriptors.OperandTypesNeverFixed, at, $"'{display}'");
                return result;
            default:
                var types = string.Join(", ", arguments.Select(a => a.Resolve().DisplayName));
                var message = operation.Kind == OperationKind.Operator && arguments.Count == 2
                    ? $"unsupported operand type(s) for {display}: '{arguments[0].Resolve().DisplayName}' and '{arguments[1].Resolve().DisplayName}'"
                    : operation.Kind == OperationKind.Operator && arguments.Count == 1
                        ? $"bad operand type for {display}: '{arguments[0].Resolve().DisplayName}'"
                        : $"{operation.Name} does not accept arguments ({types})";
                Report(TypingDiagnosticDescriptors.NoMatchingOverload, at, message);
                return null;
        }
    }
}
