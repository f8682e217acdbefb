using System.Numerics;
using PythonAot.Compiler.Semantics.Analysis;
using PythonAot.Compiler.Semantics.Binding;
using PythonAot.Compiler.Semantics.Inference;
using PythonAot.Compiler.Semantics.IR;
using PythonAot.Compiler.Semantics.Operations;
using PythonAot.Compiler.Semantics.Symbols;
using PythonAot.Compiler.Semantics.Types;
using PythonAot.Compiler.Syntax;

namespace PythonAot.Compiler.Semantics.Lowering;

internal sealed partial class FunctionLowerer
{
    /// <summary>Lowers an expression; the result carries the expression's location.</summary>
    private IrExpression Expr(ExpressionSyntax expression) => At(ExprCore(expression), expression);

    private IrExpression ExprCore(ExpressionSyntax expression)
    {
        switch (expression)
        {
            case LiteralExpressionSyntax literal:
                return Literal(literal, negate: false);
            case StringExpressionSyntax str:
                return StringValue(str);
            case NameExpressionSyntax name:
                return NameValue(name);
            case ParenthesizedExpressionSyntax parenthesized:
                return Expr(parenthesized.Expression);
            case TupleExpressionSyntax tuple:
            {
                var type = (TupleType)Lower(Info(tuple).Type, tuple);
                var elements = tuple.Elements.Select((e, i) => Coerce(Element(e), type.IsVariadic ? type.Elements[0] : type.Elements[i], e));
                return new IrBuild(IrBuildKind.Tuple, type, elements.ToList());
            }
            case ListExpressionSyntax list:
            {
                var type = (ListType)Lower(Info(list).Type, list);
                return new IrBuild(IrBuildKind.List, type, list.Elements.Select(e => Coerce(Element(e), type.Element, e)).ToList());
            }
            case SetExpressionSyntax set:
            {
                var type = (SetType)Lower(Info(set).Type, set);
                return new IrBuild(IrBuildKind.Set, type, set.Elements.Select(e => Coerce(Element(e), type.Element, e)).ToList());
            }
            case DictionaryExpressionSyntax dict:
            {
                var type = (DictType)Lower(Info(dict).Type, dict);
                var elements = new List<IrExpression>();
                foreach (var entry in dict.Entries)
                {
                    if (entry is not KeyValueEntrySyntax pair) throw new LoweringException(entry, "** in a dict display");
                    elements.Add(Coerce(Expr(pair.Key), type.Key, pair.Key));
                    elements.Add(Coerce(Expr(pair.Value), type.Value, pair.Value));
                }
                return new IrBuild(IrBuildKind.Dict, type, elements);
            }
            case ListComprehensionSyntax comprehension:
                return Comprehension(IrBuildKind.List, comprehension, comprehension.Clauses, comprehension.Element, null);
            case SetComprehensionSyntax comprehension:
                return Comprehension(IrBuildKind.Set, comprehension, comprehension.Clauses, comprehension.Element, null);
            case GeneratorExpressionSyntax generator:
                return Comprehension(IrBuildKind.Generator, generator, generator.Clauses, generator.Element, null);
            case DictionaryComprehensionSyntax comprehension:
                return Comprehension(IrBuildKind.Dict, comprehension, comprehension.Clauses, comprehension.Key, comprehension.Value);
            case UnaryExpressionSyntax { OperatorToken.Kind: SyntaxKind.NotKeyword } not:
                return new IrNot(Truth(Expr(not.Operand)));
            case UnaryExpressionSyntax { OperatorToken.Kind: SyntaxKind.MinusToken, Operand: LiteralExpressionSyntax { Token.Kind: SyntaxKind.NumberToken } number }:
                return Literal(number, negate: true);
            case UnaryExpressionSyntax unary:
                return MakeCall(Resolution(unary), [Expr(unary.Operand)], null, unary);
            case BinaryExpressionSyntax { OperatorToken.Kind: SyntaxKind.AndKeyword or SyntaxKind.OrKeyword } logical:
                return ShortCircuit(logical);
            case BinaryExpressionSyntax binary when Info(binary).CalledInstance is { } dunder:
                return DunderCall(Expr(binary.Left), Expr(binary.Right), dunder, Info(binary).Reflected, binary);
            case BinaryExpressionSyntax { OperatorToken.Kind: SyntaxKind.StarStarToken } power when Resolution(power).ReturnType == PyType.Float:
            {
                // int ** -literal resolves as float ** float (the walker): its int operands become floats; a float
                // operand (x ** 2 with x a float) stays as it is.
                var left = Expr(power.Left);
                var right = Expr(power.Right);
                if (left.Type == PyType.Int && right.Type == PyType.Int)
                    return MakeCall(Resolution(power), [Coerce(left, PyType.Float, power.Left), Coerce(right, PyType.Float, power.Right)], null, power);
                return MakeCall(Resolution(power), [left, right], null, power);
            }
            case BinaryExpressionSyntax binary:
                return MakeCall(Resolution(binary), [Expr(binary.Left), Expr(binary.Right)], null, binary);
            case ComparisonExpressionSyntax comparison:
                return ComparisonChain(comparison);
            case ConditionalExpressionSyntax conditional:
            {
                var type = Lower(Info(conditional).Type, conditional);
                var condition = Truth(Expr(conditional.Condition));
                return new IrConditional(condition, Coerce(Expr(conditional.WhenTrue), type, conditional.WhenTrue), Coerce(Expr(conditional.WhenFalse), type, conditional.WhenFalse));
            }
            case CallExpressionSyntax call:
                return CallValue(call);
            case MemberAccessExpressionSyntax member:
                return MemberValue(member);
            case SubscriptExpressionSyntax subscript:
                return SubscriptValue(subscript);
            case SliceExpressionSyntax slice:
            {
                IrExpression Part(ExpressionSyntax? part) => part is null ? At(IrConstant.None, slice) : Expr(part);
                return MakeCall(Resolution(slice), [Part(slice.Lower), Part(slice.Upper), Part(slice.Step)], null, slice);
            }
            case LambdaExpressionSyntax lambda:
                return Closure(Inference.GetFunction(lambda) ?? throw new LoweringException(lambda, "this lambda"), lambda, null);
            case AssignmentExpressionSyntax walrus:
            {
                var value = Expr(walrus.Value);
                var variable = VariableOf(walrus.Name);
                var statements = Collect(() =>
                {
                    if (variable.Type == value.Type) Emit(new IrAssign(variable, value), walrus);
                    else
                    {
                        var temporary = NewTemporary(value.Type);
                        Emit(new IrAssign(temporary, value), walrus);
                        Emit(new IrAssign(variable, Coerce(new IrLoad(temporary), variable.Type, walrus)), walrus);
                        variable = temporary;
                    }
                });
                return new IrFlowExpression(new IrBlock(statements), new IrLoad(variable));
            }
            default:
                throw new LoweringException(expression, $"the expression '{expression}' ({expression.Kind})");
        }
    }

    private OverloadResolutionResult Resolution(SyntaxNode node) =>
        Info(node).Resolution is { IsResolved: true } resolution ? resolution : throw new LoweringException(node, $"'{node}' (no resolved operation)");

    private IrExpression Element(ExpressionSyntax element) =>
        element is StarredExpressionSyntax ? throw new LoweringException(element, "a starred element in a display") : Expr(element);

    private static IrExpression Literal(LiteralExpressionSyntax literal, bool negate)
    {
        object? value = literal.Token.Kind switch
        {
            SyntaxKind.TrueKeyword => (object)true,
            SyntaxKind.FalseKeyword => (object)false,
            SyntaxKind.NoneKeyword => null,
            _ => PythonLiterals.GetNumberValue(literal.Token) switch
            {
                BigInteger big when negate => (object)(long)(-big),
                BigInteger big => (object)(long)big,
                double d => (object)(negate ? -d : d),
                _ => throw new LoweringException(literal, "this literal"),
            },
        };
        if (negate && value is not (long or double)) throw new LoweringException(literal, "this literal");
        return new IrConstant(value);
    }

    private IrExpression StringValue(StringExpressionSyntax str)
    {
        var isBytes = str.Parts.Count > 0 && str.Parts[0] is StringLiteralPartSyntax first && PythonLiterals.IsBytesLiteral(first.Token);
        if (isBytes)
            return new IrConstant(str.Parts.OfType<StringLiteralPartSyntax>().SelectMany(p => PythonLiterals.GetBytesValue(p.Token)).ToArray());
        if (str.Parts.All(p => p is StringLiteralPartSyntax))
            return new IrConstant(string.Concat(str.Parts.Cast<StringLiteralPartSyntax>().Select(p => PythonLiterals.GetStringValue(p.Token))));
        var parts = new List<IrFormatPart>();
        foreach (var part in str.Parts)
        {
            if (part is StringLiteralPartSyntax literal) AddText(parts, PythonLiterals.GetStringValue(literal.Token));
            else if (part is FStringSyntax fstring) AddFStringContents(parts, fstring, fstring.Contents, insideSpec: false);
        }
        return new IrFormattedString(parts);
    }

    private static void AddText(List<IrFormatPart> parts, string text)
    {
        if (text.Length == 0) return;
        if (parts.Count > 0 && parts[^1].IsLiteral) parts[^1] = IrFormatPart.Text(parts[^1].Literal + text);
        else parts.Add(IrFormatPart.Text(text));
    }

    private void AddFStringContents(List<IrFormatPart> parts, FStringSyntax fstring, SyntaxList<FStringContentSyntax> contents, bool insideSpec)
    {
        foreach (var content in contents)
        {
            switch (content)
            {
                case FStringTextSyntax text:
                    AddText(parts, PythonLiterals.GetFStringTextValue(fstring, text.Token, insideSpec));
                    break;
                case FStringReplacementFieldSyntax field:
                {
                    var conversion = field.Conversion.Kind == SyntaxKind.None ? IrFormatConversion.None : field.Conversion.Text switch
                    {
                        "s" => IrFormatConversion.Str,
                        "r" => IrFormatConversion.Repr,
                        "a" => IrFormatConversion.Ascii,
                        _ => throw new LoweringException(field, $"the conversion !{field.Conversion.Text}"),
                    };
                    if (field.EqualsToken.Kind != SyntaxKind.None)
                    {
                        // f"{x=}": the expression's text, then its repr unless a conversion or spec says otherwise.
                        var source = field.ToString();
                        AddText(parts, source[1..(source.IndexOf('=', field.Expression.Span.End - field.SpanStart) + 1)]);
                        if (conversion == IrFormatConversion.None && field.ColonToken.Kind == SyntaxKind.None) conversion = IrFormatConversion.Repr;
                    }
                    IrExpression? spec = null;
                    if (field.ColonToken.Kind != SyntaxKind.None)
                    {
                        var specParts = new List<IrFormatPart>();
                        AddFStringContents(specParts, fstring, field.FormatSpec, insideSpec: true);
                        spec = specParts switch
                        {
                            [] => At(new IrConstant(""), field),
                            [{ IsLiteral: true } only] => At(new IrConstant(only.Literal!), field),
                            _ => At(new IrFormattedString(specParts), field),
                        };
                    }
                    parts.Add(IrFormatPart.Field(Expr(field.Expression), conversion, spec));
                    break;
                }
            }
        }
    }

    private IrExpression NameValue(NameExpressionSyntax name)
    {
        var info = Info(name);
        switch (info.Symbol)
        {
            case FunctionSymbol function:
                return Closure(function, name, null);
            case OperationSymbol { Operation.Kind: OperationKind.ModuleAttribute } attribute:
                return Call(attribute.Operation.Name, [], name);
            case ClassSymbol or ModuleSymbol or OperationSymbol:
                throw new LoweringException(name, $"'{name.Identifier.ValueText}' used as a value");
        }
        var resolved = Scopes.Resolve(name);
        if (resolved.Binding is null)
        {
            if (name.Identifier.ValueText == "__name__") return new IrConstant(_module.ModuleDunderName);
            if (name.Identifier.ValueText == "__file__") return new IrConstant(_module.Tree.FilePath);
            throw new LoweringException(name, $"the name '{name.Identifier.ValueText}'");
        }
        var variable = Variable(resolved.Binding, name);
        IrExpression load = At(new IrLoad(variable), name);
        var type = Lower(info.Type, name);
        if (type == variable.Type) return load;
        // A narrowed read (after `x is not None` or isinstance): an unchecked conversion to the narrowed type.
        return Convert(load, type, IrConversionKind.Narrow);
    }

    /// <summary>A function value: the instance (for <paramref name="parameterTypes"/>, when given) bound to the variables it captures.</summary>
    private IrMakeClosure Closure(FunctionSymbol function, SyntaxNode at, IReadOnlyList<PyType>? parameterTypes)
    {
        var candidates = Inference.GetInstances(function)
            .Where(i => parameterTypes is null || (i.ParameterTypes.Count == parameterTypes.Count && i.ParameterTypes.Zip(parameterTypes).All(p => p.First.Resolve() == p.Second.Resolve())))
            .ToList();
        var ancestors = new List<FunctionInstance>();
        for (var i = _instance; i is not null; i = i.Parent) ancestors.Add(i);
        var instance = candidates.FirstOrDefault(c => c.Parent is not null && ancestors.Contains(c.Parent))
            ?? candidates.FirstOrDefault(c => c.Parent is null)
            ?? throw new LoweringException(at, $"a reference to {function.QualifiedName} (no instance{(parameterTypes is null ? "" : " for " + string.Join(", ", parameterTypes))})");
        if (parameterTypes is null && candidates.Count(c => c.Parent is null || ancestors.Contains(c.Parent)) > 1)
            throw new LoweringException(at, $"a reference to {function.QualifiedName}, which has several instances");
        var target = _module.GetFunction(instance);
        var captured = _module.GetCaptureNames(instance).Select(n => Variable(n, at)).ToList();
        return At(new IrMakeClosure(target, captured), at);
    }

    private IrExpression MemberValue(MemberAccessExpressionSyntax member)
    {
        var info = Info(member);
        switch (info.Symbol)
        {
            case FieldSymbol field:
                return new IrFieldLoad(Expr(member.Expression), field);
            case OperationSymbol { Operation.Kind: OperationKind.ModuleAttribute } attribute:
                return Call(attribute.Operation.Name, [], member);
            case FunctionSymbol function when Info(member.Expression).Type is ModuleType:
                return Closure(function, member, null);
            case VariableSymbol when Info(member.Expression).Type.Resolve() switch { ClassType c => c.Class, ClassObjectType o => o.Class, _ => null } is { } cls:
            {
                // A class attribute read through the class or an instance.
                for (var c = cls; c?.Syntax is { } syntax; c = c.BaseClass)
                    if (Scopes.GetScope(syntax)?.Lookup(member.Name.ValueText) is { IsBound: true } attribute)
                        return At(new IrLoad(Variable(attribute, member)), member);
                break;
            }
        }
        throw new LoweringException(member, $"the attribute '{member}'");
    }

    private IrExpression SubscriptValue(SubscriptExpressionSyntax subscript)
    {
        var container = Expr(subscript.Expression);
        if (container.Type is TupleType { IsVariadic: false } tuple && Info(subscript).Resolution is null)
        {
            // t[k] on a fixed-shape tuple with a constant index: unpack it and take element k.
            var type = Lower(Info(subscript).Type, subscript);
            var index = ((IrConstant)Expr(subscript.Slices[0])).Value is long k ? (int)(k < 0 ? tuple.Elements.Count + k : k) : throw new LoweringException(subscript, "this tuple index");
            var elements = tuple.Elements.Select(NewTemporary).ToList();
            var unpack = new IrUnpack(IrTarget.ForTuple(elements.Select(e => IrTarget.ForVariable(e)), tuple), container);
            At(unpack, subscript);
            LocationFiller.Fill(unpack, unpack.Location!);
            if (elements[index].Type != type) throw new LoweringException(subscript, "this tuple index");
            return new IrFlowExpression(new IrBlock([unpack]), new IrLoad(elements[index]));
        }
        return MakeCall(Resolution(subscript), [container, Index(subscript)], null, subscript);
    }

    private IrExpression Index(SubscriptExpressionSyntax subscript)
    {
        if (subscript.Slices.Count == 1) return Expr(subscript.Slices[0]);
        var elements = subscript.Slices.Select(Expr).ToList();
        return At(new IrBuild(IrBuildKind.Tuple, new TupleType(elements.Select(e => e.Type).ToArray()), elements), subscript);
    }

    private IrExpression Comprehension(IrBuildKind kind, ExpressionSyntax syntax, SyntaxList<ComprehensionClauseSyntax> clauses, ExpressionSyntax element, ExpressionSyntax? value)
    {
        var type = Lower(Info(syntax).Type, syntax);
        var irClauses = new List<IrComprehensionClause>();
        foreach (var clause in clauses)
        {
            switch (clause)
            {
                case ComprehensionForClauseSyntax forClause:
                {
                    var iterable = Expr(forClause.Iterable);
                    var elementType = TypeFacts.GetIterationType(iterable.Type) ?? throw new LoweringException(forClause.Iterable, $"iterating over {iterable.Type.DisplayName}");
                    var after = new List<(ExpressionSyntax, IrVariable)>();
                    var target = Pattern(forClause.Target, elementType, after);
                    if (after.Count > 0) throw new LoweringException(forClause.Target, "this comprehension target");
                    irClauses.Add(new IrComprehensionFor(LoopKind(iterable.Type), target, iterable));
                    break;
                }
                case ComprehensionIfClauseSyntax ifClause:
                    irClauses.Add(new IrComprehensionIf(Truth(Expr(ifClause.Condition))));
                    break;
            }
        }
        var (elementTarget, valueTarget) = type switch
        {
            ListType l => (l.Element, (PyType?)null),
            SetType s => (s.Element, null),
            GeneratorType g => (g.Yield, null),
            DictType d => (d.Key, d.Value),
            _ => throw new LoweringException(syntax, $"a comprehension of type {type.DisplayName}"),
        };
        var irElement = Coerce(Expr(element), elementTarget, element);
        var irValue = value is null ? null : Coerce(Expr(value), valueTarget!, value);
        return new IrComprehension(kind, type, irElement, irValue, irClauses);
    }

    private IrExpression ShortCircuit(BinaryExpressionSyntax logical)
    {
        var kind = logical.OperatorToken.Kind == SyntaxKind.AndKeyword ? IrShortCircuitKind.And : IrShortCircuitKind.Or;
        var type = Lower(Info(logical).Type, logical);
        var left = Expr(logical.Left);
        if (type == PyType.Bool && AnalysisSyntaxFacts.IsTruthOnly(logical) && (left.Type != PyType.Bool || Info(logical.Right).Type.Resolve() != PyType.Bool))
        {
            // Operands of different types where only the truth of the result is used: and/or over their truths.
            var truthLeft = Truth(left);
            var truthRight = Truth(Expr(logical.Right));
            var truthHeld = NewTemporary(PyType.Bool);
            return new IrShortCircuit(kind, truthLeft, truthHeld, new IrLoad(truthHeld) { Location = truthLeft.Location }, truthRight);
        }
        var right = Coerce(Expr(logical.Right), type, logical.Right);
        if (left.Type == type)
        {
            var held = NewTemporary(type);
            return new IrShortCircuit(kind, left, held, Truth(new IrLoad(held) { Location = left.Location }), right);
        }
        // `name or default` with an Optional name: when the left operand decides it is not None, so it narrows.
        var temporary = NewTemporary(left.Type);
        var assign = At(new IrAssign(temporary, left), logical.Left);
        var test = Truth(new IrLoad(temporary) { Location = left.Location });
        IrExpression chosen = left.Type is UnionType union && union.Members.Contains(type) || left.Type is UnionType u2 && type is UnionType t2 && t2.Members.All(u2.Members.Contains)
            ? Convert(new IrLoad(temporary) { Location = left.Location }, type, IrConversionKind.Narrow)
            : Coerce(new IrLoad(temporary) { Location = left.Location }, type, logical.Left);
        var conditional = kind == IrShortCircuitKind.Or ? new IrConditional(test, chosen, right) : new IrConditional(test, right, chosen);
        return new IrFlowExpression(new IrBlock([assign]), At(conditional, logical));
    }

    /// <summary>
    /// <c>a &lt; b &lt; c</c>: each operand evaluated once, left to right, the next comparison only when the previous
    /// one holds: <c>$0 = b; (a &lt; $0) and ($0 &lt; c)</c>.
    /// </summary>
    private IrExpression ComparisonChain(ComparisonExpressionSyntax comparison)
    {
        var left = Expr(comparison.Left);
        if (comparison.Comparisons.Count == 1) return Compare(left, comparison.Comparisons[0], Expr(comparison.Comparisons[0].Right));
        var prelude = new List<IrStatement>();
        if (!IsSimple(left))
        {
            var temporary = NewTemporary(left.Type);
            prelude.Add(At(new IrAssign(temporary, left), comparison.Left));
            left = At(new IrLoad(temporary), comparison.Left);
        }
        var chain = Chain(left, comparison, 0);
        return prelude.Count == 0 ? chain : new IrFlowExpression(new IrBlock(prelude), chain);
    }

    private IrExpression Chain(IrExpression left, ComparisonExpressionSyntax comparison, int index)
    {
        var clause = comparison.Comparisons[index];
        var right = Expr(clause.Right);
        if (index == comparison.Comparisons.Count - 1) return Compare(left, clause, right);
        var operand = NewTemporary(right.Type);
        var hold = At(new IrAssign(operand, right), clause.Right);
        var test = Compare(left, clause, At(new IrLoad(operand), clause.Right));
        var rest = Chain(At(new IrLoad(operand), clause.Right), comparison, index + 1);
        var truth = NewTemporary(PyType.Bool);
        var and = At(new IrShortCircuit(IrShortCircuitKind.And, test, truth, At(new IrLoad(truth), clause), rest), clause);
        return At(new IrFlowExpression(new IrBlock([hold]), and), clause);
    }

    /// <summary>One comparison: an overload call, <c>x in c</c> as contains(c, x), <c>x is None</c> as a None test.</summary>
    /// <summary>
    /// <c>a + b</c> on a user class defining <c>__add__</c>: a virtual call of the method on a. Reflected
    /// (<c>b.__radd__(a)</c>): a is evaluated into a temporary first, as Python evaluates the operands left to right.
    /// </summary>
    private IrExpression DunderCall(IrExpression left, IrExpression right, FunctionInstance method, bool reflected, SyntaxNode at)
    {
        var callee = _module.GetFunction(method);
        if (!reflected) return At(new IrMethodCall(left, callee, true, [Coerce(right, callee.Parameters[1].Type, at)]), at);
        var held = NewTemporary(left.Type);
        var hold = At(new IrAssign(held, left), at);
        var call = At(new IrMethodCall(right, callee, true, [Coerce(At(new IrLoad(held), at), callee.Parameters[1].Type, at)]), at);
        return At(new IrFlowExpression(new IrBlock([hold]), call), at);
    }

    private IrExpression Compare(IrExpression left, ComparisonClauseSyntax clause, IrExpression right)
    {
        if (Info(clause).CalledInstance is { } dunder) return DunderCall(left, right, dunder, Info(clause).Reflected, clause);
        var negate = clause.SecondOperatorToken.Kind == SyntaxKind.NotKeyword;
        if (clause.OperatorToken.Kind == SyntaxKind.IsKeyword)
        {
            var subject = right is IrConstant { Value: null } ? left : left is IrConstant { Value: null } ? right : null;
            if (subject?.Type is UnionType { IsOptional: true })
            {
                IrExpression test = At(new IrIsInstance(subject, PyType.None), clause);
                return negate ? At(new IrNot(test), clause) : test;
            }
        }
        var resolution = Resolution(clause);
        if (resolution.Overload!.OperationName == "operator.contains")
        {
            var contains = MakeCall(resolution, [right, left], null, clause);
            return clause.OperatorToken.Kind == SyntaxKind.NotKeyword ? At(new IrNot(contains), clause) : contains;
        }
        return MakeCall(resolution, [left, right], null, clause);
    }
}
