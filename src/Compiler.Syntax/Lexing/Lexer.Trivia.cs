using PythonAot.Compiler.Syntax.Errors;

namespace PythonAot.Compiler.Syntax.InternalSyntax;

// Trivia: whitespace, comments, line continuations and (inside brackets and f-string expressions) line ends.
// Roslyn's ownership rule: a token's trailing trivia runs to the end of its line (a line continuation included,
// the line end excluded); everything after it leads the next token.
internal sealed partial class Lexer
{
    private GreenNode[] _trivia = new GreenNode[8];
    private int _triviaCount;

    private void AddTrivia(GreenNode trivia)
    {
        if (_triviaCount == _trivia.Length) Array.Resize(ref _trivia, _trivia.Length * 2);
        _trivia[_triviaCount++] = trivia;
    }

    /// <summary>The collected trivia as null, one trivia or a list; the buffer is then empty again.</summary>
    private GreenNode? BuildTrivia()
    {
        var count = _triviaCount;
        _triviaCount = 0;
        switch (count)
        {
            case 0: return null;
            case 1: return _trivia[0];
            default:
                var children = new GreenNode[count];
                Array.Copy(_trivia, children, count);
                return new GreenList(children);
        }
    }

    /// <summary>Whether trivia may start with <paramref name="c"/>.</summary>
    private static bool IsTriviaStart(char c) => c is ' ' or '\t' or '\f' or '#' or '\\';

    /// <summary>Trivia after a token on its line: whitespace, a comment, a line continuation (which ends it).</summary>
    private GreenNode? ScanTrailingTrivia()
    {
        var text = _text;
        var limit = _limit;
        if (_pos >= limit) return null;
        var c = text[_pos];
        if (c == ' ')
        {
            // The common case: one space before the next token.
            if (_pos + 1 >= limit || !IsTriviaStart(text[_pos + 1]))
            {
                _pos++;
                return TokenCache.Space;
            }
        }
        else if (!IsTriviaStart(c))
        {
            return null;
        }
        var inFString = _modeCount != 0;
        while (_pos < limit)
        {
            c = text[_pos];
            if (CharacterInfo.IsWhitespace(c))
            {
                ScanWhitespace();
            }
            else if (c == '#' && !inFString)
            {
                ScanComment();
            }
            else if (c == '\\' && !inFString && IsLineEndAt(_pos + 1))
            {
                ScanLineContinuation();
                break;
            }
            else
            {
                break;
            }
        }
        return BuildTrivia();
    }

    /// <summary>
    /// Trivia before a token in the middle of a logical line: whitespace, comments, line continuations, and line
    /// ends where they do not end the logical line (inside brackets and f-string expressions).
    /// </summary>
    private GreenNode? ScanLeadingTrivia()
    {
        var text = _text;
        var limit = _limit;
        if (_pos >= limit) return null;
        var c = text[_pos];
        if (!IsTriviaStart(c) && c != '\n' && c != '\r') return null;
        var inFString = _modeCount != 0;
        var lineEndsAreTrivia = inFString || _bracketCount != 0;
        while (_pos < limit)
        {
            c = text[_pos];
            if (CharacterInfo.IsWhitespace(c))
            {
                ScanWhitespace();
            }
            else if (c == '#' && !inFString)
            {
                ScanComment();
            }
            else if (c == '\\' && !inFString && IsLineEndAt(_pos + 1))
            {
                ScanLineContinuation();
            }
            else if ((c == '\n' || c == '\r') && lineEndsAreTrivia)
            {
                ScanEndOfLine();
            }
            else
            {
                break;
            }
        }
        return BuildTrivia();
    }

    private bool IsLineEndAt(int position) => position < _limit && _text[position] is '\n' or '\r';

    private int LineEndLengthAt(int position) =>
        _text[position] == '\r' && position + 1 < _limit && _text[position + 1] == '\n' ? 2 : 1;

    private void ScanWhitespace()
    {
        var start = _pos;
        var text = _text;
        var p = _pos + 1;
        while (p < _limit && CharacterInfo.IsWhitespace(text[p])) p++;
        _pos = p;
        AddTrivia(p - start == 1 && text[start] == ' ' ? TokenCache.Space : TokenCache.Whitespace(text, start, p - start));
    }

    private void ScanComment()
    {
        var start = _pos;
        var rest = _text.AsSpan(start, _limit - start);
        var length = rest.IndexOfAny('\n', '\r');
        if (length < 0) length = rest.Length;
        _pos = start + length;
        AddTrivia(new GreenTrivia(SyntaxKind.CommentTrivia, _text.Substring(start, length)));
    }

    private void ScanEndOfLine()
    {
        var c = _text[_pos];
        var length = LineEndLengthAt(_pos);
        _pos += length;
        AddTrivia(TokenCache.EndOfLine(c, length));
    }

    /// <summary>The file ends with a line continuation (PA0005): the parser reports nothing more at the end of the file.</summary>
    internal bool EndsWithContinuationError { get; private set; }

    /// <summary>A backslash and its line end; at the end of the file CPython reports "unexpected EOF while parsing" right after the backslash.</summary>
    private void ScanLineContinuation()
    {
        var lineEnd = _text[_pos + 1];
        var length = LineEndLengthAt(_pos + 1);
        _pos += 1 + length;
        var trivia = TokenCache.Continuation(lineEnd, length);
        if (_pos >= _text.Length)
        {
            EndsWithContinuationError = true;
            trivia = new GreenTrivia(SyntaxKind.LineContinuationTrivia, trivia.Text,
                [new SyntaxDiagnosticInfo(SyntaxDiagnosticDescriptors.UnexpectedEndOfFile, 1, 0)]);
        }
        AddTrivia(trivia);
    }
}
