using System.Runtime.CompilerServices;
using PythonAot.Compiler.Syntax.Errors;

namespace PythonAot.Compiler.Syntax.InternalSyntax;

// Expressions, lowest precedence first: named expression, lambda, conditional, or, and, not, comparison, the binary
// operators by precedence climbing (| ^ & << >> + - * / // % @), unary + - ~, **, await, primaries, atoms.
internal sealed partial class Parser
{
    /// <summary>CPython's tokenizer limit (MAXLEVEL): "too many nested parentheses".</summary>
    private const int MaxBracketDepth = 200;

    /// <summary>Nesting of recursive rules (unary chains, lambdas, conditionals, blocks) before "too complex".</summary>
    private const int MaxRecursionDepth = 3000;

    private int _bracketDepth;
    private int _recursionDepth;

    private bool EnterRecursion()
    {
        if (_recursionDepth >= MaxRecursionDepth || !RuntimeHelpers.TryEnsureSufficientExecutionStack()) return false;
        _recursionDepth++;
        return true;
    }

    private void ExitRecursion() => _recursionDepth--;

    /// <summary>Past a nesting limit: the rest of the logical line becomes skipped text.</summary>
    private ExpressionSyntax ParseTooComplex(string message)
    {
        // 201 brackets in an f-string field: the lexer's "f-string: too many nested parenthesis" on the next one is the error.
        if (!(_fStringDepth > 0 && PeekToken(1).ContainsDiagnostics)) ReportMessageAtCurrent(message);
        SkipToEndOfLine();
        // What then misses at the line end is a consequence of this error.
        _lastErrorPosition = CurrentPosition;
        return CreateMissingExpression(report: false);
    }

    private ExpressionSyntax CreateMissingExpression(bool report = true)
    {
        if (report) ReportInvalidSyntaxAtCurrent();
        return GreenFactory.NameExpression(CreateSilentMissingToken(SyntaxKind.IdentifierToken));
    }

    /// <summary>Counts an opening bracket just consumed.</summary>
    private void EnterBracket(ref GreenToken open) => _bracketDepth++;

    /// <summary>The closing bracket of <paramref name="open"/>; junk before it is skipped, a missing one reported.</summary>
    private GreenToken ExpectClosing(ref GreenToken open, SyntaxKind closeKind)
    {
        _bracketDepth--;
        if (_currentKind == closeKind) return EatToken();
        if (_currentKind == SyntaxKind.CloseBraceToken && _fStringDepth > 0 && _current.IsMissing)
        {
            // The f-string literal ended inside the bracket: the lexer reported it ("f-string: unmatched '['", or the
            // unterminated string that ran to the end of the literal).
            return CreateSilentMissingToken(closeKind);
        }
        if (IsEndOfLogicalLine(_currentKind) && _currentKind != SyntaxKind.EndOfFileToken)
        {
            // Only after the rest of the line was skipped (inside brackets the lexer makes no NEWLINE): reported already.
            return CreateSilentMissingToken(closeKind);
        }
        if (_currentKind == SyntaxKind.EndOfFileToken)
        {
            if (!_reportedUnclosed && !open.ContainsDiagnostics && !_current.ContainsDiagnostics && ShouldReport(CurrentPosition))
            {
                _reportedUnclosed = true;
                open = WithError(open, SyntaxDiagnosticDescriptors.UnclosedBracket, open.Text);
            }
            return CreateSilentMissingToken(closeKind);
        }
        var distance = FindOnLine(closeKind);
        if (distance < 0 && !_reportedUnclosed && !open.ContainsDiagnostics && ReachesEndOfFileInBrackets())
        {
            // The lexer never leaves the brackets: CPython reports the innermost bracket open at the end of the file.
            _reportedUnclosed = true;
            open = WithError(open, SyntaxDiagnosticDescriptors.UnclosedBracket, open.Text);
            return CreateSilentMissingToken(closeKind);
        }
        ReportInvalidSyntaxAtCurrent();
        if (distance >= 0)
        {
            for (var i = 0; i < distance; i++) SkipCurrentToken();
            return EatToken();
        }
        return CreateSilentMissingToken(closeKind);
    }

    private bool _reportedUnclosed;

    /// <summary>Absolute token index (see <see cref="_tokenBase"/>) from which no NEWLINE comes before the end of the file, or -1.</summary>
    private long _noNewLineFrom = -1;

    /// <summary>Whether no NEWLINE comes before the end of the file (so the brackets open here are never closed).</summary>
    private bool ReachesEndOfFileInBrackets()
    {
        var here = _tokenBase + _tokenOffset;
        if (_noNewLineFrom >= 0 && here >= _noNewLineFrom) return true;
        for (var i = 0; ; i++)
        {
            var kind = PeekKind(i);
            if (kind == SyntaxKind.EndOfFileToken)
            {
                _noNewLineFrom = here;
                return true;
            }
            // At the end of the file the lexer closes open blocks with DEDENTs even inside brackets; only a NEWLINE
            // shows that the brackets were closed.
            if (kind == SyntaxKind.NewLineToken) return false;
        }
    }

    private bool TooManyBrackets => _bracketDepth >= MaxBracketDepth;

    // ---------------------------------------------------------------- star expressions, named expressions

    /// <summary>star_expressions: `a`, `a, *b`, `a,` — a tuple without parentheses when there is a comma.</summary>
    private ExpressionSyntax ParseStarExpressions()
    {
        var first = ParseStarExpression(allowNamed: false);
        return _currentKind == SyntaxKind.CommaToken ? ParseUnparenthesizedTuple(first, TupleElementKind.StarExpression) : first;
    }

    /// <summary>
    /// The rest of a tuple without parentheses after its first element, at a comma: `, b, *c` (a trailing comma is
    /// allowed). The element kind says what each element is, so every such tuple in the grammar shares one loop.
    /// </summary>
    private TupleExpressionSyntax ParseUnparenthesizedTuple(ExpressionSyntax first, TupleElementKind elementKind)
    {
        var elements = GetNodeList();
        elements.Add(first);
        while (_currentKind == SyntaxKind.CommaToken)
        {
            elements.Add(EatToken());
            if (!CanStartTupleElement(elementKind)) break;
            elements.Add(elementKind switch
            {
                TupleElementKind.StarExpression => ParseStarExpression(allowNamed: false),
                TupleElementKind.StarNamedExpression => ParseStarExpression(allowNamed: true),
                TupleElementKind.StarTarget => ParseStarTarget(),
                _ => ParseExpression(),
            });
        }
        return GreenFactory.TupleExpression(null, ToListAndFree(elements), null);
    }

    private bool CanStartTupleElement(TupleElementKind elementKind) => elementKind switch
    {
        TupleElementKind.Expression => CanStartExpression(_currentKind),
        // A target list stops before `not`/`lambda`: `for x, in ...` must not eat what follows.
        TupleElementKind.StarTarget => CanStartStarExpression(_currentKind) && _currentKind is not (SyntaxKind.NotKeyword or SyntaxKind.LambdaKeyword),
        _ => CanStartStarExpression(_currentKind),
    };

    /// <summary>star_expression / star_named_expression: `*x` (x a bitwise-or operand) or an expression.</summary>
    private ExpressionSyntax ParseStarExpression(bool allowNamed)
    {
        if (_currentKind == SyntaxKind.StarToken)
        {
            var star = EatToken();
            return GreenFactory.StarredExpression(star, ParseBitwiseOr());
        }
        return allowNamed ? ParseNamedExpression() : ParseExpression();
    }

    /// <summary>named_expression: `name := value` or an expression.</summary>
    private ExpressionSyntax ParseNamedExpression()
    {
        if (_currentKind == SyntaxKind.IdentifierToken && PeekKind(1) == SyntaxKind.ColonEqualsToken)
        {
            var name = GreenFactory.NameExpression(EatToken());
            var op = EatToken();
            var value = ParseExpression();
            return GreenFactory.AssignmentExpression(name, op, value);
        }
        var expression = ParseExpression();
        if (_currentKind == SyntaxKind.ColonEqualsToken)
        {
            if (!expression.IsMissing)
                expression = WithMessage(expression, $"cannot use assignment expressions with {GetExpressionName(expression)}");
            SkipCurrentToken();
            SkipExpression();
        }
        return expression;
    }

    /// <summary>expression: lambda, `a if b else c`, or a disjunction.</summary>
    private ExpressionSyntax ParseExpression()
    {
        if (!EnterRecursion()) return ParseTooComplex("too complex");
        ExpressionSyntax result;
        if (_currentKind == SyntaxKind.LambdaKeyword)
        {
            result = ParseLambdaExpression();
        }
        else
        {
            result = ParseDisjunction();
            if (_currentKind == SyntaxKind.IfKeyword) result = ParseConditionalExpression(result);
        }
        ExitRecursion();
        return result;
    }

    private ExpressionSyntax ParseConditionalExpression(ExpressionSyntax whenTrue)
    {
        var ifKeyword = EatToken();
        var condition = ParseDisjunction();
        GreenToken elseKeyword;
        ExpressionSyntax whenFalse;
        if (_currentKind == SyntaxKind.ElseKeyword)
        {
            elseKeyword = EatToken();
            whenFalse = ParseExpression();
        }
        else
        {
            const string message = "expected 'else' after 'if' expression";
            if (whenTrue.IsMissing) elseKeyword = CreateMissingToken(SyntaxKind.ElseKeyword, message);
            else
            {
                // CPython reports the range that starts at the `a` of `a if b`.
                if (!_current.ContainsDiagnostics && ShouldReport(CurrentPosition)) whenTrue = WithMessage(whenTrue, message);
                elseKeyword = CreateSilentMissingToken(SyntaxKind.ElseKeyword);
            }
            whenFalse = CreateMissingExpression(report: false);
        }
        return GreenFactory.ConditionalExpression(whenTrue, ifKeyword, condition, elseKeyword, whenFalse);
    }

    private ExpressionSyntax ParseLambdaExpression()
    {
        var lambda = EatToken();
        var parameters = ParseParameterList(isLambda: true);
        var colon = ExpectToken(SyntaxKind.ColonToken);
        var body = ParseExpression();
        return GreenFactory.LambdaExpression(lambda, parameters, colon, body);
    }

    private ExpressionSyntax ParseYieldExpression()
    {
        var yield = EatToken();
        if (_currentKind == SyntaxKind.FromKeyword)
        {
            var from = EatToken();
            return GreenFactory.YieldExpression(yield, from, ParseExpression());
        }
        var value = CanStartStarExpression(_currentKind) ? ParseStarExpressions() : null;
        return GreenFactory.YieldExpression(yield, null, value);
    }

    // ---------------------------------------------------------------- boolean operators and comparisons

    private ExpressionSyntax ParseDisjunction()
    {
        var left = ParseConjunction();
        while (_currentKind == SyntaxKind.OrKeyword)
        {
            var op = EatToken();
            left = GreenFactory.BinaryExpression(left, op, ParseConjunction());
        }
        return left;
    }

    private ExpressionSyntax ParseConjunction()
    {
        var left = ParseInversion();
        while (_currentKind == SyntaxKind.AndKeyword)
        {
            var op = EatToken();
            left = GreenFactory.BinaryExpression(left, op, ParseInversion());
        }
        return left;
    }

    private ExpressionSyntax ParseInversion()
    {
        if (_currentKind != SyntaxKind.NotKeyword) return ParseComparison();
        if (!EnterRecursion()) return ParseTooComplex("too complex");
        var op = EatToken();
        var result = GreenFactory.UnaryExpression(op, ParseInversion());
        ExitRecursion();
        return result;
    }

    private ExpressionSyntax ParseComparison()
    {
        var left = ParseBitwiseOr();
        if (!IsComparisonOperator()) return left;
        var clauses = GetNodeList();
        do
        {
            var op = EatToken();
            GreenToken? second = null;
            if (op.Kind == SyntaxKind.NotKeyword) second = EatToken(); // `not in`
            else if (op.Kind == SyntaxKind.IsKeyword && _currentKind == SyntaxKind.NotKeyword) second = EatToken(); // `is not`
            clauses.Add(GreenFactory.ComparisonClause(op, second, ParseBitwiseOr()));
        }
        while (IsComparisonOperator());
        return GreenFactory.ComparisonExpression(left, ToListAndFree(clauses));
    }

    private bool IsComparisonOperator() => _currentKind switch
    {
        SyntaxKind.EqualsEqualsToken or SyntaxKind.ExclamationEqualsToken or SyntaxKind.LessThanToken
            or SyntaxKind.GreaterThanToken or SyntaxKind.LessThanEqualsToken or SyntaxKind.GreaterThanEqualsToken
            or SyntaxKind.InKeyword or SyntaxKind.IsKeyword => true,
        SyntaxKind.NotKeyword => PeekKind(1) == SyntaxKind.InKeyword,
        _ => false,
    };

    // ---------------------------------------------------------------- binary operators (precedence climbing)

    private ExpressionSyntax ParseBitwiseOr() => ParseBinary(1);

    private static int GetBinaryPrecedence(SyntaxKind kind) => kind switch
    {
        SyntaxKind.BarToken => 1,
        SyntaxKind.CaretToken => 2,
        SyntaxKind.AmpersandToken => 3,
        SyntaxKind.LessThanLessThanToken or SyntaxKind.GreaterThanGreaterThanToken => 4,
        SyntaxKind.PlusToken or SyntaxKind.MinusToken => 5,
        SyntaxKind.StarToken or SyntaxKind.SlashToken or SyntaxKind.SlashSlashToken or SyntaxKind.PercentToken
            or SyntaxKind.AtToken => 6,
        _ => 0,
    };

    private ExpressionSyntax ParseBinary(int minPrecedence)
    {
        var left = ParseFactor();
        while (true)
        {
            var precedence = GetBinaryPrecedence(_currentKind);
            if (precedence < minPrecedence || precedence == 0) return left;
            var op = EatToken();
            var right = ParseBinary(precedence + 1);
            left = GreenFactory.BinaryExpression(left, op, right);
        }
    }

    /// <summary>factor: `+x`, `-x`, `~x`, or a power.</summary>
    private ExpressionSyntax ParseFactor()
    {
        var kind = _currentKind;
        if (kind is not (SyntaxKind.PlusToken or SyntaxKind.MinusToken or SyntaxKind.TildeToken)) return ParsePower();
        if (!EnterRecursion()) return ParseTooComplex("too complex");
        var op = EatToken();
        var result = GreenFactory.UnaryExpression(op, ParseFactor());
        ExitRecursion();
        return result;
    }

    /// <summary>power: `await? primary ('**' factor)?`.</summary>
    private ExpressionSyntax ParsePower()
    {
        var mark = MarkSkipped();
        ExpressionSyntax left;
        if (_currentKind == SyntaxKind.AwaitKeyword)
        {
            var await = EatToken();
            left = GreenFactory.AwaitExpression(await, ParsePrimary());
        }
        else
        {
            left = ParsePrimary();
        }
        if (_currentKind != SyntaxKind.StarStarToken) return left;
        if (!EnterRecursion())
        {
            SkipNode(left, mark);
            return ParseTooComplex("too complex");
        }
        var op = EatToken();
        var result = GreenFactory.BinaryExpression(left, op, ParseFactor());
        ExitRecursion();
        return result;
    }

    // ---------------------------------------------------------------- primaries

    private ExpressionSyntax ParsePrimary()
    {
        var expression = ParseAtom();
        while (true)
        {
            switch (_currentKind)
            {
                case SyntaxKind.DotToken:
                {
                    var dot = EatToken();
                    expression = GreenFactory.MemberAccessExpression(expression, dot, ExpectIdentifier());
                    continue;
                }
                case SyntaxKind.OpenParenToken:
                    if (TooManyBrackets) return ParseTooComplex("too many nested parentheses");
                    expression = GreenFactory.CallExpression(expression, ParseArgumentList(isClass: false));
                    continue;
                case SyntaxKind.OpenBracketToken:
                    if (TooManyBrackets) return ParseTooComplex("too many nested parentheses");
                    expression = ParseSubscript(expression);
                    continue;
            }
            return expression;
        }
    }

    private ExpressionSyntax ParseAtom()
    {
        var skippedBadToken = false;
        while (true)
        {
            switch (_currentKind)
            {
                case SyntaxKind.IdentifierToken:
                    return GreenFactory.NameExpression(EatToken());
                case SyntaxKind.NumberToken:
                case SyntaxKind.NoneKeyword:
                case SyntaxKind.TrueKeyword:
                case SyntaxKind.FalseKeyword:
                case SyntaxKind.DotDotDotToken:
                    return GreenFactory.LiteralExpression(EatToken());
                case SyntaxKind.StringToken:
                case SyntaxKind.FStringStartToken:
                    return ParseStrings();
                case SyntaxKind.OpenParenToken:
                    if (TooManyBrackets) return ParseTooComplex("too many nested parentheses");
                    return ParseParenthesized();
                case SyntaxKind.OpenBracketToken:
                    if (TooManyBrackets) return ParseTooComplex("too many nested parentheses");
                    return ParseListDisplay();
                case SyntaxKind.OpenBraceToken:
                    if (TooManyBrackets) return ParseTooComplex("too many nested parentheses");
                    return ParseBraceDisplay();
                case SyntaxKind.BadToken:
                    // The lexer reported it; skip it and look for the operand after it.
                    skippedBadToken |= _current.ContainsDiagnostics;
                    SkipCurrentToken();
                    continue;
                default:
                    // After a bad token the lexer's error is the one CPython reports: no cascade here.
                    return CreateMissingExpression(report: !skippedBadToken);
            }
        }
    }

    /// <summary>`()`, `(x)`, `(x,)`, `(x for x in y)`, `(yield x)`.</summary>
    private ExpressionSyntax ParseParenthesized()
    {
        var open = EatToken();
        EnterBracket(ref open);
        if (_currentKind == SyntaxKind.CloseParenToken)
        {
            var close = ExpectClosing(ref open, SyntaxKind.CloseParenToken);
            return GreenFactory.TupleExpression(open, null, close);
        }
        if (_currentKind == SyntaxKind.YieldKeyword)
        {
            var yield = ParseYieldExpression();
            var close = ExpectClosing(ref open, SyntaxKind.CloseParenToken);
            return GreenFactory.ParenthesizedExpression(open, yield, close);
        }
        if (_currentKind == SyntaxKind.StarStarToken)
        {
            ReportMessageAtCurrent("cannot use double starred expression here");
            SkipCurrentToken();
        }
        var first = ParseStarNamedElement();
        if (IsComprehensionStart())
        {
            if (first.Kind == SyntaxKind.StarredExpression) first = WithMessage(first, "iterable unpacking cannot be used in comprehension");
            var clauses = ParseComprehensionClauses();
            var close = ExpectClosing(ref open, SyntaxKind.CloseParenToken);
            return GreenFactory.GeneratorExpression(open, first, clauses, close);
        }
        if (_currentKind == SyntaxKind.CommaToken || StartsElementWithoutComma(SyntaxKind.CloseParenToken))
        {
            var elements = GetNodeList();
            elements.Add(first);
            ParseElementsAfterFirst(elements, SyntaxKind.CloseParenToken);
            var close = ExpectClosing(ref open, SyntaxKind.CloseParenToken);
            return GreenFactory.TupleExpression(open, ToListAndFree(elements), close);
        }
        var closed = _currentKind == SyntaxKind.CloseParenToken;
        var closeParen = ExpectClosing(ref open, SyntaxKind.CloseParenToken);
        if (first.Kind == SyntaxKind.StarredExpression && closed) first = WithMessage(first, "cannot use starred expression here");
        return GreenFactory.ParenthesizedExpression(open, first, closeParen);
    }

    /// <summary>
    /// star_named_expression as an element of a display; `(y = 1)` gets CPython's invalid_named_expression
    /// message and the `= value` becomes skipped text.
    /// </summary>
    private ExpressionSyntax ParseStarNamedElement() => CheckEqualsAfterNamedElement(ParseStarExpression(allowNamed: true));

    private ExpressionSyntax CheckEqualsAfterNamedElement(ExpressionSyntax element)
    {
        if (_currentKind != SyntaxKind.EqualsToken || element.IsMissing || element.ContainsDiagnostics || _current.ContainsDiagnostics
            || !(element.Kind == SyntaxKind.NameExpression || IsBitwiseOrLevel(element))
            || ReachesEndOfFileInBrackets()) // the unclosed bracket is CPython's error
            return element;
        SkipCurrentToken();
        var mark = MarkSkipped();
        var value = ParseExpression();
        var reported = CheckEqualsAfterNamedElement(element, value,
            valueFollowedByEquals: _currentKind is SyntaxKind.EqualsToken or SyntaxKind.ColonEqualsToken, lastElementOnly: false);
        SkipNode(value, mark);
        if (reported is not null) return reported;
        ReportInvalidSyntaxAtCurrent();
        return element;
    }

    private bool IsComprehensionStart() =>
        _currentKind == SyntaxKind.ForKeyword || (_currentKind == SyntaxKind.AsyncKeyword && PeekKind(1) == SyntaxKind.ForKeyword);

    /// <summary>An element follows the previous one without a comma (inside brackets: "Perhaps you forgot a comma?").</summary>
    private bool StartsElementWithoutComma(SyntaxKind closeKind) =>
        _currentKind != closeKind && CanStartStarExpression(_currentKind) && !_current.ContainsDiagnostics;

    /// <summary>
    /// The elements after the first of a display, each `, element`; a missing comma between two elements is
    /// reported as CPython does and inserted as a missing token.
    /// </summary>
    private void ParseElementsAfterFirst(List<GreenNode> elements, SyntaxKind closeKind)
    {
        while (true)
        {
            if (_currentKind == SyntaxKind.CommaToken)
            {
                elements.Add(EatToken());
                if (_currentKind == closeKind || !CanStartStarExpression(_currentKind)) return;
            }
            else if (StartsElementWithoutComma(closeKind))
            {
                ReportMissingComma(elements);
            }
            else
            {
                return;
            }
            elements.Add(ParseStarNamedElement());
        }
    }

    /// <summary>`[a, b for a in c]`: CPython's invalid_comprehension; the clauses become skipped text.</summary>
    private void ReportUnparenthesizedComprehensionTarget(List<GreenNode> elements)
    {
        if (!IsComprehensionStart() || elements.Count < 2) return;
        if (!elements[0].IsMissing && !elements[0].ContainsDiagnostics && !_current.ContainsDiagnostics && ShouldReport(CurrentPosition))
            elements[0] = WithMessage(elements[0], "did you forget parentheses around the comprehension target?");
        SkipComprehensionClauses();
    }

    private void ReportMissingComma(List<GreenNode> elements)
    {
        var last = elements.Count - 1;
        if (ShouldReport(CurrentPosition) && !elements[last].IsMissing)
            elements[last] = WithMessage(elements[last], _fStringDepth > 0
                ? "f-string: invalid syntax. Perhaps you forgot a comma?"
                : "invalid syntax. Perhaps you forgot a comma?");
        elements.Add(CreateSilentMissingToken(SyntaxKind.CommaToken));
    }

    /// <summary>`[a, b]` or `[x for x in y]`.</summary>
    private ExpressionSyntax ParseListDisplay()
    {
        var open = EatToken();
        EnterBracket(ref open);
        if (_currentKind == SyntaxKind.CloseBracketToken)
        {
            var close = ExpectClosing(ref open, SyntaxKind.CloseBracketToken);
            return GreenFactory.ListExpression(open, null, close);
        }
        var first = ParseStarNamedElement();
        if (IsComprehensionStart())
        {
            if (first.Kind == SyntaxKind.StarredExpression) first = WithMessage(first, "iterable unpacking cannot be used in comprehension");
            var clauses = ParseComprehensionClauses();
            var close = ExpectClosing(ref open, SyntaxKind.CloseBracketToken);
            return GreenFactory.ListComprehension(open, first, clauses, close);
        }
        var elements = GetNodeList();
        elements.Add(first);
        ParseElementsAfterFirst(elements, SyntaxKind.CloseBracketToken);
        ReportUnparenthesizedComprehensionTarget(elements);
        var closeBracket = ExpectClosing(ref open, SyntaxKind.CloseBracketToken);
        return GreenFactory.ListExpression(open, ToListAndFree(elements), closeBracket);
    }

    /// <summary>`{}`, `{a: b}`, `{**a}`, `{a, b}`, and the dict and set comprehensions.</summary>
    private ExpressionSyntax ParseBraceDisplay()
    {
        var open = EatToken();
        EnterBracket(ref open);
        if (_currentKind == SyntaxKind.CloseBraceToken)
        {
            var close = ExpectClosing(ref open, SyntaxKind.CloseBraceToken);
            return GreenFactory.DictionaryExpression(open, null, close);
        }
        if (_currentKind == SyntaxKind.StarStarToken)
        {
            var entries = GetNodeList();
            var unpack = ParseDictionaryUnpackEntry();
            if (IsComprehensionStart())
            {
                // `{**a for a in b}`: CPython's invalid_dict_comprehension; the clauses become skipped text.
                unpack = WithMessage(unpack, "dict unpacking cannot be used in dict comprehension");
                var mark = MarkSkipped();
                if (ParseComprehensionClauses() is { } clauses) SkipNode(clauses, mark);
            }
            entries.Add(unpack);
            ParseDictionaryEntriesAfterFirst(entries);
            var close = ExpectClosing(ref open, SyntaxKind.CloseBraceToken);
            return GreenFactory.DictionaryExpression(open, ToListAndFree(entries), close);
        }
        var first = ParseStarNamedElement();
        if (_currentKind == SyntaxKind.ColonToken && first.Kind != SyntaxKind.StarredExpression)
        {
            var colon = EatToken();
            var value = ParseDictionaryValue(colon);
            if (IsComprehensionStart())
            {
                var clauses = ParseComprehensionClauses();
                var close = ExpectClosing(ref open, SyntaxKind.CloseBraceToken);
                return GreenFactory.DictionaryComprehension(open, first, colon, value, clauses, close);
            }
            var entries = GetNodeList();
            entries.Add(GreenFactory.KeyValueEntry(first, colon, value));
            ParseDictionaryEntriesAfterFirst(entries);
            var closeBrace = ExpectClosing(ref open, SyntaxKind.CloseBraceToken);
            return GreenFactory.DictionaryExpression(open, ToListAndFree(entries), closeBrace);
        }
        if (IsComprehensionStart())
        {
            if (first.Kind == SyntaxKind.StarredExpression) first = WithMessage(first, "iterable unpacking cannot be used in comprehension");
            var clauses = ParseComprehensionClauses();
            var close = ExpectClosing(ref open, SyntaxKind.CloseBraceToken);
            return GreenFactory.SetComprehension(open, first, clauses, close);
        }
        var elements = GetNodeList();
        elements.Add(first);
        ParseElementsAfterFirst(elements, SyntaxKind.CloseBraceToken);
        ReportUnparenthesizedComprehensionTarget(elements);
        var closeSet = ExpectClosing(ref open, SyntaxKind.CloseBraceToken);
        return GreenFactory.SetExpression(open, ToListAndFree(elements), closeSet);
    }

    private ExpressionSyntax ParseDictionaryValue(GreenToken colon)
    {
        if (_currentKind == SyntaxKind.StarToken)
        {
            // CPython's invalid_kvpair / invalid_double_starred_kvpairs: `{a: *b}`.
            ReportMessageAtCurrent("cannot use a starred expression in a dictionary value");
            return ParseStarExpression(allowNamed: false);
        }
        if (_currentKind is SyntaxKind.CommaToken or SyntaxKind.CloseBraceToken)
        {
            ReportMessageAtCurrent("expression expected after dictionary key and ':'");
            return CreateMissingExpression(report: false);
        }
        return ParseExpression();
    }

    private DictionaryEntrySyntax ParseDictionaryUnpackEntry()
    {
        var starStar = EatToken();
        return GreenFactory.DictionaryUnpackEntry(starStar, ParseBitwiseOr());
    }

    private void ParseDictionaryEntriesAfterFirst(List<GreenNode> entries)
    {
        while (true)
        {
            if (_currentKind == SyntaxKind.CommaToken)
            {
                entries.Add(EatToken());
                if (_currentKind != SyntaxKind.StarStarToken && !CanStartExpression(_currentKind)) return;
            }
            else if (_currentKind != SyntaxKind.CloseBraceToken && (CanStartExpression(_currentKind) || _currentKind == SyntaxKind.StarStarToken)
                     && !_current.ContainsDiagnostics)
            {
                ReportMissingComma(entries);
            }
            else
            {
                return;
            }
            if (_currentKind == SyntaxKind.StarStarToken)
            {
                entries.Add(ParseDictionaryUnpackEntry());
                continue;
            }
            var key = ParseExpression();
            GreenToken colon;
            if (_currentKind == SyntaxKind.ColonToken) colon = EatToken();
            else
            {
                if (!key.IsMissing) key = WithMessage(key, "':' expected after dictionary key");
                colon = CreateSilentMissingToken(SyntaxKind.ColonToken);
            }
            var value = colon.IsMissing ? CreateMissingExpression(report: false) : ParseDictionaryValue(colon);
            entries.Add(GreenFactory.KeyValueEntry(key, colon, value));
        }
    }

    /// <summary>`for x in y if c async for z in w ...`.</summary>
    private GreenNode? ParseComprehensionClauses()
    {
        var clauses = GetNodeList();
        while (true)
        {
            if (IsComprehensionStart())
            {
                var asyncKeyword = TryEatToken(SyntaxKind.AsyncKeyword);
                var forKeyword = EatToken();
                var target = CheckTarget(ParseTargetList(), TargetKind.For);
                GreenToken inKeyword;
                if (_currentKind == SyntaxKind.InKeyword) inKeyword = EatToken();
                else if (_bracketDepth > 0 && CanStartExpression(_currentKind) && !_current.ContainsDiagnostics && !target.ContainsDiagnostics
                         && !target.IsMissing && ShouldReport(CurrentPosition))
                {
                    // `[x for x y]`: CPython's invalid_expression sees two expressions in a row inside brackets
                    // and reports on the last element of the target, however far the next token is.
                    target = ReportForgottenCommaAfterTarget(target);
                    inKeyword = CreateSilentMissingToken(SyntaxKind.InKeyword);
                }
                else inKeyword = ExpectToken(SyntaxKind.InKeyword);
                var iterable = ParseDisjunction();
                clauses.Add(GreenFactory.ComprehensionForClause(asyncKeyword, forKeyword, target, inKeyword, iterable));
            }
            else if (_currentKind == SyntaxKind.IfKeyword)
            {
                var ifKeyword = EatToken();
                clauses.Add(GreenFactory.ComprehensionIfClause(ifKeyword, ParseDisjunction()));
            }
            else
            {
                break;
            }
        }
        return ToListAndFree(clauses);
    }

    private ExpressionSyntax ReportForgottenCommaAfterTarget(ExpressionSyntax target)
    {
        var message = _fStringDepth > 0 ? "f-string: invalid syntax. Perhaps you forgot a comma?" : "invalid syntax. Perhaps you forgot a comma?";
        if (target is TupleExpressionSyntax { OpenParen: null, Elements: { } elements } && elements.SlotCount % 2 == 1)
        {
            var last = elements.SlotCount - 1;
            return WithErrorAt(target, target.GetSlotOffset(1) + elements.GetSlotOffset(last), elements.GetSlot(last)!,
                SyntaxDiagnosticDescriptors.SyntaxErrorMessage, message);
        }
        return WithMessage(target, message);
    }

    /// <summary>star_targets: `a`, `a, b`, `*a, b` — parsed at bitwise-or level so a following `in` is not eaten.</summary>
    private ExpressionSyntax ParseTargetList()
    {
        var first = ParseStarTarget();
        return _currentKind == SyntaxKind.CommaToken ? ParseUnparenthesizedTuple(first, TupleElementKind.StarTarget) : first;
    }

    private ExpressionSyntax ParseStarTarget()
    {
        if (_currentKind == SyntaxKind.StarToken)
        {
            if (!EnterRecursion()) return ParseTooComplex("too complex");
            var star = EatToken();
            var result = GreenFactory.StarredExpression(star, ParseStarTarget());
            ExitRecursion();
            return result;
        }
        return ParseBitwiseOr();
    }

    // ---------------------------------------------------------------- calls and subscripts

    /// <summary>`(a, b=1, *c, **d)`; a generator expression as the sole argument keeps no parentheses of its own.</summary>
    private ArgumentListSyntax ParseArgumentList(bool isClass)
    {
        var open = EatToken();
        EnterBracket(ref open);
        var list = GetNodeList();
        var sawKeyword = false;
        var sawDoubleStar = false;
        var argumentCount = 0;
        var generatorIndex = -1;
        while (_currentKind != SyntaxKind.CloseParenToken && !IsEndOfLogicalLine(_currentKind))
        {
            if (!CanStartArgument(_currentKind))
            {
                break;
            }
            var argument = ParseArgument(isClass, argumentCount == 0, out var isGenerator);
            string? error = null;
            if (argument.Prefix?.Kind == SyntaxKind.StarStarToken)
            {
                sawDoubleStar = true;
            }
            else if (argument.Prefix?.Kind == SyntaxKind.StarToken)
            {
                if (sawDoubleStar) error = "iterable argument unpacking follows keyword argument unpacking";
            }
            else if (argument.Name is not null)
            {
                sawKeyword = true;
            }
            else if (sawDoubleStar)
            {
                error = "positional argument follows keyword argument unpacking";
            }
            else if (sawKeyword)
            {
                error = "positional argument follows keyword argument";
            }
            if (error is not null && !argument.ContainsDiagnostics) argument = WithMessage(argument, error);
            if (isGenerator && generatorIndex < 0) generatorIndex = list.Count;
            list.Add(argument);
            argumentCount++;
            if (_currentKind == SyntaxKind.CommaToken)
            {
                list.Add(EatToken());
                continue;
            }
            if (_currentKind == SyntaxKind.CloseParenToken) break;
            if (CanStartArgument(_currentKind) && !_current.ContainsDiagnostics)
            {
                ReportMissingComma(list);
                continue;
            }
            break;
        }
        if (generatorIndex >= 0 && list.Count > 1)
        {
            var generator = (ArgumentSyntax)list[generatorIndex];
            if (!generator.ContainsDiagnostics) list[generatorIndex] = WithMessage(generator, "Generator expression must be parenthesized");
        }
        var close = ExpectClosing(ref open, SyntaxKind.CloseParenToken);
        return GreenFactory.ArgumentList(open, ToListAndFree(list), close);
    }

    private static bool CanStartArgument(SyntaxKind kind) =>
        kind is SyntaxKind.StarToken or SyntaxKind.StarStarToken || CanStartExpression(kind);

    private ArgumentSyntax ParseArgument(bool isClass, bool isFirst, out bool isGenerator)
    {
        isGenerator = false;
        switch (_currentKind)
        {
            case SyntaxKind.StarToken:
            case SyntaxKind.StarStarToken:
            {
                var prefix = EatToken();
                var argument = GreenFactory.Argument(null, null, prefix, ParseExpression());
                if (prefix.Kind == SyntaxKind.StarToken && IsComprehensionStart() && !argument.ContainsDiagnostics)
                {
                    // `f(*a for a in b)`: CPython's invalid_comprehension; after other arguments, invalid_arguments'
                    // "Generator expression must be parenthesized" (reported by the caller).
                    if (isFirst) argument = WithMessage(argument, "iterable unpacking cannot be used in comprehension");
                    else isGenerator = true;
                    SkipComprehensionClauses();
                }
                return argument;
            }
            case SyntaxKind.IdentifierToken:
            case SyntaxKind.TrueKeyword:
            case SyntaxKind.FalseKeyword:
            case SyntaxKind.NoneKeyword:
                if (PeekKind(1) == SyntaxKind.EqualsToken)
                {
                    var name = EatToken();
                    if (name.Kind != SyntaxKind.IdentifierToken) name = WithMessage(name, $"cannot assign to {name.Text}");
                    var equals = EatToken();
                    ExpressionSyntax value;
                    if (_currentKind is SyntaxKind.CommaToken or SyntaxKind.CloseParenToken)
                    {
                        ReportInvalidSyntaxAtCurrent();
                        value = CreateMissingExpression(report: false);
                    }
                    else
                    {
                        value = ParseExpression();
                    }
                    if (IsComprehensionStart() && !value.IsMissing)
                    {
                        name = WithMessage(name, "invalid syntax. Maybe you meant '==' or ':=' instead of '='?");
                        SkipComprehensionClauses();
                    }
                    return GreenFactory.Argument(name, equals, null, value);
                }
                break;
        }
        var expression = ParseNamedExpression();
        if (IsComprehensionStart())
        {
            if (isClass)
            {
                ReportInvalidSyntaxAtCurrent();
                SkipComprehensionClauses();
            }
            else
            {
                var clauses = ParseComprehensionClauses();
                expression = GreenFactory.GeneratorExpression(null, expression, clauses, null);
                isGenerator = true;
            }
        }
        else if (_currentKind == SyntaxKind.EqualsToken)
        {
            if (!expression.IsMissing) expression = WithMessage(expression, "expression cannot contain assignment, perhaps you meant \"==\"?");
            SkipCurrentToken();
            SkipExpression();
        }
        return GreenFactory.Argument(null, null, null, expression);
    }

    /// <summary>`x[i]`, `x[i:j:k]`, `x[a, b:c]`, `x[*a]`.</summary>
    private ExpressionSyntax ParseSubscript(ExpressionSyntax expression)
    {
        var open = EatToken();
        EnterBracket(ref open);
        var list = GetNodeList();
        while (true)
        {
            list.Add(ParseSlice());
            if (_currentKind == SyntaxKind.CommaToken)
            {
                list.Add(EatToken());
                if (_currentKind == SyntaxKind.CloseBracketToken || IsEndOfLogicalLine(_currentKind)) break;
                continue;
            }
            if (StartsElementWithoutComma(SyntaxKind.CloseBracketToken))
            {
                ReportMissingComma(list);
                continue;
            }
            break;
        }
        var close = ExpectClosing(ref open, SyntaxKind.CloseBracketToken);
        return GreenFactory.SubscriptExpression(expression, open, ToListAndFree(list), close);
    }

    private ExpressionSyntax ParseSlice()
    {
        ExpressionSyntax? lower = null;
        if (_currentKind != SyntaxKind.ColonToken)
        {
            if (_currentKind == SyntaxKind.StarToken)
            {
                var star = EatToken();
                return GreenFactory.StarredExpression(star, ParseBitwiseOr());
            }
            lower = CheckEqualsAfterNamedElement(ParseNamedExpression());
            if (_currentKind != SyntaxKind.ColonToken) return lower;
        }
        var colon = EatToken();
        ExpressionSyntax? upper = CanStartExpression(_currentKind) ? ParseExpression() : null;
        GreenToken? secondColon = null;
        ExpressionSyntax? step = null;
        if (_currentKind == SyntaxKind.ColonToken)
        {
            secondColon = EatToken();
            if (CanStartExpression(_currentKind)) step = ParseExpression();
        }
        return GreenFactory.SliceExpression(lower, colon, upper, secondColon, step);
    }

    // ---------------------------------------------------------------- lines

    /// <summary>The 1-based line of a position (for "… on line N" messages; error paths only).</summary>
    private int GetLineNumber(int position) => _lexer.GetLineNumberForParser(position);
}
