namespace PythonAot.Compiler.Syntax.InternalSyntax;

// Strings: implicit concatenation of adjacent literals into one StringExpression, and f-strings with their
// replacement fields. The lexer reports the f-string errors CPython 3.11's string parser raises (empty
// expression, missing '}', bad conversion); the parser reports errors in the field expressions, with the
// "f-string: " prefix CPython 3.11 gives them.
internal sealed partial class Parser
{
    /// <summary>How many replacement fields enclose the current token.</summary>
    private int _fStringDepth;

    /// <summary>The bracket depth at the innermost replacement field's '{'.</summary>
    private int _fStringBracketBase;

    /// <summary>`"a" 'b' f"{c}"`: every adjacent string part, in one node.</summary>
    private ExpressionSyntax ParseStrings()
    {
        var parts = GetNodeList();
        var sawBytes = false;
        var sawText = false;
        while (true)
        {
            if (_currentKind == SyntaxKind.StringToken)
            {
                var token = EatToken();
                if (IsBytesLiteral(token.Text)) sawBytes = true;
                else sawText = true;
                parts.Add(GreenFactory.StringLiteralPart(token));
            }
            else if (_currentKind == SyntaxKind.FStringStartToken)
            {
                sawText = true;
                parts.Add(ParseFString());
            }
            else
            {
                break;
            }
        }
        ExpressionSyntax result = GreenFactory.StringExpression(ToListAndFree(parts));
        if (sawBytes && sawText) result = WithMessage(result, "cannot mix bytes and nonbytes literals");
        return result;
    }

    private static bool IsBytesLiteral(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c is '\'' or '"') return false;
            if (c is 'b' or 'B') return true;
        }
        return false;
    }

    private FStringSyntax ParseFString()
    {
        var start = EatToken();
        var contents = GetNodeList();
        ParseFStringContents(contents);
        GreenToken end;
        if (_currentKind == SyntaxKind.FStringEndToken) end = EatToken();
        else
        {
            ReportInvalidSyntaxAtCurrent();
            end = CreateSilentMissingToken(SyntaxKind.FStringEndToken);
        }
        return GreenFactory.FString(start, ToListAndFree(contents), end);
    }

    /// <summary>Literal text and replacement fields, up to the end of the f-string or of a format spec.</summary>
    private void ParseFStringContents(List<GreenNode> contents)
    {
        while (true)
        {
            switch (_currentKind)
            {
                case SyntaxKind.FStringMiddleToken:
                    contents.Add(GreenFactory.FStringText(EatToken()));
                    continue;
                case SyntaxKind.OpenBraceToken:
                    contents.Add(ParseReplacementField());
                    continue;
                default:
                    return;
            }
        }
    }

    /// <summary>`{expression=!r:format spec}`.</summary>
    private FStringContentSyntax ParseReplacementField()
    {
        if (TooManyBrackets || !EnterRecursion())
        {
            // Nested past the limits: the rest of the line is skipped text.
            ParseTooComplex("too many nested parentheses");
            return GreenFactory.FStringText(CreateSilentMissingToken(SyntaxKind.FStringMiddleToken));
        }
        ExitRecursion();
        var open = EatToken();
        var savedBase = _fStringBracketBase;
        _fStringDepth++;
        _fStringBracketBase = ++_bracketDepth;
        ExpressionSyntax expression;
        if (_currentKind is SyntaxKind.CloseBraceToken or SyntaxKind.EqualsToken or SyntaxKind.ExclamationToken or SyntaxKind.ColonToken
            or SyntaxKind.FStringEndToken)
        {
            if (!open.ContainsDiagnostics) ReportMessageAtCurrent("f-string: empty expression not allowed");
            expression = CreateMissingExpression(report: false);
        }
        else
        {
            expression = _currentKind == SyntaxKind.YieldKeyword ? ParseYieldExpression() : ParseStarExpressions();
        }
        var equals = TryEatToken(SyntaxKind.EqualsToken);
        GreenToken? exclamation = null, conversion = null;
        if (_currentKind == SyntaxKind.ExclamationToken)
        {
            exclamation = EatToken();
            if (_currentKind == SyntaxKind.IdentifierToken)
            {
                conversion = EatToken();
                if (conversion.Text is not ("s" or "r" or "a") && !conversion.ContainsDiagnostics && !exclamation.ContainsDiagnostics)
                    conversion = WithMessage(conversion, "f-string: invalid conversion character: expected 's', 'r', or 'a'");
            }
            else
            {
                if (!exclamation.ContainsDiagnostics)
                    ReportMessageAtCurrent("f-string: invalid conversion character: expected 's', 'r', or 'a'");
                conversion = CreateSilentMissingToken(SyntaxKind.IdentifierToken);
            }
        }
        GreenToken? colon = null;
        GreenNode? formatSpec = null;
        if (_currentKind == SyntaxKind.ColonToken)
        {
            colon = EatToken();
            var spec = GetNodeList();
            ParseFStringContents(spec);
            formatSpec = ToListAndFree(spec);
        }
        GreenToken close;
        if (_currentKind == SyntaxKind.CloseBraceToken)
        {
            close = EatToken();
        }
        else
        {
            // Junk after the expression: skip it up to the '}' of this field if there is one.
            ReportMessageAtCurrent("f-string: expecting '}'");
            while (_currentKind is not (SyntaxKind.CloseBraceToken or SyntaxKind.FStringEndToken or SyntaxKind.FStringMiddleToken
                   or SyntaxKind.NewLineToken or SyntaxKind.EndOfFileToken))
                SkipCurrentToken();
            close = _currentKind == SyntaxKind.CloseBraceToken ? EatToken() : CreateSilentMissingToken(SyntaxKind.CloseBraceToken);
        }
        _fStringDepth--;
        _bracketDepth--;
        _fStringBracketBase = savedBase;
        return GreenFactory.FStringReplacementField(open, expression, equals, exclamation, conversion, colon, formatSpec, close);
    }
}
