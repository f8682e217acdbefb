namespace PythonAot.Compiler.Syntax;

internal sealed partial class AstLowerer
{
    private static readonly AstNode s_load = Node("Load", null);
    private static readonly AstNode s_store = Node("Store", null);
    private static readonly AstNode s_del = Node("Del", null);

    public AstNode LowerModule(ModuleSyntax module) => Node("Module", null, Statements(module.Statements), NewList());

    private List<object?> Statements(SyntaxList<StatementSyntax> statements)
    {
        var result = NewList();
        foreach (var statement in statements) AddStatement(result, statement);
        return result;
    }

    private void AddStatement(List<object?> result, StatementSyntax statement)
    {
        if (statement is SimpleStatementLineSyntax line)
        {
            foreach (var simple in Each(line.Statements)) result.Add(Simple(simple));
            return;
        }
        result.Add(Compound(statement));
    }

    private List<object?> Block(BlockSyntax? block)
    {
        switch (block)
        {
            case IndentedBlockSyntax indented:
                return Statements(indented.Statements);
            case InlineBlockSyntax inline:
            {
                var result = NewList();
                foreach (var simple in Each(inline.Statements)) result.Add(Simple(simple));
                return result;
            }
            default:
                return NewList();
        }
    }

    // ------------------------------------------------------------------ simple statements

    private AstNode Simple(SimpleStatementSyntax statement)
    {
        var loc = Loc(statement);
        switch (statement)
        {
            case ExpressionStatementSyntax e:
                return Node("Expr", loc, Expr(e.Expression));
            case AssignmentStatementSyntax a:
            {
                var targets = NewList();
                foreach (var target in a.Targets) targets.Add(Expr(target.Target, s_store));
                return Node("Assign", loc, targets, Expr(a.Value), null);
            }
            case AugmentedAssignmentStatementSyntax a:
                return Node("AugAssign", loc, Expr(a.Target, s_store), AugmentedOperator(a.OperatorToken.Kind), Expr(a.Value));
            case AnnotatedAssignmentStatementSyntax a:
                return Node("AnnAssign", loc, Expr(a.Target, s_store), Expr(a.Annotation), OptionalExpr(a.Value),
                    a.Target is NameExpressionSyntax ? 1 : 0);
            case PassStatementSyntax:
                return Node("Pass", loc);
            case BreakStatementSyntax:
                return Node("Break", loc);
            case ContinueStatementSyntax:
                return Node("Continue", loc);
            case ReturnStatementSyntax r:
                return Node("Return", loc, OptionalExpr(r.Value));
            case RaiseStatementSyntax r:
                return Node("Raise", loc, OptionalExpr(r.Exception), OptionalExpr(r.Cause));
            case GlobalStatementSyntax g:
                return Node("Global", loc, Names(g.Names));
            case NonlocalStatementSyntax n:
                return Node("Nonlocal", loc, Names(n.Names));
            case DeleteStatementSyntax d:
            {
                var targets = NewList();
                foreach (var target in Each(d.Targets)) targets.Add(Expr(target, s_del));
                return Node("Delete", loc, targets);
            }
            case AssertStatementSyntax a:
                return Node("Assert", loc, Expr(a.Condition), OptionalExpr(a.Message));
            case ImportStatementSyntax i:
            {
                var names = NewList();
                foreach (var alias in Each(i.Names)) names.Add(Alias(alias));
                return Node("Import", loc, names);
            }
            case FromImportStatementSyntax f:
            {
                var level = 0;
                foreach (var dot in f.Dots) level += dot.Kind == SyntaxKind.DotDotDotToken ? 3 : 1;
                var names = NewList();
                if (f.StarToken.Kind != SyntaxKind.None)
                    names.Add(Node("alias", Loc(f.StarToken), "*", null));
                foreach (var alias in Each(f.Names)) names.Add(Alias(alias));
                return Node("ImportFrom", loc, f.Module is { } module ? DottedName(module) : null, names, level);
            }
            default:
                // A 3.12 `type X = ...` has no node in CPython 3.11's ast module: refuse rather than dump something else.
                throw Unsupported(statement, "a type alias statement");
        }
    }

    /// <summary>Generic parameter lists (Python 3.12) have no place in CPython 3.11's ast module.</summary>
    private void RejectTypeParameters(TypeParameterListSyntax? typeParameters)
    {
        if (typeParameters is not null) throw Unsupported(typeParameters, "a generic type parameter list");
    }

    private NotSupportedException Unsupported(SyntaxNode node, string what) =>
        new($"{what} (line {Loc(node).Lineno}) has no node in CPython 3.11's ast module; the CPython-AST view covers Python 3.11 only");

    private static List<object?> Names(SeparatedSyntaxList<NameExpressionSyntax> names)
    {
        var result = NewList();
        foreach (var name in Each(names)) result.Add(Identifier(name.Identifier));
        return result;
    }

    private static string DottedName(DottedNameSyntax name)
    {
        var parts = new List<string>(name.Names.Count);
        foreach (var part in Each(name.Names)) parts.Add(Identifier(part.Identifier));
        return parts.Count == 1 ? parts[0] : string.Join('.', parts);
    }

    private AstNode Alias(ImportAliasSyntax alias)
    {
        var hasAlias = alias.Alias.Kind != SyntaxKind.None && !alias.Alias.IsMissing;
        var end = hasAlias ? alias.Alias.Span.End : alias.Name.Span.End;
        return Node("alias", Location(alias.SpanStart, alias.SpanStart, end), DottedName(alias.Name),
            hasAlias ? Identifier(alias.Alias) : null);
    }

    // ------------------------------------------------------------------ compound statements

    private AstNode Compound(StatementSyntax statement)
    {
        switch (statement)
        {
            case IfStatementSyntax s:
                return If(s);
            case WhileStatementSyntax s:
                return Node("While", StatementLoc(s, s.SpanStart), Expr(s.Condition), Block(s.Body), Else(s.ElseClause));
            case ForStatementSyntax s:
            {
                var isAsync = s.AsyncKeyword.Kind != SyntaxKind.None;
                return Node(isAsync ? "AsyncFor" : "For", StatementLoc(s, s.SpanStart), Expr(s.Target, s_store),
                    Expr(s.Iterable), Block(s.Body), Else(s.ElseClause), null);
            }
            case TryStatementSyntax s:
            {
                var handlers = NewList();
                var star = false;
                foreach (var clause in s.ExceptClauses)
                {
                    if (clause.StarToken.Kind != SyntaxKind.None) star = true;
                    var hasName = clause.Name.Kind != SyntaxKind.None && !clause.Name.IsMissing;
                    handlers.Add(Node("ExceptHandler", StatementLoc(clause, clause.SpanStart), OptionalExpr(clause.Type),
                        hasName ? Identifier(clause.Name) : null, Block(clause.Body)));
                }
                return Node(star ? "TryStar" : "Try", StatementLoc(s, s.SpanStart), Block(s.Body), handlers,
                    Else(s.ElseClause), s.FinallyClause is { } f ? Block(f.Body) : NewList());
            }
            case WithStatementSyntax s:
            {
                var items = NewList();
                foreach (var item in Each(s.Items))
                    items.Add(Node("withitem", null, Expr(item.Expression), item.Target is { } t ? Expr(t, s_store) : null));
                var isAsync = s.AsyncKeyword.Kind != SyntaxKind.None;
                return Node(isAsync ? "AsyncWith" : "With", StatementLoc(s, s.SpanStart), items, Block(s.Body), null);
            }
            case FunctionDefinitionSyntax s:
            {
                RejectTypeParameters(s.TypeParameters);
                var isAsync = s.AsyncKeyword.Kind != SyntaxKind.None;
                var start = isAsync ? s.AsyncKeyword.SpanStart : s.DefKeyword.SpanStart;
                return Node(isAsync ? "AsyncFunctionDef" : "FunctionDef", StatementLoc(s, start), Identifier(s.Name),
                    Arguments(s.Parameters), Block(s.Body), Decorators(s.Decorators), OptionalExpr(s.Returns), null);
            }
            case ClassDefinitionSyntax s:
            {
                RejectTypeParameters(s.TypeParameters);
                var bases = NewList();
                var keywords = NewList();
                if (s.Arguments is { } arguments) CallArguments(arguments, bases, keywords);
                return Node("ClassDef", StatementLoc(s, s.ClassKeyword.SpanStart), Identifier(s.Name), bases, keywords,
                    Block(s.Body), Decorators(s.Decorators));
            }
            case MatchStatementSyntax s:
            {
                var cases = NewList();
                foreach (var clause in s.Cases)
                    cases.Add(Node("match_case", null, Pattern(clause.Pattern), OptionalExpr(clause.Guard), Block(clause.Body)));
                return Node("Match", StatementLoc(s, s.SpanStart), Expr(s.Subject), cases);
            }
            default:
                return Node("Pass", StatementLoc(statement, statement.SpanStart));
        }
    }

    private AstNode If(IfStatementSyntax s)
    {
        var end = SignificantEnd(s);
        // Build the elif chain from the last clause back: each elif is an If in the orelse of the one before,
        // spanning from its `elif` to the end of the whole statement.
        var orelse = Else(s.ElseClause);
        for (var i = s.ElifClauses.Count - 1; i >= 0; i--)
        {
            var elif = s.ElifClauses[i];
            var node = Node("If", Location(elif.SpanStart, elif.SpanStart, end), Expr(elif.Condition), Block(elif.Body), orelse);
            orelse = [node];
        }
        return Node("If", Location(s.SpanStart, s.SpanStart, end), Expr(s.Condition), Block(s.Body), orelse);
    }

    private List<object?> Else(ElseClauseSyntax? clause) => clause is null ? NewList() : Block(clause.Body);

    private List<object?> Decorators(SyntaxList<DecoratorSyntax> decorators)
    {
        var result = NewList();
        foreach (var decorator in decorators) result.Add(Expr(decorator.Expression));
        return result;
    }

    private AstNode Arguments(ParameterListSyntax? parameters)
    {
        var posOnly = NewList();
        var args = NewList();
        object? vararg = null;
        var kwOnly = NewList();
        var kwDefaults = NewList();
        object? kwarg = null;
        var defaults = NewList();
        var afterStar = false;
        if (parameters is not null)
        {
            foreach (var p in Each(parameters.Parameters))
            {
                switch (p.Prefix.Kind)
                {
                    case SyntaxKind.SlashToken:
                        posOnly.AddRange(args);
                        args.Clear();
                        continue;
                    case SyntaxKind.StarToken:
                        afterStar = true;
                        if (p.Name.Kind != SyntaxKind.None) vararg = Arg(p);
                        continue;
                    case SyntaxKind.StarStarToken:
                        kwarg = Arg(p);
                        continue;
                }
                var arg = Arg(p);
                if (afterStar)
                {
                    kwOnly.Add(arg);
                    kwDefaults.Add(OptionalExpr(p.Default));
                }
                else
                {
                    args.Add(arg);
                    if (p.Default is not null) defaults.Add(Expr(p.Default));
                }
            }
        }
        return Node("arguments", null, posOnly, args, vararg, kwOnly, kwDefaults, kwarg, defaults);
    }

    private AstNode Arg(ParameterSyntax p)
    {
        var end = p.Annotation is { } annotation ? annotation.Span.End : p.Name.Span.End;
        return Node("arg", Loc(p.Name, end), Identifier(p.Name), OptionalExpr(p.Annotation), null);
    }
}
