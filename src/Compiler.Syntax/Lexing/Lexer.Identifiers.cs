using PythonAot.Compiler.Syntax.Errors;

namespace PythonAot.Compiler.Syntax.InternalSyntax;

// Names, keywords and string prefixes. ASCII names take the fast path; a name with a non-ASCII character is
// checked code point by code point (XID_Start, then XID_Continue) and stops before the first invalid one,
// which then becomes a BadToken with CPython's "invalid character" message.
internal sealed partial class Lexer
{
    private GreenToken LexIdentifierOrString(int fullStart, GreenNode? leading)
    {
        var text = _text;
        var limit = _limit;
        var start = _pos;
        var p = start + 1;
        if (p < limit && (text[p] is '"' or '\'' || (p + 1 < limit && text[p + 1] is '"' or '\'')))
        {
            var quote = StringPrefixEnd(start);
            if (quote >= 0) return LexString(fullStart, leading, start, quote);
        }
        while (p < limit && CharacterInfo.IsAsciiIdentifierChar(text[p])) p++;
        if (p < limit && text[p] >= 128) return LexUnicodeIdentifier(fullStart, leading);
        _pos = p;
        ref var entry = ref _table.Lookup(text, start, p - start, SyntaxKind.IdentifierToken);
        var trailing = ScanTrailingTrivia();
        return FinishInterned(ref entry, fullStart, leading, trailing);
    }

    /// <summary>
    /// CPython's prefix loop: the position of the opening quote when text[start..] is a valid string prefix
    /// (b, r, u, f, br, rb, fr, rf in any case) directly followed by a quote; otherwise -1.
    /// </summary>
    private int StringPrefixEnd(int start)
    {
        bool b = false, r = false, u = false, f = false;
        var p = start;
        while (p < _limit)
        {
            var c = _text[p];
            if (!(b || u || f) && c is 'b' or 'B') b = true;
            else if (!(b || u || r || f) && c is 'u' or 'U') u = true;
            else if (!(r || u) && c is 'r' or 'R') r = true;
            else if (!(f || b || u) && c is 'f' or 'F') f = true;
            else return -1;
            p++;
            if (p < _limit && _text[p] is '"' or '\'') return p;
        }
        return -1;
    }

    /// <summary>A name with non-ASCII characters, or a BadToken for a character that cannot start one.</summary>
    private GreenToken LexUnicodeIdentifier(int fullStart, GreenNode? leading)
    {
        var text = _text;
        var limit = _limit;
        var start = _pos;
        var p = start;
        while (p < limit)
        {
            var c = text[p];
            if (c < 128)
            {
                if (!CharacterInfo.IsAsciiIdentifierChar(c) || (p == start && CharacterInfo.IsDigit(c))) break;
                p++;
                continue;
            }
            var codePoint = CharacterInfo.CodePointAt(text, p, limit, out var length);
            if (!(p == start ? CharacterInfo.IsIdentifierStart(codePoint) : CharacterInfo.IsIdentifierPart(codePoint))) break;
            p += length;
        }
        if (p == start) return LexInvalidCharacter(fullStart, leading);
        _pos = p;
        ref var entry = ref _table.Lookup(text, start, p - start, SyntaxKind.IdentifierToken);
        var trailing = ScanTrailingTrivia();
        return FinishInterned(ref entry, fullStart, leading, trailing);
    }

    /// <summary>A character that starts no token: a BadToken of that code point with CPython's message.</summary>
    private GreenToken LexInvalidCharacter(int fullStart, GreenNode? leading)
    {
        var start = _pos;
        var codePoint = CharacterInfo.CodePointAt(_text, start, _limit, out var length);
        if (codePoint == 0)
        {
            // NUL: CPython rejects the whole source ("source code string cannot contain null bytes"), reported once.
        }
        else if (codePoint < 128 && CharacterInfo.IsPrintable(codePoint))
        {
            // In an f-string field CPython's parser of the field text reports it, with the "f-string: " prefix.
            if (_modeCount != 0) ReportFString(SyntaxDiagnosticDescriptors.SyntaxErrorMessage, start, length, "f-string: invalid syntax");
            else Report(SyntaxDiagnosticDescriptors.InvalidSyntax, start, length);
        }
        else if (codePoint >= 128 && CharacterInfo.IsPrintable(codePoint))
        {
            Report(SyntaxDiagnosticDescriptors.InvalidCharacter, start, 0, char.ConvertFromUtf32(codePoint), codePoint.ToString("X4"));
        }
        else
        {
            Report(SyntaxDiagnosticDescriptors.InvalidNonPrintableCharacter, start, 0, codePoint.ToString("X4"));
        }
        _pos = start + length;
        var trailing = ScanTrailingTrivia();
        return Finish(SyntaxKind.BadToken, _text.Substring(start, length), fullStart, leading, trailing);
    }
}
