using PythonAot.Compiler.Syntax.Errors;

namespace PythonAot.Compiler.Syntax.InternalSyntax;

// Blocks and compound statements: if, while, for, try, with, def, class, decorators, parameters, type parameters, match.
internal sealed partial class Parser
{
    // ---------------------------------------------------------------- blocks

    /// <summary>
    /// The body after a header's ':' — an indented block or an inline one. <paramref name="owner"/> names the
    /// header in CPython's "expected an indented block after … on line N" (e.g. "'if' statement").
    /// </summary>
    private BlockSyntax ParseBlock(string owner, int headerPosition)
    {
        if (_currentKind == SyntaxKind.NewLineToken)
        {
            var newLine = EatToken();
            if (_currentKind == SyntaxKind.IndentToken)
            {
                if (!EnterRecursion())
                {
                    var tooDeep = EatToken();
                    SkipNestedBlock();
                    return GreenFactory.IndentedBlock(newLine, tooDeep, null, _currentKind == SyntaxKind.DedentToken ? EatToken() : CreateSilentMissingToken(SyntaxKind.DedentToken));
                }
                var indent = EatToken();
                var statements = ParseBlockStatements();
                var dedent = _currentKind == SyntaxKind.DedentToken ? EatToken() : CreateSilentMissingToken(SyntaxKind.DedentToken);
                ExitRecursion();
                return GreenFactory.IndentedBlock(newLine, indent, statements, dedent);
            }
            if (!newLine.IsMissing)
                AddPendingDiagnostic(SyntaxDiagnosticDescriptors.ExpectedIndentedBlock, owner, GetLineNumber(headerPosition));
            return GreenFactory.IndentedBlock(newLine, CreateSilentMissingToken(SyntaxKind.IndentToken), null,
                CreateSilentMissingToken(SyntaxKind.DedentToken));
        }
        var list = GetNodeList();
        if (_currentKind is SyntaxKind.EndOfFileToken or SyntaxKind.IndentToken or SyntaxKind.DedentToken)
        {
            return GreenFactory.InlineBlock(null, CreateMissingToken(SyntaxKind.NewLineToken));
        }
        ParseSimpleStatements(list);
        var end = ExpectNewLine();
        return GreenFactory.InlineBlock(ToListAndFree(list), end);
    }

    /// <summary>The statements of an indented block, up to its DEDENT.</summary>
    private GreenNode? ParseBlockStatements()
    {
        var statements = GetNodeList();
        var extraIndents = 0;
        while (AtNextBlockItem(ref extraIndents)) statements.Add(ParseStatement());
        return ToListAndFree(statements);
    }

    /// <summary>
    /// The head of a block's loop: skips an unexpected INDENT (CPython's "unexpected indent", counted) and the
    /// DEDENT that closes it. False when the block ends here: at its own DEDENT or at the end of the file.
    /// </summary>
    private bool AtNextBlockItem(ref int extraIndents)
    {
        while (true)
        {
            switch (_currentKind)
            {
                case SyntaxKind.EndOfFileToken:
                    return false;
                case SyntaxKind.DedentToken:
                    if (extraIndents == 0) return false;
                    extraIndents--;
                    SkipCurrentToken();
                    break;
                case SyntaxKind.IndentToken:
                    extraIndents++;
                    SkipUnexpectedIndent();
                    break;
                default:
                    return true;
            }
        }
    }

    /// <summary>Past the nesting limit: skips a whole indented block (balanced INDENT/DEDENT) as text.</summary>
    private void SkipNestedBlock()
    {
        ReportMessageAtCurrent("too many levels of indentation");
        var depth = 0;
        while (_currentKind != SyntaxKind.EndOfFileToken)
        {
            if (_currentKind == SyntaxKind.IndentToken) depth++;
            else if (_currentKind == SyntaxKind.DedentToken)
            {
                if (depth == 0) break;
                depth--;
            }
            SkipCurrentToken();
        }
    }

    /// <summary>The ':' of a compound statement header; junk before it is skipped.</summary>
    private GreenToken ExpectColon()
    {
        if (_currentKind == SyntaxKind.ColonToken) return EatToken();
        if (_currentKind is SyntaxKind.NewLineToken or SyntaxKind.EndOfFileToken)
            return CreateMissingToken(SyntaxKind.ColonToken, "expected ':'");
        ReportInvalidSyntaxAtCurrent();
        var colonAhead = FindOnLine(SyntaxKind.ColonToken);
        if (colonAhead < 0)
        {
            SkipToEndOfLine();
            return CreateSilentMissingToken(SyntaxKind.ColonToken);
        }
        for (var i = 0; i < colonAhead; i++) SkipCurrentToken();
        return EatToken();
    }

    /// <summary>The lookahead distance of the first token of this kind at bracket depth 0 on this logical line, or -1.</summary>
    private int FindOnLine(SyntaxKind kind)
    {
        var depth = 0;
        for (var i = 0; i < 4096; i++)
        {
            var k = PeekKind(i);
            switch (k)
            {
                case SyntaxKind.NewLineToken:
                case SyntaxKind.EndOfFileToken:
                case SyntaxKind.IndentToken:
                case SyntaxKind.DedentToken:
                    return -1;
                case SyntaxKind.OpenParenToken:
                case SyntaxKind.OpenBracketToken:
                case SyntaxKind.OpenBraceToken:
                    depth++;
                    break;
                case SyntaxKind.CloseParenToken:
                case SyntaxKind.CloseBracketToken:
                case SyntaxKind.CloseBraceToken:
                    if (depth > 0) depth--;
                    break;
            }
            if (k == kind && depth == 0) return i;
        }
        return -1;
    }

    // ---------------------------------------------------------------- if / while / for

    private StatementSyntax ParseIfStatement()
    {
        var position = CurrentSpanStart;
        var ifKeyword = EatToken();
        var condition = ParseCondition();
        var colon = ExpectColon();
        var body = ParseBlock("'if' statement", position);
        GreenNode? elifs = null;
        if (_currentKind == SyntaxKind.ElifKeyword)
        {
            var list = GetNodeList();
            while (_currentKind == SyntaxKind.ElifKeyword)
            {
                var elifPosition = CurrentSpanStart;
                var elif = EatToken();
                var elifCondition = ParseCondition();
                var elifColon = ExpectColon();
                var elifBody = ParseBlock("'elif' statement", elifPosition);
                list.Add(GreenFactory.ElifClause(elif, elifCondition, elifColon, elifBody));
            }
            elifs = ToListAndFree(list);
        }
        var elseClause = ParseElseClause();
        return GreenFactory.IfStatement(ifKeyword, condition, colon, body, elifs, elseClause);
    }

    /// <summary>The condition of if / elif / while: a named expression; `if x = 1:` gets CPython's hint.</summary>
    private ExpressionSyntax ParseCondition()
    {
        var condition = ParseNamedExpression();
        if (_currentKind != SyntaxKind.EqualsToken || condition.IsMissing) return condition;
        condition = condition.Kind == SyntaxKind.NameExpression
            ? WithMessage(condition, "invalid syntax. Maybe you meant '==' or ':=' instead of '='?")
            : WithError(condition, SyntaxDiagnosticDescriptors.CannotAssignHere, GetExpressionName(condition));
        SkipCurrentToken();
        if (CanStartExpression(_currentKind))
        {
            var mark = MarkSkipped();
            SkipNode(ParseExpression(), mark);
        }
        return condition;
    }

    private ElseClauseSyntax? ParseElseClause()
    {
        if (_currentKind != SyntaxKind.ElseKeyword) return null;
        var position = CurrentSpanStart;
        var elseKeyword = EatToken();
        var colon = ExpectColon();
        var body = ParseBlock("'else' statement", position);
        return GreenFactory.ElseClause(elseKeyword, colon, body);
    }

    private StatementSyntax ParseWhileStatement()
    {
        var position = CurrentSpanStart;
        var whileKeyword = EatToken();
        var condition = ParseCondition();
        var colon = ExpectColon();
        var body = ParseBlock("'while' statement", position);
        var elseClause = ParseElseClause();
        return GreenFactory.WhileStatement(whileKeyword, condition, colon, body, elseClause);
    }

    private StatementSyntax ParseForStatement(GreenToken? asyncKeyword)
    {
        var position = CurrentSpanStart;
        var forKeyword = EatToken();
        GreenToken inKeyword;
        ExpressionSyntax target, iterable;
        if (_currentKind == SyntaxKind.LambdaKeyword)
        {
            // CPython's invalid_for_target reads star_expressions: `for lambda: 1 in x:` is "cannot assign to lambda"
            // (its body took the `in`), and nothing more is reported.
            target = CheckTarget(ParseStarExpressions(), TargetKind.For);
            inKeyword = _currentKind == SyntaxKind.InKeyword ? EatToken() : CreateSilentMissingToken(SyntaxKind.InKeyword);
            iterable = inKeyword.IsMissing ? CreateMissingExpression(report: false) : ParseStarExpressions();
        }
        else
        {
            target = CheckTarget(ParseTargetList(), TargetKind.For);
            inKeyword = ExpectToken(SyntaxKind.InKeyword);
            iterable = ParseStarExpressions();
        }
        var colon = ExpectColon();
        var body = ParseBlock("'for' statement", position);
        var elseClause = ParseElseClause();
        return GreenFactory.ForStatement(asyncKeyword, forKeyword, target, inKeyword, iterable, colon, body, elseClause);
    }

    // ---------------------------------------------------------------- try

    private StatementSyntax ParseTryStatement()
    {
        var position = CurrentSpanStart;
        var tryKeyword = EatToken();
        var colon = ExpectColon();
        var body = ParseBlock("'try' statement", position);
        GreenNode? excepts = null;
        if (_currentKind == SyntaxKind.ExceptKeyword)
        {
            var list = GetNodeList();
            var starKind = 0; // 1: except, 2: except*
            while (_currentKind == SyntaxKind.ExceptKeyword)
            {
                var clause = ParseExceptClause();
                var kind = clause.StarToken is null ? 1 : 2;
                if (starKind == 0) starKind = kind;
                else if (starKind != kind)
                    clause = WithMessage(clause, "cannot have both 'except' and 'except*' on the same 'try'");
                list.Add(clause);
            }
            excepts = ToListAndFree(list);
        }
        else if (_currentKind != SyntaxKind.FinallyKeyword)
        {
            ReportMessageAtCurrent("expected 'except' or 'finally' block");
        }
        var elseClause = ParseElseClause();
        FinallyClauseSyntax? finallyClause = null;
        if (_currentKind == SyntaxKind.FinallyKeyword)
        {
            var finallyPosition = CurrentSpanStart;
            var finallyKeyword = EatToken();
            var finallyColon = ExpectColon();
            var finallyBody = ParseBlock("'finally' statement", finallyPosition);
            finallyClause = GreenFactory.FinallyClause(finallyKeyword, finallyColon, finallyBody);
        }
        return GreenFactory.TryStatement(tryKeyword, colon, body, excepts, elseClause, finallyClause);
    }

    private ExceptClauseSyntax ParseExceptClause()
    {
        var position = CurrentSpanStart;
        var exceptKeyword = EatToken();
        var star = TryEatToken(SyntaxKind.StarToken);
        ExpressionSyntax? type = null;
        GreenToken? asKeyword = null, name = null;
        if (star is not null && !CanStartExpression(_currentKind))
        {
            ReportMessageAtCurrent("expected one or more exception types");
        }
        else if (CanStartExpression(_currentKind))
        {
            type = ParseExpression();
            if (_currentKind == SyntaxKind.CommaToken)
            {
                // `except A, B:` (Python 2): keep the tokens as an unparenthesized tuple.
                type = WithMessage(ParseUnparenthesizedTuple(type, TupleElementKind.Expression), "multiple exception types must be parenthesized");
            }
            if (_currentKind == SyntaxKind.AsKeyword)
            {
                asKeyword = EatToken();
                name = ExpectIdentifier();
            }
        }
        var colon = ExpectColon();
        var body = ParseBlock(star is null ? "'except' statement" : "'except*' statement", position);
        return GreenFactory.ExceptClause(exceptKeyword, star, type, asKeyword, name, colon, body);
    }

    // ---------------------------------------------------------------- with

    private StatementSyntax ParseWithStatement(GreenToken? asyncKeyword)
    {
        var position = CurrentSpanStart;
        var withKeyword = EatToken();
        var items = GetNodeList();
        GreenToken? openParen = null, closeParen = null;
        if (_currentKind == SyntaxKind.OpenParenToken && IsParenthesizedWithItems())
        {
            openParen = EatToken();
            EnterBracket(ref openParen);
            while (true)
            {
                items.Add(ParseWithItem());
                if (_currentKind != SyntaxKind.CommaToken) break;
                items.Add(EatToken());
                if (_currentKind == SyntaxKind.CloseParenToken) break;
            }
            closeParen = ExpectClosing(ref openParen, SyntaxKind.CloseParenToken);
        }
        else
        {
            while (true)
            {
                items.Add(ParseWithItem());
                if (_currentKind != SyntaxKind.CommaToken) break;
                var comma = EatToken();
                if (_currentKind == SyntaxKind.ColonToken)
                {
                    items.Add(WithMessage(comma, "the last 'with' item has a trailing comma"));
                    break;
                }
                items.Add(comma);
            }
        }
        var colon = ExpectColon();
        var body = ParseBlock("'with' statement", position);
        return GreenFactory.WithStatement(asyncKeyword, withKeyword, openParen, ToListAndFree(items), closeParen, colon, body);
    }

    /// <summary>
    /// CPython tries `with ( items ) :` first: the parentheses hold with-items when the matching ')' is followed
    /// by ':' and nothing inside at depth 1 makes them an expression (a starred element, ':=', yield, a
    /// comprehension).
    /// </summary>
    private bool IsParenthesizedWithItems()
    {
        var depth = 0;
        var previous = SyntaxKind.None;
        for (var i = 0; i < 8192; i++)
        {
            var kind = PeekKind(i);
            switch (kind)
            {
                case SyntaxKind.EndOfFileToken:
                case SyntaxKind.NewLineToken:
                    return false;
                case SyntaxKind.OpenParenToken:
                case SyntaxKind.OpenBracketToken:
                case SyntaxKind.OpenBraceToken:
                    depth++;
                    break;
                case SyntaxKind.CloseParenToken:
                case SyntaxKind.CloseBracketToken:
                case SyntaxKind.CloseBraceToken:
                    depth--;
                    if (depth == 0) return PeekKind(i + 1) == SyntaxKind.ColonToken;
                    break;
                case SyntaxKind.StarToken when depth == 1 && previous is SyntaxKind.OpenParenToken or SyntaxKind.CommaToken:
                case SyntaxKind.ColonEqualsToken when depth == 1:
                case SyntaxKind.YieldKeyword when depth == 1:
                case SyntaxKind.ForKeyword when depth == 1:
                case SyntaxKind.StarStarToken when depth == 1 && previous is SyntaxKind.OpenParenToken or SyntaxKind.CommaToken:
                    return false;
            }
            previous = kind;
        }
        return false;
    }

    private WithItemSyntax ParseWithItem()
    {
        var expression = ParseExpression();
        GreenToken? asKeyword = null;
        ExpressionSyntax? target = null;
        if (_currentKind == SyntaxKind.AsKeyword)
        {
            asKeyword = EatToken();
            target = CheckTarget(ParseStarTarget(), TargetKind.Star);
        }
        return GreenFactory.WithItem(expression, asKeyword, target);
    }

    // ---------------------------------------------------------------- def / class / decorators

    private StatementSyntax ParseDecorated()
    {
        var decorators = GetNodeList();
        while (_currentKind == SyntaxKind.AtToken)
        {
            var at = EatToken();
            var expression = ParseNamedExpression();
            if (_currentKind is not (SyntaxKind.NewLineToken or SyntaxKind.EndOfFileToken))
            {
                ReportInvalidSyntaxAtCurrent();
                SkipToEndOfLine();
            }
            var newLine = ExpectNewLine();
            decorators.Add(GreenFactory.Decorator(at, expression, newLine));
        }
        var list = ToListAndFree(decorators);
        switch (_currentKind)
        {
            case SyntaxKind.DefKeyword:
                return ParseFunctionDefinition(list, null);
            case SyntaxKind.ClassKeyword:
                return ParseClassDefinition(list);
            case SyntaxKind.AsyncKeyword when PeekKind(1) == SyntaxKind.DefKeyword:
                return ParseFunctionDefinition(list, EatToken());
        }
        // Decorators on something else: a function definition with every other part missing.
        ReportInvalidSyntaxAtCurrent();
        return GreenFactory.FunctionDefinition(list, null, CreateSilentMissingToken(SyntaxKind.DefKeyword),
            CreateSilentMissingToken(SyntaxKind.IdentifierToken), null,
            GreenFactory.ParameterList(CreateSilentMissingToken(SyntaxKind.OpenParenToken), null, CreateSilentMissingToken(SyntaxKind.CloseParenToken)),
            null, null, CreateSilentMissingToken(SyntaxKind.ColonToken),
            GreenFactory.InlineBlock(null, CreateSilentMissingToken(SyntaxKind.NewLineToken)));
    }

    private StatementSyntax ParseFunctionDefinition(GreenNode? decorators, GreenToken? asyncKeyword)
    {
        var position = CurrentSpanStart;
        var defKeyword = EatToken();
        var name = ExpectIdentifier();
        var typeParameters = _currentKind == SyntaxKind.OpenBracketToken ? ParseTypeParameterList(reportVersion: true) : null;
        ParameterListSyntax parameters;
        if (_currentKind == SyntaxKind.OpenParenToken)
        {
            parameters = ParseParameterList(isLambda: false);
        }
        else
        {
            parameters = GreenFactory.ParameterList(CreateMissingToken(SyntaxKind.OpenParenToken, "expected '('"), null,
                CreateSilentMissingToken(SyntaxKind.CloseParenToken));
        }
        GreenToken? arrow = null;
        ExpressionSyntax? returns = null;
        if (_currentKind == SyntaxKind.MinusGreaterThanToken)
        {
            arrow = EatToken();
            returns = ParseExpression();
        }
        var colon = ExpectColon();
        var body = ParseBlock("function definition", position);
        return GreenFactory.FunctionDefinition(decorators, asyncKeyword, defKeyword, name, typeParameters, parameters, arrow, returns, colon, body);
    }

    private StatementSyntax ParseClassDefinition(GreenNode? decorators)
    {
        var position = CurrentSpanStart;
        var classKeyword = EatToken();
        var name = ExpectIdentifier();
        var typeParameters = _currentKind == SyntaxKind.OpenBracketToken ? ParseTypeParameterList(reportVersion: true) : null;
        var arguments = _currentKind == SyntaxKind.OpenParenToken ? ParseArgumentList(isClass: true) : null;
        var colon = ExpectColon();
        var body = ParseBlock("class definition", position);
        return GreenFactory.ClassDefinition(decorators, classKeyword, name, typeParameters, arguments, colon, body);
    }

    // ---------------------------------------------------------------- parameters

    /// <summary>`(a, b=1, /, c, *args, d, **kw)` of a def, or the parameters of a lambda (up to its ':').</summary>
    private ParameterListSyntax ParseParameterList(bool isLambda)
    {
        GreenToken? openParen = null;
        if (!isLambda)
        {
            openParen = EatToken();
            EnterBracket(ref openParen);
        }
        var closeKind = isLambda ? SyntaxKind.ColonToken : SyntaxKind.CloseParenToken;
        var list = GetNodeList();
        // Validation state, as CPython's invalid_parameters rules see it.
        var count = 0;
        var sawSlash = false;
        var sawStar = false;       // `*` or `*args`
        var bareStar = false;      // the last star was bare and nothing followed it yet
        var sawKeywords = false;   // `**kwargs`
        var sawDefault = false;
        var sawJunk = false;       // a token that cannot start a parameter (reported as invalid syntax)
        while (_currentKind != closeKind)
        {
            if (IsEndOfLogicalLine(_currentKind)) break;
            var kind = _currentKind;
            // The list alternates parameter and comma: after junk that followed a parameter, a comma is still its
            // separator, and a parameter needs a (missing) comma before it.
            var afterParameter = list.Count % 2 == 1;
            if (kind == SyntaxKind.CommaToken && afterParameter)
            {
                list.Add(EatToken());
                continue;
            }
            if (kind is not (SyntaxKind.IdentifierToken or SyntaxKind.StarToken or SyntaxKind.StarStarToken or SyntaxKind.SlashToken))
            {
                sawJunk = true;
                if (kind == SyntaxKind.OpenParenToken && !afterParameter && !sawSlash && !sawStar && !sawKeywords && !sawDefault
                    && IsParenthesizedParameterGroup(isLambda))
                {
                    // CPython's invalid_parameters / invalid_lambda_parameters: `def f(a, (b, c))`.
                    ReportMessageAtCurrent(isLambda
                        ? "Lambda expression parameters cannot be parenthesized"
                        : "Function parameters cannot be parenthesized");
                }
                if (kind == SyntaxKind.CommaToken || !CanStartExpression(kind) || isLambda)
                {
                    ReportInvalidSyntaxAtCurrent();
                    if (kind is SyntaxKind.CloseParenToken or SyntaxKind.CloseBracketToken or SyntaxKind.CloseBraceToken or SyntaxKind.ColonToken) break;
                    SkipCurrentToken();
                    continue;
                }
                ReportInvalidSyntaxAtCurrent();
                var mark = MarkSkipped();
                SkipNode(ParseExpression(), mark);
                continue;
            }
            if (afterParameter) list.Add(CreateSilentMissingToken(SyntaxKind.CommaToken));

            var parameter = ParseParameter(isLambda);
            var prefix = parameter.Prefix?.Kind ?? SyntaxKind.None;
            string? error = null;
            if (sawKeywords)
                error = "arguments cannot follow var-keyword argument";
            else if (prefix == SyntaxKind.SlashToken)
            {
                if (count == 0) error = "at least one argument must precede /";
                else if (sawSlash) error = "/ may appear only once";
                else if (sawStar) error = "/ must be ahead of *";
                sawSlash = true;
            }
            else if (prefix == SyntaxKind.StarToken)
            {
                if (sawStar) error = "* argument may appear only once";
                else if (parameter.EqualsToken is not null) error = "var-positional argument cannot have default value";
                sawStar = true;
                bareStar = parameter.Name is null;
            }
            else if (prefix == SyntaxKind.StarStarToken)
            {
                if (bareStar) error = "named arguments must follow bare *";
                else if (parameter.EqualsToken is not null) error = "var-keyword argument cannot have default value";
                sawKeywords = true;
            }
            else
            {
                if (parameter.EqualsToken is not null) sawDefault = true;
                else if (sawDefault && !sawStar) error = "non-default argument follows default argument";
                bareStar = false;
            }
            if (error is not null && !parameter.IsMissing) parameter = WithMessage(parameter, error);
            count++;
            list.Add(parameter);
            if (_currentKind == SyntaxKind.CommaToken)
            {
                list.Add(EatToken());
                continue;
            }
            if (_currentKind == closeKind || IsEndOfLogicalLine(_currentKind)) break;
            // Two parameters without a comma between them (the next turn inserts a missing one).
            if (_currentKind is SyntaxKind.IdentifierToken or SyntaxKind.StarToken or SyntaxKind.StarStarToken or SyntaxKind.SlashToken)
                ReportInvalidSyntaxAtCurrent();
        }
        if (bareStar && !sawJunk && list.Count > 0)
        {
            // `*` must be followed by a named parameter.
            var index = list.Count - 1;
            if (list[index].Kind == SyntaxKind.CommaToken) index--;
            if (index >= 0 && list[index] is ParameterSyntax { Prefix.Kind: SyntaxKind.StarToken, Name: null } last && !last.ContainsDiagnostics)
                list[index] = WithMessage(last, "named arguments must follow bare *");
        }
        var parameters = ToListAndFree(list);
        if (isLambda) return GreenFactory.ParameterList(null, parameters, null);
        var closeParen = ExpectClosing(ref openParen!, SyntaxKind.CloseParenToken);
        return GreenFactory.ParameterList(openParen, parameters, closeParen);
    }

    /// <summary>
    /// At `(`: whether `( NAME [: annotation], ... [,] )` follows (CPython's param_no_default+ in parentheses;
    /// lambda parameters have no annotation).
    /// </summary>
    private bool IsParenthesizedParameterGroup(bool isLambda)
    {
        var i = 1;
        while (true)
        {
            if (PeekKind(i) != SyntaxKind.IdentifierToken) return false;
            i++;
            if (!isLambda && PeekKind(i) == SyntaxKind.ColonToken)
            {
                // Skip the annotation up to a `,` or `)` outside brackets.
                i++;
                var depth = 0;
                var start = i;
                while (true)
                {
                    var kind = PeekKind(i);
                    if (IsEndOfLogicalLine(kind) || i - start > 64) return false;
                    if (depth == 0 && kind is SyntaxKind.CommaToken or SyntaxKind.CloseParenToken) break;
                    if (kind is SyntaxKind.OpenParenToken or SyntaxKind.OpenBracketToken or SyntaxKind.OpenBraceToken) depth++;
                    else if (kind is SyntaxKind.CloseParenToken or SyntaxKind.CloseBracketToken or SyntaxKind.CloseBraceToken) depth--;
                    i++;
                }
                if (i == start) return false;
            }
            if (PeekKind(i) == SyntaxKind.CloseParenToken) return true;
            if (PeekKind(i) != SyntaxKind.CommaToken) return false;
            i++;
            if (PeekKind(i) == SyntaxKind.CloseParenToken) return true;
        }
    }

    private ParameterSyntax ParseParameter(bool isLambda)
    {
        GreenToken? prefix = null;
        GreenToken? name = null;
        if (_currentKind is SyntaxKind.SlashToken)
            return GreenFactory.Parameter(EatToken(), null, null, null, null, null);
        if (_currentKind is SyntaxKind.StarToken or SyntaxKind.StarStarToken)
        {
            prefix = EatToken();
            if (_currentKind == SyntaxKind.IdentifierToken) name = EatToken();
            else if (prefix.Kind == SyntaxKind.StarStarToken) name = ExpectIdentifier();
        }
        else
        {
            name = EatToken();
        }
        GreenToken? colon = null;
        ExpressionSyntax? annotation = null;
        if (!isLambda && name is not null && _currentKind == SyntaxKind.ColonToken)
        {
            colon = EatToken();
            // `*args: *Ts` (PEP 646) allows a starred annotation.
            annotation = prefix?.Kind == SyntaxKind.StarToken && _currentKind == SyntaxKind.StarToken
                ? ParseStarExpression(allowNamed: false)
                : ParseExpression();
        }
        GreenToken? equals = null;
        ExpressionSyntax? defaultValue = null;
        if (_currentKind == SyntaxKind.EqualsToken && (name is not null))
        {
            equals = EatToken();
            if (_currentKind is SyntaxKind.CommaToken or SyntaxKind.CloseParenToken || (isLambda && _currentKind == SyntaxKind.ColonToken))
            {
                ReportMessageAtCurrent("expected default value expression");
                defaultValue = GreenFactory.NameExpression(CreateSilentMissingToken(SyntaxKind.IdentifierToken));
            }
            else
            {
                defaultValue = ParseExpression();
            }
        }
        return GreenFactory.Parameter(prefix, name, colon, annotation, equals, defaultValue);
    }

    // ---------------------------------------------------------------- type parameters (3.12)

    private TypeParameterListSyntax ParseTypeParameterList(bool reportVersion)
    {
        var openBracket = EatToken();
        if (reportVersion && !IsPython312)
            openBracket = WithError(openBracket, SyntaxDiagnosticDescriptors.TypeParametersRequirePython312);
        EnterBracket(ref openBracket);
        var list = GetNodeList();
        if (_currentKind == SyntaxKind.CloseBracketToken)
            ReportMessageAtCurrent("Type parameter list cannot be empty");
        while (_currentKind != SyntaxKind.CloseBracketToken && !IsEndOfLogicalLine(_currentKind))
        {
            GreenToken? prefix = _currentKind is SyntaxKind.StarToken or SyntaxKind.StarStarToken ? EatToken() : null;
            var name = ExpectIdentifier();
            GreenToken? colon = null;
            ExpressionSyntax? bound = null;
            if (_currentKind == SyntaxKind.ColonToken)
            {
                colon = EatToken();
                bound = ParseExpression();
            }
            var parameter = GreenFactory.TypeParameter(prefix, name, colon, bound);
            if (prefix is not null && bound is not null)
            {
                var what = prefix.Kind == SyntaxKind.StarToken ? "TypeVarTuple" : "ParamSpec";
                var constraint = bound.Kind == SyntaxKind.TupleExpression ? "constraints" : "bound";
                parameter = WithMessage(parameter, $"cannot use {constraint} with {what}");
            }
            // After junk skipped past a parameter without a name, the next one still needs a (missing) comma before it.
            if (list.Count % 2 == 1) list.Add(CreateSilentMissingToken(SyntaxKind.CommaToken));
            list.Add(parameter);
            if (_currentKind != SyntaxKind.CommaToken)
            {
                if (name.IsMissing && _currentKind != SyntaxKind.CloseBracketToken) SkipCurrentToken();
                else break;
                continue;
            }
            list.Add(EatToken());
        }
        var closeBracket = ExpectClosing(ref openBracket, SyntaxKind.CloseBracketToken);
        return GreenFactory.TypeParameterList(openBracket, ToListAndFree(list), closeBracket);
    }

    // ---------------------------------------------------------------- match

    /// <summary>
    /// `match` is a keyword only where CPython's match_stmt parses: the subject is followed by ':' and the end
    /// of the line. `match = 1`, `match(x)`, `match[x]`, `match.x` stay names.
    /// </summary>
    private bool IsMatchStatementStart()
    {
        if (_current.Text != "match") return false;
        var next = PeekKind(1);
        if (!CanStartStarExpression(next)) return false;
        var colon = FindOnLine(SyntaxKind.ColonToken);
        if (colon > 1 && PeekKind(colon + 1) == SyntaxKind.NewLineToken) return true;
        // `match x` and the end of the line: no expression statement starts `match x`, so CPython's
        // invalid_match_stmt reports "expected ':'" (parsed as a match statement without its colon).
        return colon < 0 && next is SyntaxKind.IdentifierToken or SyntaxKind.NumberToken or SyntaxKind.StringToken
                   or SyntaxKind.FStringStartToken or SyntaxKind.OpenBraceToken or SyntaxKind.NoneKeyword
                   or SyntaxKind.TrueKeyword or SyntaxKind.FalseKeyword or SyntaxKind.DotDotDotToken
            && FindOnLine(SyntaxKind.EqualsToken) < 0;
    }

    private StatementSyntax ParseMatchStatement()
    {
        var position = CurrentSpanStart;
        var matchKeyword = EatTokenAs(SyntaxKind.MatchKeyword);
        var first = ParseStarExpression(allowNamed: true);
        var subject = _currentKind == SyntaxKind.CommaToken ? ParseUnparenthesizedTuple(first, TupleElementKind.StarNamedExpression) : first;
        var colon = ExpectColon();
        var newLine = ExpectNewLine();
        if (_currentKind != SyntaxKind.IndentToken)
        {
            if (!newLine.IsMissing && !colon.IsMissing)
                AddPendingDiagnostic(SyntaxDiagnosticDescriptors.ExpectedIndentedBlock, "'match' statement", GetLineNumber(position));
            return GreenFactory.MatchStatement(matchKeyword, subject, colon, newLine, CreateSilentMissingToken(SyntaxKind.IndentToken), null,
                CreateSilentMissingToken(SyntaxKind.DedentToken));
        }
        var indent = EatToken();
        if (!EnterRecursion())
        {
            SkipNestedBlock();
            return GreenFactory.MatchStatement(matchKeyword, subject, colon, newLine, indent, null,
                _currentKind == SyntaxKind.DedentToken ? EatToken() : CreateSilentMissingToken(SyntaxKind.DedentToken));
        }
        var cases = GetNodeList();
        var extraIndents = 0;
        while (AtNextBlockItem(ref extraIndents))
        {
            if (_currentKind == SyntaxKind.IdentifierToken && _current.Text == "case")
            {
                cases.Add(ParseCaseClause());
                continue;
            }
            // Anything but a case block: an error; the statement is parsed and kept as skipped text.
            ReportInvalidSyntaxAtCurrent();
            var start = CurrentPosition;
            var mark = MarkSkipped();
            var statement = ParseStatement();
            SkipNode(statement, mark);
            if (CurrentPosition == start) SkipCurrentToken();
        }
        ExitRecursion();
        var dedent = _currentKind == SyntaxKind.DedentToken ? EatToken() : CreateSilentMissingToken(SyntaxKind.DedentToken);
        return GreenFactory.MatchStatement(matchKeyword, subject, colon, newLine, indent, ToListAndFree(cases), dedent);
    }

    private CaseClauseSyntax ParseCaseClause()
    {
        var position = CurrentSpanStart;
        var caseKeyword = EatTokenAs(SyntaxKind.CaseKeyword);
        var pattern = ParsePatterns();
        GreenToken? ifKeyword = null;
        ExpressionSyntax? guard = null;
        if (_currentKind == SyntaxKind.IfKeyword)
        {
            ifKeyword = EatToken();
            guard = ParseNamedExpression();
        }
        var colon = ExpectColon();
        var body = ParseBlock("'case' statement", position);
        return GreenFactory.CaseClause(caseKeyword, pattern, ifKeyword, guard, colon, body);
    }
}
