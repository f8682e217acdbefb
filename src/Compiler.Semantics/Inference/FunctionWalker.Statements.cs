using PythonAot.Compiler.Semantics.Binding;
using PythonAot.Compiler.Semantics.Diagnostics;
using PythonAot.Compiler.Semantics.Operations;
using PythonAot.Compiler.Semantics.Symbols;
using PythonAot.Compiler.Semantics.Types;
using PythonAot.Compiler.Syntax;

namespace PythonAot.Compiler.Semantics.Inference;

internal sealed partial class FunctionWalker
{
    private void WalkStatements(IEnumerable<SyntaxNode> statements)
    {
        foreach (var statement in statements)
        {
            WalkStatement(statement);
        }
    }

    private void WalkBlock(BlockSyntax block)
    {
        switch (block)
        {
            case IndentedBlockSyntax indented:
                WalkStatements(indented.Statements);
                break;
            case InlineBlockSyntax inline:
                WalkStatements(inline.Statements);
                break;
        }
    }

    private void WalkStatement(SyntaxNode statement)
    {
        switch (statement)
        {
            case SimpleStatementLineSyntax line:
                WalkStatements(line.Statements);
                break;
            case ExpressionStatementSyntax expression:
                TypeOf(expression.Expression);
                break;
            case AssignmentStatementSyntax assignment:
            {
                var value = TypeOf(assignment.Value);
                foreach (var target in assignment.Targets) AssignTarget(target.Target, value, assignment.Value);
                break;
            }
            case AnnotatedAssignmentStatementSyntax annotated:
                WalkAnnotatedAssignment(annotated);
                break;
            case AugmentedAssignmentStatementSyntax augmented:
                WalkAugmentedAssignment(augmented);
                break;
            case ReturnStatementSyntax ret:
                WalkReturn(ret);
                break;
            case PassStatementSyntax or GlobalStatementSyntax or NonlocalStatementSyntax or ImportStatementSyntax or FromImportStatementSyntax:
                break;
            case BreakStatementSyntax or ContinueStatementSyntax:
                _flow = FlowState.Dead;
                break;
            case RaiseStatementSyntax raise:
                if (raise.Exception is { } exception) CheckException(TypeOf(exception), exception);
                if (raise.Cause is { } cause) TypeOf(cause);
                _flow = FlowState.Dead;
                break;
            case AssertStatementSyntax assert:
                ApplyCondition(assert.Condition, whenTrue: true);
                if (assert.Message is { } message) TypeOf(message);
                break;
            case DeleteStatementSyntax delete:
                foreach (var target in delete.Targets) WalkDelete(target);
                break;
            case IfStatementSyntax ifStatement:
                WalkIf(ifStatement);
                break;
            case WhileStatementSyntax whileStatement:
                WalkWhile(whileStatement);
                break;
            case ForStatementSyntax forStatement:
                WalkFor(forStatement);
                break;
            case TryStatementSyntax tryStatement:
                WalkTry(tryStatement);
                break;
            case WithStatementSyntax withStatement:
                foreach (var item in withStatement.Items)
                {
                    var context = TypeOf(item.Expression);
                    if (context is not ErrorType) Report(TypingDiagnosticDescriptors.NotSupported, item.Expression, $"a with statement over {context.Resolve().DisplayName} (no __enter__/__exit__ is known for it)");
                    if (item.Target is { } target) AssignTarget(target, PyType.Error, item.Expression);
                }
                WalkBlock(withStatement.Body);
                break;
            case FunctionDefinitionSyntax def:
                WalkFunctionDefinition(def);
                break;
            case ClassDefinitionSyntax classDefinition:
                WalkClassDefinition(classDefinition);
                break;
            case MatchStatementSyntax match:
                Report(TypingDiagnosticDescriptors.NotSupported, match.MatchKeyword.Parent!, "the match statement");
                break;
            case TypeAliasStatementSyntax alias:
                Report(TypingDiagnosticDescriptors.NotSupported, alias, "the type statement");
                break;
        }
    }

    private void WalkAnnotatedAssignment(AnnotatedAssignmentStatementSyntax annotated)
    {
        if (annotated.Target is NameExpressionSyntax name)
        {
            var (resolved, slot) = ResolveName(name);
            if (resolved.Binding is { Owner.Kind: ScopeKind.Class }) return; // a class field declaration (fields are declared up front)
            if (annotated.Value is { } value && slot is not null)
            {
                var valueType = TypeOf(value, slot.IsDeclared ? slot.Inner : null);
                AssignToSlot(slot, valueType, annotated.Target, name.Identifier.ValueText);
                Narrow(resolved.Binding!, slot, valueType);
            }
            Record(name, new ExpressionInfo(slot?.Type ?? PyType.Error) { Symbol = resolved.Binding is null ? null : inference.GetSymbol(resolved.Binding) });
            return;
        }
        if (annotated.Value is { } other) AssignTarget(annotated.Target, TypeOf(other), other);
    }

    private void WalkAugmentedAssignment(AugmentedAssignmentStatementSyntax augmented)
    {
        var target = TypeOf(augmented.Target);
        var value = TypeOf(augmented.Value);
        var (inPlace, plain) = OperatorNames.ForAugmented(augmented.OperatorToken.Kind);
        // The in-place form exists only where it differs (list +=, set |=); otherwise x op= y is x = x op y.
        OverloadResolutionResult? result = null;
        if (inference.Library.GetOperation(inPlace) is { } inPlaceOperation)
        {
            var attempt = inference.Resolver.Resolve(inPlaceOperation, [new CallArgument(target), new CallArgument(value)]);
            if (attempt.IsResolved) result = attempt;
        }
        result ??= ResolveOperation(plain, [target, value], augmented, OperatorNames.Symbol(augmented.OperatorToken.Kind).TrimEnd('='));
        var resultType = ResultType(result, augmented);
        Record(augmented, new ExpressionInfo(resultType) { Resolution = result });
        if (result is not null) AssignTarget(augmented.Target, resultType, augmented);
    }

    private void WalkReturn(ReturnStatementSyntax ret)
    {
        if (instance.Function is null)
        {
            _flow = FlowState.Dead;
            return;
        }
        var value = ret.Value is { } expression ? TypeOf(expression, instance.Function.DeclaredReturnType) : PyType.None;
        var isRecursiveCall = ret.Value is CallExpressionSyntax call && instance.Expressions.TryGetValue(call, out var info) && ReferenceEquals(info.CalledInstance, instance);
        if (ret.Value is not null && !isRecursiveCall && value.Resolve() is not TypeVariable) instance.HasReturnValue = true;
        if (instance.Function.IsGenerator)
        {
            _flow = FlowState.Dead;
            return;
        }
        UnifyReturn(instance.Function.DeclaringSyntax!, value, (SyntaxNode?)ret.Value ?? ret);
        _flow = FlowState.Dead;
    }

    private void WalkDelete(ExpressionSyntax target)
    {
        switch (target)
        {
            case SubscriptExpressionSyntax subscript:
            {
                var container = TypeOf(subscript.Expression);
                var index = TypeOfIndex(subscript);
                var result = ResolveOperation("operator.delitem", [container, index], subscript, "del");
                Record(subscript, new ExpressionInfo(PyType.None) { Resolution = result });
                break;
            }
            case NameExpressionSyntax name:
                var (resolved, _) = ResolveName(name);
                if (resolved.Binding is not null) _flow = _flow with { Narrowing = _flow.Narrowing.Without(resolved.Binding) };
                Report(TypingDiagnosticDescriptors.NotSupported, name, "deleting a variable");
                break;
            case TupleExpressionSyntax tuple:
                foreach (var element in tuple.Elements) WalkDelete(element);
                break;
            default:
                Report(TypingDiagnosticDescriptors.NotSupported, target, "this del target");
                break;
        }
    }

    private void WalkIf(IfStatementSyntax ifStatement)
    {
        var entry = _flow;
        var clauses = new List<(ExpressionSyntax Condition, BlockSyntax Body)> { (ifStatement.Condition, ifStatement.Body) };
        clauses.AddRange(ifStatement.ElifClauses.Select(e => (e.Condition, e.Body)));
        var exits = new List<FlowState>();
        var falsePath = entry;
        foreach (var (condition, body) in clauses)
        {
            _flow = falsePath;
            TypeOf(condition);
            var (whenTrue, whenFalse) = ConditionStates(condition, _flow);
            _flow = whenTrue;
            WalkBlock(body);
            exits.Add(_flow);
            falsePath = whenFalse;
        }
        _flow = falsePath;
        if (ifStatement.ElseClause is { } elseClause) WalkBlock(elseClause.Body);
        exits.Add(_flow);
        _flow = exits.Aggregate(FlowState.Join);
    }

    private void WalkWhile(WhileStatementSyntax whileStatement)
    {
        // Narrowings of variables the loop assigns do not survive into the next iteration: drop them at the head,
        // which is the fixed point of the loop for narrowing.
        _flow = _flow with { Narrowing = _flow.Narrowing.WithoutAll(AssignedNames(whileStatement)) };
        var head = _flow;
        TypeOf(whileStatement.Condition);
        var (whenTrue, whenFalse) = ConditionStates(whileStatement.Condition, _flow);
        _flow = whenTrue;
        _loopDepth++;
        WalkBlock(whileStatement.Body);
        _loopDepth--;
        var isInfinite = whileStatement.Condition is LiteralExpressionSyntax { Token.Kind: SyntaxKind.TrueKeyword };
        _flow = whenFalse;
        if (whileStatement.ElseClause is { } elseClause) WalkBlock(elseClause.Body);
        _flow = isInfinite && !ContainsBreak(whileStatement.Body) ? FlowState.Dead : FlowState.Join(_flow, head with { Narrowing = NarrowingState.Empty });
    }

    private void WalkFor(ForStatementSyntax forStatement)
    {
        var iterable = TypeOf(forStatement.Iterable);
        var element = ElementTypeOf(iterable, forStatement.Iterable);
        _flow = _flow with { Narrowing = _flow.Narrowing.WithoutAll(AssignedNames(forStatement)) };
        var head = _flow;
        AssignTarget(forStatement.Target, element, forStatement.Iterable);
        _loopDepth++;
        WalkBlock(forStatement.Body);
        _loopDepth--;
        _flow = head;
        if (forStatement.ElseClause is { } elseClause) WalkBlock(elseClause.Body);
        _flow = _flow with { Narrowing = NarrowingState.Empty };
    }

    private void WalkTry(TryStatementSyntax tryStatement)
    {
        var entry = _flow with { Narrowing = _flow.Narrowing.WithoutAll(AssignedNames(tryStatement)) };
        _flow = entry;
        WalkBlock(tryStatement.Body);
        if (tryStatement.ElseClause is { } elseClause) WalkBlock(elseClause.Body);
        var exits = new List<FlowState> { _flow };
        foreach (var handler in tryStatement.ExceptClauses)
        {
            _flow = entry;
            PyType exceptionType = new ClassType(BuiltinClasses.BaseException);
            if (handler.Type is { } typeExpression) exceptionType = ExceptionClassOf(typeExpression);
            if (handler.Name.Kind != SyntaxKind.None && Module.Scopes.GetEnclosingScope(handler).Lookup(handler.Name.ValueText) is { } name)
            {
                var slot = inference.GetSlot(name, instance);
                AssignToSlot(slot, exceptionType, handler, name.Name);
                // Handlers catching different classes share a variable of their common base: narrow to this one's class.
                if (slot.IsDeclared && exceptionType.Resolve() is ClassType caught && slot.Type.Resolve() != caught)
                    _flow = _flow with { Narrowing = _flow.Narrowing.With(name, caught) };
            }
            WalkBlock(handler.Body);
            exits.Add(_flow);
        }
        _flow = exits.Aggregate(FlowState.Join);
        if (tryStatement.FinallyClause is { } finallyClause)
        {
            var after = _flow;
            _flow = entry;
            WalkBlock(finallyClause.Body);
            _flow = _flow.Unreachable ? _flow : after;
        }
    }

    /// <summary>The class type an except clause catches (a common base for a tuple of classes).</summary>
    private PyType ExceptionClassOf(ExpressionSyntax expression)
    {
        var type = TypeOf(expression).Resolve();
        switch (type)
        {
            case ClassObjectType c when c.Class.IsSubclassOf(BuiltinClasses.BaseException):
                return new ClassType(c.Class);
            case TupleType tuple when tuple.Elements.All(e => e.Resolve() is ClassObjectType):
            {
                var classes = tuple.Elements.Select(e => ((ClassObjectType)e.Resolve()).Class).ToList();
                var common = classes[0];
                while (!classes.All(c => c.IsSubclassOf(common))) common = common.BaseClass!;
                return new ClassType(common);
            }
            case ErrorType:
                return type;
            default:
                Report(TypingDiagnosticDescriptors.NotSupported, expression, $"catching {type.DisplayName} (not an exception class)");
                return PyType.Error;
        }
    }

    private void CheckException(PyType type, ExpressionSyntax expression)
    {
        var resolved = type.Resolve();
        if (resolved is ErrorType) return;
        if (resolved is ClassType c && c.Class.IsSubclassOf(BuiltinClasses.BaseException)) return;
        if (resolved is ClassObjectType o && o.Class.IsSubclassOf(BuiltinClasses.BaseException)) return;
        Report(TypingDiagnosticDescriptors.NotSupported, expression, $"raising {resolved.DisplayName} (exceptions must derive from BaseException)");
    }

    private void WalkFunctionDefinition(FunctionDefinitionSyntax def)
    {
        foreach (var decorator in def.Decorators)
            if (decorator.Expression is not NameExpressionSyntax { Identifier.ValueText: "staticmethod" or "property" })
                Report(TypingDiagnosticDescriptors.NotSupported, decorator.Expression, "the decorator '" + decorator.Expression + "'");
        foreach (var parameter in def.Parameters.Parameters)
            if (parameter.Default is { } defaultValue) TypeOf(defaultValue);
        if (def.AsyncKeyword.Kind != SyntaxKind.None) return;
        // A nested annotated def is analyzed as a closure of this instance; unannotated ones when called.
        if (inference.GetFunction(def) is { IsFullyAnnotated: true, ContainingFunction: not null } nested && instance.Function is not null)
            inference.InstantiateForCall(nested, [], instance);
    }

    private void WalkClassDefinition(ClassDefinitionSyntax classDefinition)
    {
        if (instance.Function is not null || classDefinition.Parent is not ModuleSyntax)
        {
            Report(TypingDiagnosticDescriptors.NotSupported, classDefinition, "a class defined inside a function or block");
            return;
        }
        // Class-body statements other than defs: class attributes and field defaults.
        if (classDefinition.Body is IndentedBlockSyntax block)
        {
            foreach (var statement in block.Statements)
            {
                if (statement is FunctionDefinitionSyntax def)
                {
                    WalkFunctionDefinition(def);
                    continue;
                }
                if (statement is SimpleStatementLineSyntax line)
                    foreach (var simple in line.Statements)
                    {
                        if (simple is AnnotatedAssignmentStatementSyntax { Value: { } defaultValue } annotated && inference.DeclaredSymbols.GetValueOrDefault(annotated) is FieldSymbol field)
                        {
                            var valueType = TypeOf(defaultValue, field.Type);
                            CheckAssignable(field.Type, valueType, defaultValue, field.Name);
                        }
                        else if (simple is not AnnotatedAssignmentStatementSyntax)
                        {
                            WalkStatement(simple);
                        }
                    }
            }
        }
        var symbol = inference.GetClass(classDefinition)!;
        CheckOverrides(symbol);
    }

    private void CheckOverrides(ClassSymbol symbol)
    {
        if (symbol.BaseClass is null || symbol.BaseClass.IsBuiltin) return;
        foreach (var method in symbol.Methods)
        {
            if (method.Name == "__init__" || symbol.BaseClass.LookupMethod(method.Name) is not { } overridden) continue;
            if (!method.IsFullyAnnotated || !overridden.IsFullyAnnotated) continue;
            var mine = Signature(method);
            var theirs = Signature(overridden);
            if (mine != theirs) Report(TypingDiagnosticDescriptors.IncompatibleOverride, method.DeclaringSyntax!, method.QualifiedName, overridden.QualifiedName, mine, theirs);
        }

        static string Signature(FunctionSymbol f) =>
            "(" + string.Join(", ", f.Parameters.Skip(1).Select(p => p.DeclaredType?.DisplayName ?? "?")) + ") -> " + f.DeclaredReturnType?.DisplayName;
    }

    /// <summary>Assigns a value of <paramref name="value"/> type to a target (name, tuple/list pattern, subscript, attribute).</summary>
    private void AssignTarget(ExpressionSyntax target, PyType value, SyntaxNode valueSyntax)
    {
        switch (target)
        {
            case NameExpressionSyntax name:
            {
                var (resolved, slot) = ResolveName(name);
                if (slot is null)
                {
                    Record(name, new ExpressionInfo(PyType.Error));
                    if (resolved.Binding is not null) Report(TypingDiagnosticDescriptors.NotSupported, name, $"rebinding the function, class or module name '{name.Identifier.ValueText}'");
                    return;
                }
                AssignToSlot(slot, value, name, name.Identifier.ValueText);
                Narrow(resolved.Binding!, slot, value);
                Record(name, new ExpressionInfo(slot.Type) { Symbol = inference.GetSymbol(resolved.Binding!) });
                return;
            }
            case ParenthesizedExpressionSyntax parenthesized:
                AssignTarget(parenthesized.Expression, value, valueSyntax);
                return;
            case TupleExpressionSyntax tuple:
                AssignElements(target, tuple.Elements.ToList(), value, valueSyntax);
                return;
            case ListExpressionSyntax list:
                AssignElements(target, list.Elements.ToList(), value, valueSyntax);
                return;
            case SubscriptExpressionSyntax subscript:
            {
                var container = TypeOf(subscript.Expression);
                var index = TypeOfIndex(subscript);
                var result = ResolveOperation("operator.setitem", [container, index, value], subscript, "item assignment");
                Record(subscript, new ExpressionInfo(value) { Resolution = result });
                return;
            }
            case MemberAccessExpressionSyntax member:
                AssignMember(member, value);
                return;
            case StarredExpressionSyntax starred:
                AssignTarget(starred.Expression, value, valueSyntax);
                return;
            default:
                Report(TypingDiagnosticDescriptors.NotSupported, target, "this assignment target");
                return;
        }
    }

    private void AssignElements(ExpressionSyntax target, IReadOnlyList<ExpressionSyntax> elements, PyType value, SyntaxNode valueSyntax)
    {
        var resolved = value.Resolve();
        Record(target, new ExpressionInfo(resolved));
        var starIndex = elements.ToList().FindIndex(e => e is StarredExpressionSyntax);
        if (resolved is TupleType { IsVariadic: false } tuple)
        {
            if (starIndex < 0 && tuple.Elements.Count != elements.Count)
            {
                Report(TypingDiagnosticDescriptors.UnpackCountMismatch, target, tuple.Elements.Count, elements.Count);
                return;
            }
            if (starIndex >= 0)
            {
                Report(TypingDiagnosticDescriptors.NotSupported, elements[starIndex], "a starred target in tuple unpacking");
                return;
            }
            for (var i = 0; i < elements.Count; i++) AssignTarget(elements[i], tuple.Elements[i], valueSyntax);
            return;
        }
        if (resolved is ErrorType)
        {
            foreach (var element in elements) AssignTarget(element, PyType.Error, valueSyntax);
            return;
        }
        var item = ElementTypeOf(resolved, valueSyntax);
        for (var i = 0; i < elements.Count; i++)
            AssignTarget(elements[i], i == starIndex ? new ListType(item) : item, valueSyntax);
    }

    private void AssignMember(MemberAccessExpressionSyntax member, PyType value)
    {
        var receiver = TypeOf(member.Expression).Resolve();
        if (receiver is ClassType { Class: var cls } && cls.LookupField(member.Name.ValueText) is { } field)
        {
            var slot = inference.GetFieldSlot(field);
            AssignToSlot(slot, value, member, $"{cls.Name}.{field.Name}");
            Record(member, new ExpressionInfo(slot.Type) { Symbol = field });
            return;
        }
        if (receiver is ErrorType) return;
        Report(TypingDiagnosticDescriptors.UnknownAttribute, member, receiver.DisplayName, member.Name.ValueText);
    }

    /// <summary>The names a statement assigns anywhere inside (for dropping narrowings at loop heads).</summary>
    private IEnumerable<ScopeName> AssignedNames(SyntaxNode statement)
    {
        foreach (var node in statement.DescendantNodes())
        {
            ExpressionSyntax? target = node switch
            {
                AssignmentTargetSyntax t => t.Target,
                AugmentedAssignmentStatementSyntax a => a.Target,
                AnnotatedAssignmentStatementSyntax a => a.Target,
                ForStatementSyntax f => f.Target,
                AssignmentExpressionSyntax w => w.Name,
                _ => null,
            };
            if (target is null) continue;
            foreach (var name in target.DescendantNodesAndSelf().OfType<NameExpressionSyntax>())
                if (Module.Scopes.Resolve(name).Binding is { } binding) yield return binding;
        }
    }

    private static bool ContainsBreak(BlockSyntax body) =>
        body.DescendantNodes(n => n is not (WhileStatementSyntax or ForStatementSyntax or FunctionDefinitionSyntax or ClassDefinitionSyntax or LambdaExpressionSyntax)).OfType<BreakStatementSyntax>().Any();
}
