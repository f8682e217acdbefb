using System.Text;
using PythonAot.Compiler.Syntax.Errors;

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
    /// <remarks>
    /// As CPython 3.11's _PyPegen_concatenate_strings, the parts are decoded in order and the first error wins: a
    /// decoding error of a part (non-ASCII bytes, or an escape error, see <see cref="StringEscapes"/>), or "cannot
    /// mix bytes and nonbytes literals" at the first part whose kind differs (checked after that part is decoded).
    /// CPython reports non-ASCII bytes on their token; the other errors it raises with the location of the token
    /// after the strings, where the parser stands when it runs the action: so does the diagnostic (zero-width, past
    /// the end of the node).
    /// </remarks>
    private ExpressionSyntax ParseStrings()
    {
        var parts = GetNodeList();
        var firstIsBytes = false;
        var mixIndex = -1;
        var errorIndex = -1;
        string? error = null;
        var asciiError = false;
        while (true)
        {
            bool isBytes;
            GreenNode part;
            if (_currentKind == SyntaxKind.StringToken)
            {
                var token = EatToken();
                isBytes = IsBytesLiteral(token.Text);
                if (errorIndex < 0 && !token.ContainsDiagnostics)
                {
                    if (isBytes && !Ascii.IsValid(token.Text))
                    {
                        errorIndex = parts.Count;
                        asciiError = true;
                    }
                    else if (token.Text.Contains('\\'))
                    {
                        error = StringEscapes.CheckLiteral(token.Text);
                        if (error is not null) errorIndex = parts.Count;
                    }
                }
                part = GreenFactory.StringLiteralPart(token);
            }
            else if (_currentKind == SyntaxKind.FStringStartToken)
            {
                isBytes = false;
                var fString = ParseFString();
                if (errorIndex < 0)
                {
                    error = CheckFStringEscapes(fString);
                    if (error is not null) errorIndex = parts.Count;
                }
                part = fString;
            }
            else
            {
                break;
            }
            if (parts.Count == 0) firstIsBytes = isBytes;
            else if (mixIndex < 0 && isBytes != firstIsBytes) mixIndex = parts.Count;
            parts.Add(part);
        }
        // A part's error counts when CPython reaches it: before the mix is found (at the mixing part, after decoding it).
        var errorFirst = errorIndex >= 0 && (mixIndex < 0 || errorIndex <= mixIndex);
        if (errorFirst && asciiError)
        {
            var token = ((StringLiteralPartSyntax)parts[errorIndex]).Token;
            parts[errorIndex] = GreenFactory.StringLiteralPart(WithMessage(token, "bytes can only contain ASCII literal characters"));
        }
        ExpressionSyntax result = GreenFactory.StringExpression(ToListAndFree(parts));
        var message = errorFirst ? error : mixIndex >= 0 ? "cannot mix bytes and nonbytes literals" : null;
        if (message is not null)
        {
            var offset = result.FullWidth + PendingSkippedWidth() + _current.GetLeadingTriviaWidth();
            result = AddDiagnostic(result, new SyntaxDiagnosticInfo(SyntaxDiagnosticDescriptors.SyntaxErrorMessage, offset, 0, message));
        }
        return result;
    }

    /// <summary>The first escape error in the literal text of an f-string (its format specs included), or null.</summary>
    private static string? CheckFStringEscapes(FStringSyntax fString)
    {
        if (fString.ContainsDiagnostics) return null;
        foreach (var c in fString.Start.Text)
        {
            if (c is 'r' or 'R') return null;
        }
        return CheckFStringContents(fString.Contents, topLevel: true);
    }

    private static string? CheckFStringContents(GreenNode? contents, bool topLevel)
    {
        if (contents is null) return null;
        for (var i = 0; i < contents.SlotCount; i++)
        {
            var error = contents.GetSlot(i) switch
            {
                FStringTextSyntax text => StringEscapes.CheckFStringText(text.Token.Text, topLevel),
                FStringReplacementFieldSyntax field => CheckFStringContents(field.FormatSpec, topLevel: false),
                _ => null,
            };
            if (error is not null) return error;
        }
        return null;
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

    /// <summary>
    /// CPython's invalid_expression: two expressions in a row inside brackets (an f-string field is compiled in
    /// parentheses), unless the first is a name and the second a string, the first a soft keyword, or the second a lambda.
    /// </summary>
    private bool StartsForgottenComma(ExpressionSyntax first) =>
        CanStartExpression(_currentKind) && _currentKind != SyntaxKind.LambdaKeyword
        && !(first is NameExpressionSyntax && _currentKind is SyntaxKind.StringToken or SyntaxKind.FStringStartToken)
        && !(first is NameExpressionSyntax name && name.Identifier.Text is "match" or "case" or "_");

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
            if (!open.ContainsDiagnostics)
            {
                ReportMessageAtCurrent(_currentKind switch
                {
                    SyntaxKind.EqualsToken => "f-string: expression required before '='",
                    SyntaxKind.ExclamationToken => "f-string: expression required before '!'",
                    SyntaxKind.ColonToken => "f-string: expression required before ':'",
                    _ => "f-string: empty expression not allowed",
                });
            }
            expression = CreateMissingExpression(report: false);
        }
        else
        {
            if (_currentKind == SyntaxKind.StarStarToken)
            {
                // The field is compiled in parentheses: `(**x)`.
                ReportMessageAtCurrent("f-string: cannot use double starred expression here");
                SkipCurrentToken();
            }
            expression = _currentKind == SyntaxKind.YieldKeyword ? ParseYieldExpression() : ParseStarExpressions();
            if (expression.Kind == SyntaxKind.StarredExpression && !expression.ContainsDiagnostics
                && _currentKind is SyntaxKind.CloseBraceToken or SyntaxKind.ExclamationToken or SyntaxKind.ColonToken or SyntaxKind.EqualsToken)
                expression = WithMessage(expression, "f-string: cannot use starred expression here");
            if (IsComprehensionStart() && expression.Kind is not (SyntaxKind.TupleExpression or SyntaxKind.YieldExpression))
            {
                // CPython 3.11 compiles the field text wrapped in parentheses, so a bare `x for x in y` is a generator.
                if (expression.Kind == SyntaxKind.StarredExpression)
                    expression = WithMessage(expression, "f-string: iterable unpacking cannot be used in comprehension");
                expression = GreenFactory.GeneratorExpression(null, expression, ParseComprehensionClauses(), null);
            }
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
            // Junk after the expression: skip it up to the '}' of this field if there is one. Right after the expression
            // it is CPython's parser that fails on the field text (`{x y}`); after a conversion or format spec its
            // f-string scanner expects the '}'.
            if (_currentKind is SyntaxKind.NewLineToken or SyntaxKind.EndOfFileToken)
            {
            }
            else if (equals is null && exclamation is null && colon is null && !expression.IsMissing && !expression.ContainsDiagnostics
                && !_current.ContainsDiagnostics)
            {
                if (StartsForgottenComma(expression)) expression = WithMessage(expression, "f-string: invalid syntax. Perhaps you forgot a comma?");
                else ReportMessageAtCurrent("f-string: invalid syntax");
            }
            else if (_currentKind is not (SyntaxKind.NewLineToken or SyntaxKind.EndOfFileToken))
            {
                // (At the line end the rest of the line was skipped after an error already reported.)
                ReportMessageAtCurrent("f-string: expecting '}'");
            }
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
