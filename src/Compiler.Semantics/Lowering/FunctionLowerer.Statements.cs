using PythonAot.Compiler.Semantics.Binding;
using PythonAot.Compiler.Semantics.IR;
using PythonAot.Compiler.Semantics.Operations;
using PythonAot.Compiler.Semantics.Symbols;
using PythonAot.Compiler.Semantics.Types;
using PythonAot.Compiler.Syntax;

namespace PythonAot.Compiler.Semantics.Lowering;

internal sealed partial class FunctionLowerer
{
    private void LowerStatement(SyntaxNode statement)
    {
        switch (statement)
        {
            case SimpleStatementLineSyntax line:
                foreach (var simple in line.Statements) LowerStatement(simple);
                break;
            case ExpressionStatementSyntax { Expression: StringExpressionSyntax { Parts: [StringLiteralPartSyntax] } }:
                break; // a docstring: no effect
            case ExpressionStatementSyntax { Expression: YieldExpressionSyntax yield }:
                LowerYield(yield);
                break;
            case ExpressionStatementSyntax expression:
                Emit(new IrEvaluate(Expr(expression.Expression)), statement);
                break;
            case AssignmentStatementSyntax assignment:
                LowerAssignment(assignment);
                break;
            case AnnotatedAssignmentStatementSyntax annotated:
                if (annotated.Value is { } value && !(annotated.Target is NameExpressionSyntax n && Scopes.Resolve(n).Binding is { Owner.Kind: ScopeKind.Class }))
                    AssignTo(annotated.Target, Expr(value), annotated);
                break;
            case AugmentedAssignmentStatementSyntax augmented:
                LowerAugmentedAssignment(augmented);
                break;
            case ReturnStatementSyntax ret:
                LowerReturn(ret);
                break;
            case PassStatementSyntax or GlobalStatementSyntax or NonlocalStatementSyntax or ImportStatementSyntax or FromImportStatementSyntax:
                break;
            case FunctionDefinitionSyntax:
                break; // lifted: every instance is a function of the module; a reference makes the closure
            case BreakStatementSyntax:
                Emit(new IrBreak(), statement);
                break;
            case ContinueStatementSyntax:
                Emit(new IrContinue(), statement);
                break;
            case RaiseStatementSyntax raise:
                Emit(new IrRaise(raise.Exception is { } e ? ExceptionValue(e) : null, raise.Cause is { } c ? ExceptionValue(c) : null), raise);
                break;
            case AssertStatementSyntax assert:
                Emit(new IrAssert(Truth(Expr(assert.Condition)), assert.Message is { } message ? Expr(message) : null), assert);
                break;
            case DeleteStatementSyntax delete:
                foreach (var target in delete.Targets) LowerDelete(target);
                break;
            case IfStatementSyntax ifStatement:
                Emit(LowerIf(ifStatement.Condition, ifStatement.Body, ifStatement.ElifClauses, 0, ifStatement.ElseClause), ifStatement);
                break;
            case WhileStatementSyntax whileStatement:
            {
                var condition = Truth(Expr(whileStatement.Condition));
                Emit(new IrWhile(condition, LowerBlock(whileStatement.Body), ElseBlock(whileStatement.ElseClause)), whileStatement);
                break;
            }
            case ForStatementSyntax forStatement:
                LowerFor(forStatement);
                break;
            case TryStatementSyntax tryStatement:
                LowerTry(tryStatement);
                break;
            case ClassDefinitionSyntax classDefinition:
                LowerClassBody(classDefinition);
                break;
            default:
                throw new LoweringException(statement, $"the statement '{statement.Kind}'");
        }
    }

    private IrBlock ElseBlock(ElseClauseSyntax? clause) => clause is null ? new IrBlock() : LowerBlock(clause.Body);

    private IrIf LowerIf(ExpressionSyntax condition, BlockSyntax body, SyntaxList<ElifClauseSyntax> elifs, int next, ElseClauseSyntax? elseClause)
    {
        var test = Truth(Expr(condition));
        var then = LowerBlock(body);
        IrBlock otherwise;
        if (next < elifs.Count)
        {
            var elif = elifs[next];
            otherwise = new IrBlock();
            var nested = LowerIf(elif.Condition, elif.Body, elifs, next + 1, elseClause);
            At(nested, elif);
            LocationFiller.Fill(nested, nested.Location!);
            otherwise.Statements.Add(nested);
        }
        else otherwise = ElseBlock(elseClause);
        return new IrIf(test, then, otherwise);
    }

    /// <summary>A raised value: an exception instance, or a class raised bare (<c>raise ValueError</c> instantiates it).</summary>
    private IrExpression ExceptionValue(ExpressionSyntax expression)
    {
        if (Info(expression).Type.Resolve() is ClassObjectType { Class: var cls })
        {
            var initializer = cls.IsBuiltin ? null : cls.LookupMethod("__init__") is { } init ? SingleInstance(init, expression) : null;
            if (initializer is not null && initializer.Parameters.Count > 1) throw new LoweringException(expression, $"raising the class {cls.Name} without arguments");
            return At(new IrNew(new ClassType(cls), initializer, []), expression);
        }
        return Expr(expression);
    }

    private IrFunction SingleInstance(FunctionSymbol function, SyntaxNode at) =>
        Inference.GetInstances(function) is [var only] ? _module.GetFunction(only) : throw new LoweringException(at, $"a reference to {function.QualifiedName}, which has {Inference.GetInstances(function).Count} instances");

    private void LowerAssignment(AssignmentStatementSyntax assignment)
    {
        var value = Expr(assignment.Value);
        if (assignment.Targets.Count == 1)
        {
            AssignTo(assignment.Targets[0].Target, value, assignment);
            return;
        }
        // a = b = value: the value is evaluated once, then stored left to right.
        var temporary = NewTemporary(value.Type);
        Emit(new IrAssign(temporary, value), assignment);
        foreach (var target in assignment.Targets) AssignTo(target.Target, new IrLoad(temporary), assignment);
    }

    /// <summary>Stores a value into an assignment target: a name, a tuple or list pattern, an item or a field.</summary>
    private void AssignTo(ExpressionSyntax target, IrExpression value, SyntaxNode statement)
    {
        switch (target)
        {
            case NameExpressionSyntax name:
            {
                var variable = VariableOf(name);
                Emit(new IrAssign(variable, Coerce(value, variable.Type, target)), statement);
                return;
            }
            case ParenthesizedExpressionSyntax parenthesized:
                AssignTo(parenthesized.Expression, value, statement);
                return;
            case TupleExpressionSyntax or ListExpressionSyntax:
            {
                var after = new List<(ExpressionSyntax, IrVariable)>();
                var pattern = Pattern(target, value.Type, after);
                Emit(new IrUnpack(pattern, value), statement);
                foreach (var (element, temporary) in after) AssignTo(element, new IrLoad(temporary), statement);
                return;
            }
            case SubscriptExpressionSyntax subscript:
            {
                var resolution = Info(subscript).Resolution ?? throw new LoweringException(subscript, "this item assignment");
                if (!IsSimple(value))
                {
                    // Python evaluates the value before the container and the index.
                    var temporary = NewTemporary(value.Type);
                    Emit(new IrAssign(temporary, value), statement);
                    value = new IrLoad(temporary);
                }
                var container = Expr(subscript.Expression);
                var index = Index(subscript);
                Emit(new IrEvaluate(MakeCall(resolution, [container, index, value], null, subscript)), statement);
                return;
            }
            case MemberAccessExpressionSyntax member when Info(member).Symbol is FieldSymbol field:
            {
                var instance = Expr(member.Expression);
                Emit(new IrStoreField(instance, field, Coerce(value, Lower(field.Type, member), member)), statement);
                return;
            }
            default:
                throw new LoweringException(target, $"the assignment target '{target}'");
        }
    }

    /// <summary>
    /// The IR pattern of a tuple or list target unpacking a value of <paramref name="type"/>. A name whose variable
    /// type differs from the element's (an Optional variable), and item or field targets, receive a temporary that
    /// <paramref name="after"/> stores afterwards.
    /// </summary>
    private IrTarget Pattern(ExpressionSyntax target, PyType type, List<(ExpressionSyntax Target, IrVariable Temporary)> after, bool starred = false)
    {
        while (target is ParenthesizedExpressionSyntax p) target = p.Expression;
        if (target is StarredExpressionSyntax star) return Pattern(star.Expression, type, after, starred: true);
        if (target is TupleExpressionSyntax or ListExpressionSyntax)
        {
            var elements = target is TupleExpressionSyntax t ? t.Elements.ToList() : ((ListExpressionSyntax)target).Elements.ToList();
            var elementTargets = new List<IrTarget>();
            var element = TypeFacts.GetIterationType(type);
            for (var i = 0; i < elements.Count; i++)
            {
                var elementType = type is TupleType { IsVariadic: false } tuple && elements.All(e => e is not StarredExpressionSyntax)
                    ? tuple.Elements[i]
                    : elements[i] is StarredExpressionSyntax ? new ListType(element ?? throw new LoweringException(target, $"unpacking {type.DisplayName}")) : element ?? throw new LoweringException(target, $"unpacking {type.DisplayName}");
                elementTargets.Add(Pattern(elements[i], elementType, after));
            }
            return IrTarget.ForTuple(elementTargets, type, starred);
        }
        if (target is NameExpressionSyntax name && VariableOf(name) is var variable && variable.Type == type)
            return IrTarget.ForVariable(variable, starred);
        var temporary = NewTemporary(type);
        after.Add((target, temporary));
        return IrTarget.ForVariable(temporary, starred);
    }

    private void LowerAugmentedAssignment(AugmentedAssignmentStatementSyntax augmented)
    {
        var resolution = Info(augmented).Resolution ?? throw new LoweringException(augmented, "this augmented assignment");
        var value = Expr(augmented.Value);
        switch (augmented.Target)
        {
            case NameExpressionSyntax name:
            {
                var variable = VariableOf(name);
                var location = _module.LocationOf(augmented);
                var right = ApplyConversion(value, resolution.Conversions[1], Lower(resolution.ParameterTypes[1], augmented), location);
                if (resolution.Conversions[0] is ArgumentConversion.Identity or ArgumentConversion.ToIterator && Lower(resolution.ReturnType, augmented) == variable.Type)
                {
                    Emit(new IrAugmentedAssign(variable, resolution.Overload!, right), augmented);
                    return;
                }
                // The target converts (a bool counter += 1): x = op(convert(x), y).
                var call = MakeCall(resolution, [new IrLoad(variable) { Location = location }, value], null, augmented);
                Emit(new IrAssign(variable, Coerce(call, variable.Type, augmented)), augmented);
                return;
            }
            case SubscriptExpressionSyntax subscript:
            {
                // xs[i] op= v: container and index once, getitem, the operation, setitem.
                var containerValue = Expr(subscript.Expression);
                var indexValue = Index(subscript);
                var container = Hold(containerValue, augmented, indexValue, value);
                var index = Hold(indexValue, augmented, value);
                var current = Call("operator.getitem", [new IrLoad(container), new IrLoad(index)], subscript);
                var result = MakeCall(resolution, [current, value], null, augmented);
                Emit(new IrEvaluate(Call("operator.setitem", [new IrLoad(container), new IrLoad(index), result], subscript)), augmented);
                return;
            }
            case MemberAccessExpressionSyntax member when Info(member).Symbol is FieldSymbol field:
            {
                var instance = Hold(Expr(member.Expression), augmented, value);
                var current = At(new IrFieldLoad(new IrLoad(instance), field), member);
                var result = MakeCall(resolution, [current, value], null, augmented);
                Emit(new IrStoreField(new IrLoad(instance), field, Coerce(result, Lower(field.Type, member), member)), augmented);
                return;
            }
            default:
                throw new LoweringException(augmented.Target, "this augmented assignment target");
        }
    }

    /// <summary>
    /// Evaluates a value once and returns the variable that holds it: the variable the value reads when nothing
    /// evaluated after it (<paramref name="later"/>) can rebind that variable, else a new temporary. Reading the
    /// variable itself spares a copy (for a class instance or a list, a reference count increment and decrement
    /// per <c>b.vx -= d</c>).
    /// </summary>
    private IrVariable Hold(IrExpression value, SyntaxNode at, params IrExpression[] later)
    {
        if (value is IrLoad { Variable: var held } && IsStableDuring(held, later)) return held;
        var temporary = NewTemporary(value.Type);
        Emit(new IrAssign(temporary, value), at);
        return temporary;
    }

    /// <summary>
    /// Whether evaluating <paramref name="later"/> cannot rebind <paramref name="variable"/>. A global or captured
    /// variable can be rebound by any call, and so can a cell (a nested function may assign it through nonlocal);
    /// any other variable only by an assignment in <paramref name="later"/> itself (a walrus).
    /// </summary>
    private bool IsStableDuring(IrVariable variable, IReadOnlyList<IrExpression> later)
    {
        if (variable.Kind is IrVariableKind.Global or IrVariableKind.Captured) return false;
        if (_variables.Any(v => v.Value == variable && v.Key.IsCell)) return false;
        return later.All(e => !IrVariableUses.Collect(e).Written.Contains(variable));
    }

    private void LowerReturn(ReturnStatementSyntax ret)
    {
        if (_function.IsGenerator || ret.Value is null)
        {
            if (ret.Value is not null) Emit(new IrEvaluate(Expr(ret.Value)), ret);
            Emit(_function.ReturnType == PyType.None || _function.IsGenerator ? new IrReturn() : new IrReturn(Coerce(At(IrConstant.None, ret), _function.ReturnType, ret)), ret);
            return;
        }
        Emit(new IrReturn(Coerce(Expr(ret.Value), _function.ReturnType, ret.Value)), ret);
    }

    private void LowerYield(YieldExpressionSyntax yield)
    {
        var yieldType = _function.YieldType ?? PyType.None;
        if (yield.FromKeyword.Kind != SyntaxKind.None)
        {
            // yield from xs: for $x in xs: yield $x.
            var source = Expr(yield.Value!);
            var element = TypeFacts.GetIterationType(source.Type) ?? throw new LoweringException(yield, $"yield from {source.Type.DisplayName}");
            var item = NewTemporary(element);
            var body = new IrBlock();
            var location = _module.LocationOf(yield);
            body.Statements.Add(new IrYield(Coerce(new IrLoad(item) { Location = location }, yieldType, yield)) { Location = location });
            Emit(new IrFor(LoopKind(source.Type), IrTarget.ForVariable(item), source, body), yield);
            return;
        }
        var value = yield.Value is { } v ? Coerce(Expr(v), yieldType, v) : yieldType == PyType.None ? null : Coerce(At(IrConstant.None, yield), yieldType, yield);
        Emit(new IrYield(value), yield);
    }

    private void LowerDelete(ExpressionSyntax target)
    {
        switch (target)
        {
            case ParenthesizedExpressionSyntax parenthesized:
                LowerDelete(parenthesized.Expression);
                break;
            case TupleExpressionSyntax tuple:
                foreach (var element in tuple.Elements) LowerDelete(element);
                break;
            case SubscriptExpressionSyntax subscript:
            {
                var resolution = Info(subscript).Resolution ?? throw new LoweringException(subscript, "this del");
                Emit(new IrEvaluate(MakeCall(resolution, [Expr(subscript.Expression), Index(subscript)], null, subscript)), subscript);
                break;
            }
            default:
                throw new LoweringException(target, $"del {target}");
        }
    }

    private static IrForKind LoopKind(PyType iterable) =>
        iterable is ListType or TupleType or PrimitiveType { PrimitiveKind: PrimitiveTypeKind.Str or PrimitiveTypeKind.Bytes } ? IrForKind.Sequence : IrForKind.Iterator;

    private void LowerFor(ForStatementSyntax forStatement)
    {
        var target = forStatement.Target;
        while (target is ParenthesizedExpressionSyntax p) target = p.Expression;
        if (forStatement.Iterable is CallExpressionSyntax { ArgumentList.Arguments.Count: >= 1 and <= 3 } call
            && Info(call).Resolution is { Overload.OperationName: "builtins.range" } range
            && call.ArgumentList.Arguments.All(a => a.Name.Kind == SyntaxKind.None)
            && target is NameExpressionSyntax name)
        {
            // for i in range(...): a counted loop, no range object.
            var arguments = call.ArgumentList.Arguments.Select((a, i) => ApplyConversion(Expr(a.Expression), range.Conversions[i], PyType.Int, _module.LocationOf(a))).ToList();
            IrExpression Constant(long value) => At(new IrConstant(value), call);
            var (start, stop, step) = arguments.Count switch
            {
                1 => (Constant(0), arguments[0], Constant(1)),
                2 => (arguments[0], arguments[1], Constant(1)),
                _ => (arguments[0], arguments[1], arguments[2]),
            };
            var variable = VariableOf(name);
            var counter = variable.Type == PyType.Int ? variable : NewTemporary(PyType.Int);
            var body = LowerBlock(forStatement.Body);
            if (!ReferenceEquals(counter, variable))
                body.Statements.Insert(0, At(new IrAssign(variable, Coerce(new IrLoad(counter) { Location = _module.LocationOf(name) }, variable.Type, name)), name));
            Emit(IrFor.CreateRange(counter, start, stop, step, body, ElseBlock(forStatement.ElseClause)), forStatement);
            return;
        }
        var iterable = Expr(forStatement.Iterable);
        var element = TypeFacts.GetIterationType(iterable.Type) ?? throw new LoweringException(forStatement.Iterable, $"iterating over {iterable.Type.DisplayName}");
        var after = new List<(ExpressionSyntax, IrVariable)>();
        var pattern = Pattern(target, element, after);
        var loopBody = LowerBlock(forStatement.Body);
        var stores = Collect(() => { foreach (var (t, temporary) in after) AssignTo(t, new IrLoad(temporary), target); });
        loopBody.Statements.InsertRange(0, stores);
        Emit(new IrFor(LoopKind(iterable.Type), pattern, iterable, loopBody, ElseBlock(forStatement.ElseClause)), forStatement);
    }

    private void LowerTry(TryStatementSyntax tryStatement)
    {
        var body = LowerBlock(tryStatement.Body);
        var handlers = new List<IrExceptHandler>();
        foreach (var clause in tryStatement.ExceptClauses)
        {
            var classes = new List<ClassSymbol>();
            if (clause.Type is { } typeExpression)
            {
                switch (Info(typeExpression).Type.Resolve())
                {
                    case ClassObjectType { Class: var cls }:
                        classes.Add(cls);
                        break;
                    case TupleType tuple when tuple.Elements.All(e => e.Resolve() is ClassObjectType):
                        classes.AddRange(tuple.Elements.Select(e => ((ClassObjectType)e.Resolve()).Class));
                        break;
                    default:
                        throw new LoweringException(typeExpression, "this except clause");
                }
            }
            IrVariable? variable = null;
            if (clause.Name.Kind != SyntaxKind.None && Scopes.GetEnclosingScope(clause).Lookup(clause.Name.ValueText) is { } scopeName)
                variable = Variable(scopeName, clause);
            handlers.Add(At(new IrExceptHandler(classes, variable, LowerBlock(clause.Body)), clause));
        }
        var @else = ElseBlock(tryStatement.ElseClause);
        var @finally = tryStatement.FinallyClause is { } finallyClause ? LowerBlock(finallyClause.Body) : null;
        Emit(new IrTry(body, handlers, @else, @finally), tryStatement);
    }

    /// <summary>A class body's statements other than defs and field declarations (class attributes) run in the module's init.</summary>
    private void LowerClassBody(ClassDefinitionSyntax classDefinition)
    {
        if (classDefinition.Body is not IndentedBlockSyntax block) return;
        foreach (var statement in block.Statements)
        {
            if (statement is not SimpleStatementLineSyntax line) continue;
            foreach (var simple in line.Statements)
                if (simple is not AnnotatedAssignmentStatementSyntax and not PassStatementSyntax and not ExpressionStatementSyntax { Expression: StringExpressionSyntax })
                    LowerStatement(simple);
        }
    }
}
