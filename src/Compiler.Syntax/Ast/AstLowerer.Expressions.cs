namespace PythonAot.Compiler.Syntax;

internal sealed partial class AstLowerer
{
    private static readonly Dictionary<SyntaxKind, AstNode> s_binaryOperators = new()
    {
        [SyntaxKind.PlusToken] = Node("Add", null),
        [SyntaxKind.MinusToken] = Node("Sub", null),
        [SyntaxKind.StarToken] = Node("Mult", null),
        [SyntaxKind.AtToken] = Node("MatMult", null),
        [SyntaxKind.SlashToken] = Node("Div", null),
        [SyntaxKind.PercentToken] = Node("Mod", null),
        [SyntaxKind.StarStarToken] = Node("Pow", null),
        [SyntaxKind.LessThanLessThanToken] = Node("LShift", null),
        [SyntaxKind.GreaterThanGreaterThanToken] = Node("RShift", null),
        [SyntaxKind.BarToken] = Node("BitOr", null),
        [SyntaxKind.CaretToken] = Node("BitXor", null),
        [SyntaxKind.AmpersandToken] = Node("BitAnd", null),
        [SyntaxKind.SlashSlashToken] = Node("FloorDiv", null),
    };

    private static readonly Dictionary<SyntaxKind, AstNode> s_augmentedOperators = new()
    {
        [SyntaxKind.PlusEqualsToken] = s_binaryOperators[SyntaxKind.PlusToken],
        [SyntaxKind.MinusEqualsToken] = s_binaryOperators[SyntaxKind.MinusToken],
        [SyntaxKind.StarEqualsToken] = s_binaryOperators[SyntaxKind.StarToken],
        [SyntaxKind.AtEqualsToken] = s_binaryOperators[SyntaxKind.AtToken],
        [SyntaxKind.SlashEqualsToken] = s_binaryOperators[SyntaxKind.SlashToken],
        [SyntaxKind.PercentEqualsToken] = s_binaryOperators[SyntaxKind.PercentToken],
        [SyntaxKind.StarStarEqualsToken] = s_binaryOperators[SyntaxKind.StarStarToken],
        [SyntaxKind.LessThanLessThanEqualsToken] = s_binaryOperators[SyntaxKind.LessThanLessThanToken],
        [SyntaxKind.GreaterThanGreaterThanEqualsToken] = s_binaryOperators[SyntaxKind.GreaterThanGreaterThanToken],
        [SyntaxKind.BarEqualsToken] = s_binaryOperators[SyntaxKind.BarToken],
        [SyntaxKind.CaretEqualsToken] = s_binaryOperators[SyntaxKind.CaretToken],
        [SyntaxKind.AmpersandEqualsToken] = s_binaryOperators[SyntaxKind.AmpersandToken],
        [SyntaxKind.SlashSlashEqualsToken] = s_binaryOperators[SyntaxKind.SlashSlashToken],
    };

    private static readonly Dictionary<SyntaxKind, AstNode> s_unaryOperators = new()
    {
        [SyntaxKind.MinusToken] = Node("USub", null),
        [SyntaxKind.PlusToken] = Node("UAdd", null),
        [SyntaxKind.TildeToken] = Node("Invert", null),
        [SyntaxKind.NotKeyword] = Node("Not", null),
    };

    private static readonly Dictionary<SyntaxKind, AstNode> s_comparisonOperators = new()
    {
        [SyntaxKind.EqualsEqualsToken] = Node("Eq", null),
        [SyntaxKind.ExclamationEqualsToken] = Node("NotEq", null),
        [SyntaxKind.LessThanToken] = Node("Lt", null),
        [SyntaxKind.LessThanEqualsToken] = Node("LtE", null),
        [SyntaxKind.GreaterThanToken] = Node("Gt", null),
        [SyntaxKind.GreaterThanEqualsToken] = Node("GtE", null),
        [SyntaxKind.IsKeyword] = Node("Is", null),
        [SyntaxKind.InKeyword] = Node("In", null),
    };

    private static readonly AstNode s_isNot = Node("IsNot", null);
    private static readonly AstNode s_notIn = Node("NotIn", null);
    private static readonly AstNode s_and = Node("And", null);
    private static readonly AstNode s_or = Node("Or", null);

    private static AstNode AugmentedOperator(SyntaxKind kind) =>
        s_augmentedOperators.TryGetValue(kind, out var op) ? op : s_binaryOperators[SyntaxKind.PlusToken];

    private object? OptionalExpr(ExpressionSyntax? expression) => expression is null ? null : Expr(expression);

    private AstNode Expr(ExpressionSyntax? expression) => Expr(expression, s_load);

    private AstNode Expr(ExpressionSyntax? expression, AstNode ctx)
    {
        switch (expression)
        {
            case null:
                return Node("Name", null, string.Empty, ctx);
            case NameExpressionSyntax n:
                return Node("Name", Loc(n), Identifier(n.Identifier), ctx);
            case ParenthesizedExpressionSyntax p:
                return Expr(p.Expression, ctx);
            case LiteralExpressionSyntax l:
                return Node("Constant", Loc(l), LiteralValue(l.Token), null);
            case StringExpressionSyntax s:
                return String(s);
            case TupleExpressionSyntax t:
                return Node("Tuple", Loc(t), Elements(t.Elements, ctx), ctx);
            case ListExpressionSyntax l:
                return Node("List", Loc(l), Elements(l.Elements, ctx), ctx);
            case SetExpressionSyntax s:
                return Node("Set", Loc(s), Elements(s.Elements, s_load));
            case DictionaryExpressionSyntax d:
            {
                var keys = NewList();
                var values = NewList();
                foreach (var entry in Each(d.Entries))
                {
                    switch (entry)
                    {
                        case KeyValueEntrySyntax kv:
                            keys.Add(Expr(kv.Key));
                            values.Add(Expr(kv.Value));
                            break;
                        case DictionaryUnpackEntrySyntax u:
                            keys.Add(null);
                            values.Add(Expr(u.Expression));
                            break;
                    }
                }
                return Node("Dict", Loc(d), keys, values);
            }
            case ListComprehensionSyntax c:
                return Node("ListComp", Loc(c), Expr(c.Element), Comprehensions(c.Clauses));
            case SetComprehensionSyntax c:
                return Node("SetComp", Loc(c), Expr(c.Element), Comprehensions(c.Clauses));
            case DictionaryComprehensionSyntax c:
                return Node("DictComp", Loc(c), Expr(c.Key), Expr(c.Value), Comprehensions(c.Clauses));
            case GeneratorExpressionSyntax g:
                return Generator(g, Loc(g));
            case StarredExpressionSyntax s:
                return Node("Starred", Loc(s), Expr(s.Expression, ctx), ctx);
            case UnaryExpressionSyntax u:
                return Node("UnaryOp", Loc(u), s_unaryOperators.GetValueOrDefault(u.OperatorToken.Kind, s_unaryOperators[SyntaxKind.MinusToken]),
                    Expr(u.Operand));
            case BinaryExpressionSyntax b:
                return Binary(b);
            case ComparisonExpressionSyntax c:
            {
                var ops = NewList();
                var comparators = NewList();
                foreach (var clause in c.Comparisons)
                {
                    var kind = clause.OperatorToken.Kind;
                    var second = clause.SecondOperatorToken.Kind;
                    AstNode op;
                    if (kind == SyntaxKind.IsKeyword && second == SyntaxKind.NotKeyword) op = s_isNot;
                    else if (kind == SyntaxKind.NotKeyword) op = s_notIn;
                    else op = s_comparisonOperators.GetValueOrDefault(kind, s_comparisonOperators[SyntaxKind.EqualsEqualsToken]);
                    ops.Add(op);
                    comparators.Add(Expr(clause.Right));
                }
                return Node("Compare", Loc(c), Expr(c.Left), ops, comparators);
            }
            case AwaitExpressionSyntax a:
                return Node("Await", Loc(a), Expr(a.Expression));
            case MemberAccessExpressionSyntax m:
                return Node("Attribute", Loc(m), Expr(m.Expression), Identifier(m.Name), ctx);
            case SubscriptExpressionSyntax s:
                return Node("Subscript", Loc(s), Expr(s.Expression), Slices(s), ctx);
            case SliceExpressionSyntax s:
                return Node("Slice", Loc(s), OptionalExpr(s.Lower), OptionalExpr(s.Upper), OptionalExpr(s.Step));
            case CallExpressionSyntax c:
            {
                var args = NewList();
                var keywords = NewList();
                CallArguments(c.ArgumentList, args, keywords);
                return Node("Call", Loc(c), Expr(c.Expression), args, keywords);
            }
            case ConditionalExpressionSyntax c:
                return Node("IfExp", Loc(c), Expr(c.Condition), Expr(c.WhenTrue), Expr(c.WhenFalse));
            case LambdaExpressionSyntax l:
                return Node("Lambda", Loc(l), Arguments(l.Parameters), Expr(l.Body));
            case AssignmentExpressionSyntax a:
                return Node("NamedExpr", Loc(a), Expr(a.Name, s_store), Expr(a.Value));
            case YieldExpressionSyntax y:
                return y.FromKeyword.Kind != SyntaxKind.None
                    ? Node("YieldFrom", Loc(y), Expr(y.Value))
                    : Node("Yield", Loc(y), OptionalExpr(y.Value));
            default:
                return Node("Name", Loc(expression), string.Empty, ctx);
        }
    }

    private List<object?> Elements(SeparatedSyntaxList<ExpressionSyntax> elements, AstNode ctx)
    {
        var result = NewList();
        foreach (var element in Each(elements)) result.Add(Expr(element, ctx));
        return result;
    }

    private AstNode Binary(BinaryExpressionSyntax b)
    {
        var kind = b.OperatorToken.Kind;
        if (kind is SyntaxKind.AndKeyword or SyntaxKind.OrKeyword)
        {
            // `a and b and c` is one BoolOp: flatten the left-nested chain of the same operator (parentheses stop it).
            var operands = new List<ExpressionSyntax>();
            ExpressionSyntax current = b;
            while (current is BinaryExpressionSyntax chain && chain.OperatorToken.Kind == kind)
            {
                operands.Add(chain.Right);
                current = chain.Left;
            }
            operands.Add(current);
            var values = NewList();
            for (var i = operands.Count - 1; i >= 0; i--) values.Add(Expr(operands[i]));
            return Node("BoolOp", Loc(b), kind == SyntaxKind.AndKeyword ? s_and : s_or, values);
        }
        // Left-nested chains can be long (`a + b + ... + z`): walk them without recursion.
        var lefts = new List<BinaryExpressionSyntax>();
        ExpressionSyntax left = b;
        while (left is BinaryExpressionSyntax inner && inner.OperatorToken.Kind is not (SyntaxKind.AndKeyword or SyntaxKind.OrKeyword))
        {
            lefts.Add(inner);
            left = inner.Left;
        }
        var result = Expr(left);
        for (var i = lefts.Count - 1; i >= 0; i--)
        {
            var node = lefts[i];
            var op = s_binaryOperators.GetValueOrDefault(node.OperatorToken.Kind, s_binaryOperators[SyntaxKind.PlusToken]);
            result = Node("BinOp", Loc(node), result, op, Expr(node.Right));
        }
        return result;
    }

    private object Slices(SubscriptExpressionSyntax s)
    {
        var slices = s.Slices;
        var items = Each(slices).ToList();
        if (items.Count == 1 && !slices.HasTrailingSeparator && items[0] is not StarredExpressionSyntax)
            return Expr(items[0]);
        var elements = NewList();
        foreach (var slice in items) elements.Add(Expr(slice));
        if (items.Count == 0) return Node("Tuple", Loc(s.OpenBracket), elements, s_load);
        // `a[1:2, 3,]`: the tuple spans the slices, a trailing comma included (no brackets).
        var end = slices.HasTrailingSeparator ? slices.GetSeparator(slices.SeparatorCount - 1).Span.End : items[^1].Span.End;
        return Node("Tuple", Loc(items[0].SpanStart, items[0], end), elements, s_load);
    }

    private void CallArguments(ArgumentListSyntax list, List<object?> args, List<object?> keywords)
    {
        var arguments = list.Arguments;
        foreach (var argument in Each(arguments))
        {
            if (argument.Name.Kind != SyntaxKind.None)
            {
                keywords.Add(Node("keyword", Loc(argument.Name, argument.Span.End), Identifier(argument.Name), Expr(argument.Expression)));
            }
            else if (argument.Prefix.Kind == SyntaxKind.StarStarToken)
            {
                keywords.Add(Node("keyword", Loc(argument.Prefix, argument.Span.End), null, Expr(argument.Expression)));
            }
            else if (argument.Prefix.Kind == SyntaxKind.StarToken)
            {
                args.Add(Node("Starred", Loc(argument.Prefix, argument.Span.End), Expr(argument.Expression), s_load));
            }
            else if (argument.Expression is GeneratorExpressionSyntax { OpenParen.Kind: SyntaxKind.None } generator)
            {
                // `f(x for x in y)`: the generator takes the call's parentheses as its own.
                args.Add(Generator(generator, Loc(list.OpenParen, list.CloseParen.Span.End)));
            }
            else
            {
                args.Add(Expr(argument.Expression));
            }
        }
    }

    private AstNode Generator(GeneratorExpressionSyntax g, AstLocation location) =>
        Node("GeneratorExp", location, Expr(g.Element), Comprehensions(g.Clauses));

    private List<object?> Comprehensions(SyntaxList<ComprehensionClauseSyntax> clauses)
    {
        var result = NewList();
        ComprehensionForClauseSyntax? currentFor = null;
        var ifs = NewList();
        foreach (var clause in clauses)
        {
            switch (clause)
            {
                case ComprehensionForClauseSyntax f:
                    if (currentFor is not null) result.Add(Comprehension(currentFor, ifs));
                    currentFor = f;
                    ifs = NewList();
                    break;
                case ComprehensionIfClauseSyntax i:
                    ifs.Add(Expr(i.Condition));
                    break;
            }
        }
        if (currentFor is not null) result.Add(Comprehension(currentFor, ifs));
        return result;
    }

    private AstNode Comprehension(ComprehensionForClauseSyntax f, List<object?> ifs) =>
        Node("comprehension", null, Expr(f.Target, s_store), Expr(f.Iterable), ifs, f.AsyncKeyword.Kind != SyntaxKind.None ? 1 : 0);

    private static object? LiteralValue(SyntaxToken token) => token.Kind switch
    {
        SyntaxKind.NumberToken => PythonLiteralDecoder.ParseNumber(token.Text),
        SyntaxKind.TrueKeyword => true,
        SyntaxKind.FalseKeyword => false,
        SyntaxKind.NoneKeyword => null,
        SyntaxKind.DotDotDotToken => AstEllipsis.Value,
        _ => null,
    };
}
