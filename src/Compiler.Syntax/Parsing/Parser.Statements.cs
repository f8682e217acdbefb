using PythonAot.Compiler.Syntax.Errors;

namespace PythonAot.Compiler.Syntax.InternalSyntax;

// Simple statements: one logical line of `;`-separated statements, assignments, imports and the keyword statements.
internal sealed partial class Parser
{
    /// <summary>Set when the rest of the previous line was skipped, so that an indented line after it is no new error.</summary>
    private bool _lastLineSkipped;

    private SimpleStatementLineSyntax ParseSimpleStatementLine()
    {
        var list = GetNodeList();
        ParseSimpleStatements(list);
        var newLine = ExpectNewLine();
        return GreenFactory.SimpleStatementLine(ToListAndFree(list), newLine);
    }

    /// <summary>`a; b; c` up to (not including) the NEWLINE; the rest of a line that does not parse is skipped.</summary>
    private void ParseSimpleStatements(List<GreenNode> list)
    {
        _lastLineSkipped = false;
        while (true)
        {
            var statement = ParseSimpleStatement();
            if (_currentKind is not (SyntaxKind.SemicolonToken or SyntaxKind.NewLineToken or SyntaxKind.EndOfFileToken))
                statement = ReportUnexpectedAfterStatement(statement);
            list.Add(statement);
            if (_currentKind != SyntaxKind.SemicolonToken) break;
            list.Add(EatToken());
            if (_currentKind is SyntaxKind.NewLineToken or SyntaxKind.EndOfFileToken) break;
        }
        if (_currentKind is not (SyntaxKind.NewLineToken or SyntaxKind.EndOfFileToken))
        {
            SkipToEndOfLine();
            _lastLineSkipped = true;
        }
    }

    /// <summary>The statement ended where the line does not: CPython's message for what comes next.</summary>
    private SimpleStatementSyntax ReportUnexpectedAfterStatement(SimpleStatementSyntax statement)
    {
        // Python 2's `print x` / `exec code`.
        if (statement is ExpressionStatementSyntax { Expression: NameExpressionSyntax name }
            && name.Identifier.Text is "print" or "exec"
            && CanStartStarExpression(_currentKind) && !_current.ContainsDiagnostics && ShouldReport(CurrentPosition))
        {
            var text = name.Identifier.Text;
            return WithError(statement, SyntaxDiagnosticDescriptors.MissingParenthesesInCall, text);
        }
        ReportInvalidSyntaxAtCurrent();
        return statement;
    }

    private GreenToken ExpectNewLine()
    {
        if (_currentKind == SyntaxKind.NewLineToken) return EatToken();
        return CreateMissingToken(SyntaxKind.NewLineToken);
    }

    private SimpleStatementSyntax ParseSimpleStatement()
    {
        switch (_currentKind)
        {
            case SyntaxKind.PassKeyword: return GreenFactory.PassStatement(EatToken());
            case SyntaxKind.BreakKeyword: return GreenFactory.BreakStatement(EatToken());
            case SyntaxKind.ContinueKeyword: return GreenFactory.ContinueStatement(EatToken());
            case SyntaxKind.ReturnKeyword:
            {
                var keyword = EatToken();
                var value = CanStartStarExpression(_currentKind) ? ParseStarExpressions() : null;
                return GreenFactory.ReturnStatement(keyword, value);
            }
            case SyntaxKind.RaiseKeyword: return ParseRaiseStatement();
            case SyntaxKind.GlobalKeyword:
            case SyntaxKind.NonlocalKeyword: return ParseGlobalOrNonlocalStatement();
            case SyntaxKind.DelKeyword: return ParseDeleteStatement();
            case SyntaxKind.AssertKeyword:
            {
                var keyword = EatToken();
                var condition = ParseExpression();
                GreenToken? comma = null;
                ExpressionSyntax? message = null;
                if (_currentKind == SyntaxKind.CommaToken)
                {
                    comma = EatToken();
                    message = ParseExpression();
                }
                return GreenFactory.AssertStatement(keyword, condition, comma, message);
            }
            case SyntaxKind.ImportKeyword: return ParseImportStatement();
            case SyntaxKind.FromKeyword: return ParseFromImportStatement();
            case SyntaxKind.IdentifierToken:
                if (IsTypeAliasStart()) return ParseTypeAliasStatement();
                break;
        }
        return ParseExpressionOrAssignmentStatement();
    }

    private SimpleStatementSyntax ParseRaiseStatement()
    {
        var keyword = EatToken();
        ExpressionSyntax? exception = null;
        GreenToken? from = null;
        ExpressionSyntax? cause = null;
        if (CanStartExpression(_currentKind))
        {
            exception = ParseExpression();
            if (_currentKind == SyntaxKind.FromKeyword)
            {
                from = EatToken();
                cause = ParseExpression();
            }
        }
        return GreenFactory.RaiseStatement(keyword, exception, from, cause);
    }

    private SimpleStatementSyntax ParseGlobalOrNonlocalStatement()
    {
        var keyword = EatToken();
        var names = GetNodeList();
        while (true)
        {
            names.Add(GreenFactory.NameExpression(ExpectIdentifier()));
            if (_currentKind != SyntaxKind.CommaToken) break;
            names.Add(EatToken());
        }
        var list = ToListAndFree(names);
        return keyword.Kind == SyntaxKind.GlobalKeyword
            ? GreenFactory.GlobalStatement(keyword, list)
            : GreenFactory.NonlocalStatement(keyword, list);
    }

    private SimpleStatementSyntax ParseDeleteStatement()
    {
        var keyword = EatToken();
        var targets = GetNodeList();
        while (true)
        {
            var target = ParseStarExpression(allowNamed: false);
            targets.Add(CheckTarget(target, TargetKind.Delete));
            if (_currentKind != SyntaxKind.CommaToken) break;
            targets.Add(EatToken());
            if (!CanStartStarExpression(_currentKind)) break;
        }
        return GreenFactory.DeleteStatement(keyword, ToListAndFree(targets));
    }

    /// <summary>An identifier (soft keywords included), or a missing one with "invalid syntax".</summary>
    private GreenToken ExpectIdentifier()
    {
        if (_currentKind == SyntaxKind.IdentifierToken) return EatToken();
        ReportInvalidSyntaxAtCurrent();
        return CreateSilentMissingToken(SyntaxKind.IdentifierToken);
    }

    // ---------------------------------------------------------------- imports

    private SimpleStatementSyntax ParseImportStatement()
    {
        var keyword = EatToken();
        var names = GetNodeList();
        while (true)
        {
            names.Add(ParseImportAlias(dotted: true));
            if (_currentKind != SyntaxKind.CommaToken) break;
            names.Add(EatToken());
        }
        return GreenFactory.ImportStatement(keyword, ToListAndFree(names));
    }

    private ImportAliasSyntax ParseImportAlias(bool dotted)
    {
        var name = dotted ? ParseDottedName() : GreenFactory.DottedName(GreenList.Create([GreenFactory.NameExpression(ExpectIdentifier())]));
        GreenToken? asKeyword = null;
        GreenToken? alias = null;
        if (_currentKind == SyntaxKind.AsKeyword)
        {
            asKeyword = EatToken();
            alias = ExpectIdentifier();
        }
        return GreenFactory.ImportAlias(name, asKeyword, alias);
    }

    private DottedNameSyntax ParseDottedName()
    {
        var names = GetNodeList();
        while (true)
        {
            names.Add(GreenFactory.NameExpression(ExpectIdentifier()));
            if (_currentKind != SyntaxKind.DotToken) break;
            names.Add(EatToken());
        }
        return GreenFactory.DottedName(ToListAndFree(names));
    }

    private SimpleStatementSyntax ParseFromImportStatement()
    {
        var from = EatToken();
        var dots = GetNodeList();
        while (_currentKind is SyntaxKind.DotToken or SyntaxKind.DotDotDotToken) dots.Add(EatToken());
        DottedNameSyntax? module = null;
        if (_currentKind == SyntaxKind.IdentifierToken || dots.Count == 0) module = ParseDottedName();
        var import = ExpectToken(SyntaxKind.ImportKeyword);
        GreenToken? openParen = null, star = null, closeParen = null;
        GreenNode? names = null;
        if (_currentKind == SyntaxKind.StarToken)
        {
            star = EatToken();
        }
        else
        {
            openParen = TryEatToken(SyntaxKind.OpenParenToken);
            if (openParen is not null) EnterBracket(ref openParen);
            var list = GetNodeList();
            while (true)
            {
                list.Add(ParseImportAlias(dotted: false));
                if (_currentKind != SyntaxKind.CommaToken) break;
                var comma = EatToken();
                if (openParen is null && _currentKind is SyntaxKind.NewLineToken or SyntaxKind.EndOfFileToken or SyntaxKind.SemicolonToken)
                {
                    comma = WithMessage(comma, "trailing comma not allowed without surrounding parentheses");
                    list.Add(comma);
                    break;
                }
                list.Add(comma);
                if (openParen is not null && _currentKind == SyntaxKind.CloseParenToken) break;
            }
            names = ToListAndFree(list);
            if (openParen is not null) closeParen = ExpectClosing(ref openParen, SyntaxKind.CloseParenToken);
        }
        return GreenFactory.FromImportStatement(from, ToListAndFree(dots), module, import, openParen, names, star, closeParen);
    }

    // ---------------------------------------------------------------- type alias (3.12)

    private bool IsTypeAliasStart() =>
        _current.Text == "type" && PeekKind(1) == SyntaxKind.IdentifierToken
        && PeekKind(2) is SyntaxKind.EqualsToken or SyntaxKind.OpenBracketToken;

    private SimpleStatementSyntax ParseTypeAliasStatement()
    {
        var keyword = EatTokenAs(SyntaxKind.TypeKeyword);
        if (!IsPython312) keyword = WithError(keyword, SyntaxDiagnosticDescriptors.TypeAliasRequiresPython312);
        var name = EatToken();
        var typeParameters = _currentKind == SyntaxKind.OpenBracketToken ? ParseTypeParameterList(reportVersion: false) : null;
        var equals = ExpectToken(SyntaxKind.EqualsToken);
        var value = ParseExpression();
        return GreenFactory.TypeAliasStatement(keyword, name, typeParameters, equals, value);
    }

    // ---------------------------------------------------------------- expressions and assignments

    private SimpleStatementSyntax ParseExpressionOrAssignmentStatement()
    {
        var first = ParseStarExpressionsOrYield();
        switch (_currentKind)
        {
            case SyntaxKind.EqualsToken:
                return ParseAssignmentStatement(first);
            case SyntaxKind.ColonToken:
                return ParseAnnotatedAssignmentStatement(first);
            case SyntaxKind.PlusEqualsToken:
            case SyntaxKind.MinusEqualsToken:
            case SyntaxKind.StarEqualsToken:
            case SyntaxKind.SlashEqualsToken:
            case SyntaxKind.PercentEqualsToken:
            case SyntaxKind.AmpersandEqualsToken:
            case SyntaxKind.BarEqualsToken:
            case SyntaxKind.CaretEqualsToken:
            case SyntaxKind.LessThanLessThanEqualsToken:
            case SyntaxKind.GreaterThanGreaterThanEqualsToken:
            case SyntaxKind.StarStarEqualsToken:
            case SyntaxKind.SlashSlashEqualsToken:
            case SyntaxKind.AtEqualsToken:
            {
                var target = first;
                if (!target.IsMissing && !IsSingleTarget(target))
                    target = WithError(target, SyntaxDiagnosticDescriptors.SyntaxErrorMessage,
                        $"'{GetExpressionName(target)}' is an illegal expression for augmented assignment");
                var op = EatToken();
                var value = ParseStarExpressionsOrYield();
                return GreenFactory.AugmentedAssignmentStatement(target, op, value);
            }
        }
        return GreenFactory.ExpressionStatement(first);
    }

    private ExpressionSyntax ParseStarExpressionsOrYield() =>
        _currentKind == SyntaxKind.YieldKeyword ? ParseYieldExpression() : ParseStarExpressions();

    private SimpleStatementSyntax ParseAssignmentStatement(ExpressionSyntax first)
    {
        var pieces = GetNodeList();
        var equalsTokens = GetNodeList();
        pieces.Add(first);
        while (_currentKind == SyntaxKind.EqualsToken)
        {
            equalsTokens.Add(EatToken());
            pieces.Add(ParseStarExpressionsOrYield());
        }
        // CPython tries invalid_named_expression on the first target before invalid_assignment's own checks,
        // and only when the whole chain is not a valid assignment.
        var count = equalsTokens.Count;
        var chainValid = true;
        for (var i = 0; i < count && chainValid; i++)
        {
            var target = (ExpressionSyntax)pieces[i];
            if (target.IsMissing) continue;
            chainValid = FindInvalidTarget(target, TargetKind.Star, out _) is null;
        }
        var reported = false;
        if (!chainValid)
        {
            var firstTarget = (ExpressionSyntax)pieces[0];
            var checkedTarget = CheckEqualsAfterNamedElement(firstTarget, (ExpressionSyntax)pieces[1], valueFollowedByEquals: count > 1 || _currentKind == SyntaxKind.ColonEqualsToken, lastElementOnly: true);
            if (checkedTarget is not null)
            {
                pieces[0] = checkedTarget;
                reported = true;
            }
        }
        var targets = GetNodeList();
        for (var i = 0; i < count; i++)
        {
            var target = (ExpressionSyntax)pieces[i];
            if (!reported) target = CheckAssignmentTarget(target);
            targets.Add(GreenFactory.AssignmentTarget(target, (GreenToken)equalsTokens[i]));
        }
        var value = (ExpressionSyntax)pieces[count];
        FreeNodeList(pieces);
        FreeNodeList(equalsTokens);
        return GreenFactory.AssignmentStatement(ToListAndFree(targets), value);
    }

    /// <summary>CPython's invalid_assignment messages for one target of `target = value`.</summary>
    private static ExpressionSyntax CheckAssignmentTarget(ExpressionSyntax target)
    {
        if (target.IsMissing) return target;
        if (target.Kind == SyntaxKind.YieldExpression)
            return WithMessage(target, "assignment to yield expression not possible");
        var invalid = FindInvalidTarget(target, TargetKind.Star, out var offset);
        if (invalid is null || invalid.IsMissing) return target;
        return WithErrorAt(target, offset, invalid, SyntaxDiagnosticDescriptors.CannotAssign, GetExpressionName(invalid));
    }

    /// <summary>
    /// CPython's invalid_named_expression for `element = value` where a named expression was expected: `NAME =
    /// bitwise_or` gets "Maybe you meant '==' or ':='", another bitwise-or operand that is not a list, tuple,
    /// generator expression, True, None or False gets "cannot assign to X here"; either only when the bitwise-or
    /// operand at the start of <paramref name="value"/> is not followed by '=' or ':='. With
    /// <paramref name="lastElementOnly"/>, the element checked is the last of an unparenthesized tuple. Returns
    /// <paramref name="element"/> with the diagnostic, or null when the rule does not apply.
    /// </summary>
    private static ExpressionSyntax? CheckEqualsAfterNamedElement(ExpressionSyntax element, ExpressionSyntax value, bool valueFollowedByEquals, bool lastElementOnly)
    {
        if (element.IsMissing || value.IsMissing) return null;
        var last = (GreenNode)element;
        var offset = 0;
        if (lastElementOnly && element is TupleExpressionSyntax { OpenParen: null, Elements: { } elements })
        {
            if (elements.SlotCount % 2 == 0) return null; // trailing comma: `a, = ...`
            last = elements.GetSlot(elements.SlotCount - 1)!;
            offset = element.GetSlotOffset(1) + elements.GetSlotOffset(elements.SlotCount - 1);
        }
        var expression = (ExpressionSyntax)last;
        if (expression.IsMissing || !StartsWithBitwiseOr(value) || (IsBitwiseOrLevel(value) && valueFollowedByEquals)) return null;
        if (expression.Kind == SyntaxKind.NameExpression)
            return WithErrorAt(element, offset, expression, SyntaxDiagnosticDescriptors.SyntaxErrorMessage,
                "invalid syntax. Maybe you meant '==' or ':=' instead of '='?");
        if (expression.Kind is SyntaxKind.ListExpression or SyntaxKind.TupleExpression or SyntaxKind.GeneratorExpression
            || (expression is LiteralExpressionSyntax literal && literal.Token.Kind is SyntaxKind.TrueKeyword or SyntaxKind.FalseKeyword or SyntaxKind.NoneKeyword)
            || !IsBitwiseOrLevel(expression))
            return null;
        return WithErrorAt(element, offset, expression, SyntaxDiagnosticDescriptors.CannotAssignHere, GetExpressionName(expression));
    }

    private static bool StartsWithBitwiseOr(ExpressionSyntax value)
    {
        while (true)
        {
            switch (value.Kind)
            {
                case SyntaxKind.TupleExpression when ((TupleExpressionSyntax)value).OpenParen is null:
                    var elements = ((TupleExpressionSyntax)value).Elements;
                    if (elements is null) return false;
                    value = (ExpressionSyntax)elements.GetSlot(0)!;
                    continue;
                case SyntaxKind.BinaryExpression:
                    value = ((BinaryExpressionSyntax)value).Left;
                    continue;
                case SyntaxKind.ComparisonExpression:
                    value = ((ComparisonExpressionSyntax)value).Left;
                    continue;
                case SyntaxKind.ConditionalExpression:
                    value = ((ConditionalExpressionSyntax)value).WhenTrue;
                    continue;
                case SyntaxKind.UnaryExpression:
                    return ((UnaryExpressionSyntax)value).OperatorToken.Kind != SyntaxKind.NotKeyword;
                case SyntaxKind.StarredExpression:
                case SyntaxKind.YieldExpression:
                case SyntaxKind.LambdaExpression:
                case SyntaxKind.AssignmentExpression:
                    return false;
                default:
                    return !value.IsMissing;
            }
        }
    }

    private static bool IsBitwiseOrLevel(ExpressionSyntax value) => value.Kind switch
    {
        SyntaxKind.TupleExpression => ((TupleExpressionSyntax)value).OpenParen is not null,
        SyntaxKind.BinaryExpression => ((BinaryExpressionSyntax)value).OperatorToken.Kind is not (SyntaxKind.AndKeyword or SyntaxKind.OrKeyword),
        SyntaxKind.UnaryExpression => ((UnaryExpressionSyntax)value).OperatorToken.Kind != SyntaxKind.NotKeyword,
        SyntaxKind.ComparisonExpression or SyntaxKind.ConditionalExpression or SyntaxKind.LambdaExpression
            or SyntaxKind.YieldExpression or SyntaxKind.StarredExpression or SyntaxKind.AssignmentExpression => false,
        _ => true,
    };

    private SimpleStatementSyntax ParseAnnotatedAssignmentStatement(ExpressionSyntax target)
    {
        if (!target.IsMissing && !IsSingleTarget(target))
        {
            var inner = target;
            while (inner.Kind == SyntaxKind.ParenthesizedExpression) inner = ((ParenthesizedExpressionSyntax)inner).Expression;
            var message = inner.Kind switch
            {
                SyntaxKind.TupleExpression => "only single target (not tuple) can be annotated",
                SyntaxKind.ListExpression => "only single target (not list) can be annotated",
                _ => "illegal target for annotation",
            };
            target = WithMessage(target, message);
        }
        var colon = EatToken();
        var annotation = ParseExpression();
        GreenToken? equals = null;
        ExpressionSyntax? value = null;
        if (_currentKind == SyntaxKind.EqualsToken)
        {
            equals = EatToken();
            value = ParseStarExpressionsOrYield();
        }
        return GreenFactory.AnnotatedAssignmentStatement(target, colon, annotation, equals, value);
    }
}
