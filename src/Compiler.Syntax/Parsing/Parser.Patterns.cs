namespace PythonAot.Compiler.Syntax.InternalSyntax;

// Match statement patterns (PEP 634): or, as, capture/wildcard, value, literal, group, sequence, mapping, class.
internal sealed partial class Parser
{
    /// <summary>patterns: an open sequence `a, *b` (no brackets) or one pattern.</summary>
    private PatternSyntax ParsePatterns()
    {
        var first = ParseMaybeStarPattern();
        if (_currentKind != SyntaxKind.CommaToken)
        {
            if (first.Kind == SyntaxKind.StarPattern && !first.ContainsDiagnostics) ReportInvalidSyntaxAtCurrent();
            return first;
        }
        var list = GetNodeList();
        list.Add(first);
        while (_currentKind == SyntaxKind.CommaToken)
        {
            list.Add(EatToken());
            if (!CanStartPattern(_currentKind)) break;
            list.Add(ParseMaybeStarPattern());
        }
        return GreenFactory.SequencePattern(null, ToListAndFree(list), null);
    }

    private static bool CanStartPattern(SyntaxKind kind) => kind switch
    {
        SyntaxKind.IdentifierToken or SyntaxKind.NumberToken or SyntaxKind.StringToken or SyntaxKind.FStringStartToken
            or SyntaxKind.MinusToken or SyntaxKind.NoneKeyword or SyntaxKind.TrueKeyword or SyntaxKind.FalseKeyword
            or SyntaxKind.OpenParenToken or SyntaxKind.OpenBracketToken or SyntaxKind.OpenBraceToken
            or SyntaxKind.StarToken => true,
        _ => false,
    };

    private PatternSyntax ParseMaybeStarPattern()
    {
        if (_currentKind != SyntaxKind.StarToken) return ParsePattern();
        var star = EatToken();
        return GreenFactory.StarPattern(star, ExpectIdentifier());
    }

    /// <summary>pattern: `or_pattern ('as' NAME)?`.</summary>
    private PatternSyntax ParsePattern()
    {
        if (!EnterRecursion())
        {
            ParseTooComplex("too complex");
            return GreenFactory.CapturePattern(CreateSilentMissingToken(SyntaxKind.IdentifierToken));
        }
        var pattern = ParseOrPattern();
        while (_currentKind == SyntaxKind.AsKeyword)
        {
            var asKeyword = EatToken();
            GreenToken name;
            if (_currentKind == SyntaxKind.IdentifierToken && PeekKind(1) is not (SyntaxKind.DotToken or SyntaxKind.OpenParenToken or SyntaxKind.EqualsToken))
            {
                name = EatToken();
                if (name.Text == "_") name = WithMessage(name, "cannot use '_' as a target");
            }
            else
            {
                if (CanStartExpression(_currentKind))
                {
                    var mark = MarkSkipped();
                    var target = ParseExpression();
                    ReportAsPatternTarget(ref target);
                    SkipNode(target, mark);
                }
                else
                {
                    ReportInvalidSyntaxAtCurrent();
                }
                name = CreateSilentMissingToken(SyntaxKind.IdentifierToken);
            }
            pattern = GreenFactory.AsPattern(pattern, asKeyword, name);
        }
        ExitRecursion();
        return pattern;
    }

    private static void ReportAsPatternTarget(ref ExpressionSyntax target)
    {
        if (!target.IsMissing) target = WithMessage(target, $"invalid pattern target");
    }

    private PatternSyntax ParseOrPattern()
    {
        var first = ParseClosedPattern();
        if (_currentKind != SyntaxKind.BarToken) return first;
        var list = GetNodeList();
        list.Add(first);
        while (_currentKind == SyntaxKind.BarToken)
        {
            list.Add(EatToken());
            list.Add(ParseClosedPattern());
        }
        return GreenFactory.OrPattern(ToListAndFree(list));
    }

    private PatternSyntax ParseClosedPattern()
    {
        switch (_currentKind)
        {
            case SyntaxKind.NumberToken:
            case SyntaxKind.MinusToken:
                return GreenFactory.ValuePattern(ParseSignedNumberPattern());
            case SyntaxKind.StringToken:
            case SyntaxKind.FStringStartToken:
            {
                var strings = ParseStrings();
                if (ContainsFString(strings)) strings = WithMessage(strings, "patterns may only match literals and attribute lookups");
                return GreenFactory.ValuePattern(strings);
            }
            case SyntaxKind.NoneKeyword:
            case SyntaxKind.TrueKeyword:
            case SyntaxKind.FalseKeyword:
                return GreenFactory.ValuePattern(GreenFactory.LiteralExpression(EatToken()));
            case SyntaxKind.IdentifierToken:
            {
                if (PeekKind(1) is not (SyntaxKind.DotToken or SyntaxKind.OpenParenToken))
                    return GreenFactory.CapturePattern(EatToken());
                ExpressionSyntax name = GreenFactory.NameExpression(EatToken());
                while (_currentKind == SyntaxKind.DotToken)
                {
                    var dot = EatToken();
                    name = GreenFactory.MemberAccessExpression(name, dot, ExpectIdentifier());
                }
                if (_currentKind == SyntaxKind.OpenParenToken) return ParseClassPattern(name);
                return GreenFactory.ValuePattern(name);
            }
            case SyntaxKind.OpenParenToken:
            {
                if (TooManyBrackets) break;
                var open = EatToken();
                EnterBracket(ref open);
                if (_currentKind == SyntaxKind.CloseParenToken)
                {
                    var close = ExpectClosing(ref open, SyntaxKind.CloseParenToken);
                    return GreenFactory.SequencePattern(open, null, close);
                }
                var first = ParseMaybeStarPattern();
                if (_currentKind == SyntaxKind.CommaToken)
                {
                    var list = GetNodeList();
                    list.Add(first);
                    ParsePatternListAfterFirst(list, SyntaxKind.CloseParenToken);
                    var close = ExpectClosing(ref open, SyntaxKind.CloseParenToken);
                    return GreenFactory.SequencePattern(open, ToListAndFree(list), close);
                }
                var closeParen = ExpectClosing(ref open, SyntaxKind.CloseParenToken);
                if (first.Kind == SyntaxKind.StarPattern) first = WithMessage(first, "invalid syntax");
                return GreenFactory.GroupPattern(open, first, closeParen);
            }
            case SyntaxKind.OpenBracketToken:
            {
                if (TooManyBrackets) break;
                var open = EatToken();
                EnterBracket(ref open);
                GreenNode? patterns = null;
                if (_currentKind != SyntaxKind.CloseBracketToken)
                {
                    var list = GetNodeList();
                    list.Add(ParseMaybeStarPattern());
                    ParsePatternListAfterFirst(list, SyntaxKind.CloseBracketToken);
                    patterns = ToListAndFree(list);
                }
                var close = ExpectClosing(ref open, SyntaxKind.CloseBracketToken);
                return GreenFactory.SequencePattern(open, patterns, close);
            }
            case SyntaxKind.OpenBraceToken:
                if (TooManyBrackets) break;
                return ParseMappingPattern();
        }
        if (TooManyBrackets && _currentKind is SyntaxKind.OpenParenToken or SyntaxKind.OpenBracketToken or SyntaxKind.OpenBraceToken)
            ParseTooComplex("too many nested parentheses");
        else
            ReportInvalidSyntaxAtCurrent();
        return GreenFactory.CapturePattern(CreateSilentMissingToken(SyntaxKind.IdentifierToken));
    }

    private void ParsePatternListAfterFirst(List<GreenNode> list, SyntaxKind closeKind)
    {
        while (true)
        {
            if (_currentKind == SyntaxKind.CommaToken)
            {
                list.Add(EatToken());
                if (_currentKind == closeKind || !CanStartPattern(_currentKind)) return;
            }
            else if (_currentKind != closeKind && CanStartPattern(_currentKind) && !_current.ContainsDiagnostics)
            {
                ReportMissingComma(list);
            }
            else
            {
                return;
            }
            list.Add(ParseMaybeStarPattern());
        }
    }

    private static bool ContainsFString(ExpressionSyntax strings)
    {
        if (strings is not StringExpressionSyntax { Parts: { } parts }) return false;
        for (var i = 0; i < parts.SlotCount; i++)
            if (parts.GetSlot(i)!.Kind == SyntaxKind.FString) return true;
        return false;
    }

    /// <summary>`1`, `-1`, `1+2j`, `-1-2j` (a complex literal needs a real then an imaginary part).</summary>
    private ExpressionSyntax ParseSignedNumberPattern()
    {
        ExpressionSyntax left;
        if (_currentKind == SyntaxKind.MinusToken)
        {
            var minus = EatToken();
            left = GreenFactory.UnaryExpression(minus, ParseNumberLiteral());
        }
        else
        {
            left = ParseNumberLiteral();
        }
        if (_currentKind is not (SyntaxKind.PlusToken or SyntaxKind.MinusToken)) return left;
        if (IsImaginary(left) && !left.IsMissing) left = WithMessage(left, "real number required in complex literal");
        var op = EatToken();
        var right = ParseNumberLiteral();
        if (!IsImaginary(right) && !right.IsMissing) right = WithMessage(right, "imaginary number required in complex literal");
        return GreenFactory.BinaryExpression(left, op, right);
    }

    private ExpressionSyntax ParseNumberLiteral()
    {
        if (_currentKind == SyntaxKind.NumberToken) return GreenFactory.LiteralExpression(EatToken());
        return CreateMissingExpression();
    }

    private static bool IsImaginary(ExpressionSyntax expression)
    {
        if (expression is UnaryExpressionSyntax unary) expression = unary.Operand;
        return expression is LiteralExpressionSyntax { Token.Text: var text } && text.Length > 0 && text[^1] is 'j' or 'J';
    }

    /// <summary>`Point(x, y=0)`.</summary>
    private PatternSyntax ParseClassPattern(ExpressionSyntax name)
    {
        if (TooManyBrackets)
        {
            ParseTooComplex("too many nested parentheses");
            return GreenFactory.ValuePattern(name);
        }
        var open = EatToken();
        EnterBracket(ref open);
        var list = GetNodeList();
        var sawKeyword = false;
        while (_currentKind != SyntaxKind.CloseParenToken && CanStartPattern(_currentKind))
        {
            PatternArgumentSyntax argument;
            if (_currentKind == SyntaxKind.IdentifierToken && PeekKind(1) == SyntaxKind.EqualsToken)
            {
                var keyword = EatToken();
                var equals = EatToken();
                argument = GreenFactory.PatternArgument(keyword, equals, ParsePattern());
                sawKeyword = true;
            }
            else
            {
                argument = GreenFactory.PatternArgument(null, null, ParsePattern());
                if (sawKeyword && !argument.ContainsDiagnostics) argument = WithMessage(argument, "positional patterns follow keyword patterns");
            }
            list.Add(argument);
            if (_currentKind != SyntaxKind.CommaToken)
            {
                if (_currentKind != SyntaxKind.CloseParenToken && CanStartPattern(_currentKind) && !_current.ContainsDiagnostics)
                {
                    ReportMissingComma(list);
                    continue;
                }
                break;
            }
            list.Add(EatToken());
        }
        var close = ExpectClosing(ref open, SyntaxKind.CloseParenToken);
        return GreenFactory.ClassPattern(name, open, ToListAndFree(list), close);
    }

    /// <summary>`{"key": pattern, Color.RED: _, **rest}`.</summary>
    private PatternSyntax ParseMappingPattern()
    {
        var open = EatToken();
        EnterBracket(ref open);
        var list = GetNodeList();
        var sawDoubleStar = false;
        while (_currentKind != SyntaxKind.CloseBraceToken && !IsEndOfLogicalLine(_currentKind))
        {
            MappingPatternEntrySyntax entry;
            if (_currentKind == SyntaxKind.StarStarToken)
            {
                var starStar = EatToken();
                // `**_`: the rest target is a capture target, which `_` is not.
                if (_currentKind == SyntaxKind.IdentifierToken && _current.Text == "_") ReportInvalidSyntaxAtCurrent();
                entry = GreenFactory.DoubleStarPatternEntry(starStar, ExpectIdentifier());
                if (sawDoubleStar && !entry.ContainsDiagnostics) entry = WithMessage(entry, "invalid syntax");
                sawDoubleStar = true;
            }
            else
            {
                if (sawDoubleStar) ReportInvalidSyntaxAtCurrent();
                var key = ParseMappingPatternKey();
                var colon = ExpectToken(SyntaxKind.ColonToken);
                entry = GreenFactory.KeyPatternEntry(key, colon, ParsePattern());
            }
            list.Add(entry);
            if (_currentKind != SyntaxKind.CommaToken) break;
            list.Add(EatToken());
        }
        var close = ExpectClosing(ref open, SyntaxKind.CloseBraceToken);
        return GreenFactory.MappingPattern(open, ToListAndFree(list), close);
    }

    /// <summary>A mapping key: a literal (number, string, None/True/False) or a dotted name `a.b`.</summary>
    private ExpressionSyntax ParseMappingPatternKey()
    {
        switch (_currentKind)
        {
            case SyntaxKind.NumberToken:
            case SyntaxKind.MinusToken:
                return ParseSignedNumberPattern();
            case SyntaxKind.StringToken:
            case SyntaxKind.FStringStartToken:
                return ParseStrings();
            case SyntaxKind.NoneKeyword:
            case SyntaxKind.TrueKeyword:
            case SyntaxKind.FalseKeyword:
                return GreenFactory.LiteralExpression(EatToken());
            case SyntaxKind.IdentifierToken:
            {
                if (PeekKind(1) != SyntaxKind.DotToken) ReportInvalidSyntaxAtCurrent();
                ExpressionSyntax name = GreenFactory.NameExpression(EatToken());
                while (_currentKind == SyntaxKind.DotToken)
                {
                    var dot = EatToken();
                    name = GreenFactory.MemberAccessExpression(name, dot, ExpectIdentifier());
                }
                return name;
            }
        }
        return CreateMissingExpression();
    }
}
