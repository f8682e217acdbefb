using PythonAot.Compiler.Syntax.Errors;

namespace PythonAot.Compiler.Syntax.InternalSyntax;

// Line starts: blank and comment-only lines, the indentation of the next real line, INDENT and DEDENT,
// exactly as CPython's tok_get measures them (tab stops of 8 for the column, 1 for the alternate column,
// form feed resets both, a backslash continuation in the indentation fixes the column at the first one).
// INDENT/DEDENT are zero-width and sit right after the previous NEWLINE; the line's blank lines, comments and
// indentation become the leading trivia of its first token.
internal sealed partial class Lexer
{
    private const int TabSize = 8;

    /// <summary>At the start of a logical line at bracket depth 0 (the start of the text, after NEWLINE, after <see cref="ResetTo"/>).</summary>
    private bool _atLineStart = true;

    /// <summary>The current logical line has a token (so the end of the file needs an implicit NEWLINE).</summary>
    private bool _lineHasTokens;

    /// <summary>INDENTs (positive) or DEDENTs (negative) still to return.</summary>
    private int _pendingIndents;

    /// <summary>Leading trivia already read (at a line start) for the next real token.</summary>
    private bool _hasPendingLeading;
    private int _pendingLeadingStart;
    private GreenNode? _pendingLeading;

    private GreenToken LexPendingIndentation()
    {
        if (_pendingIndents > 0)
        {
            _pendingIndents--;
            return TokenCache.Indent;
        }
        _pendingIndents++;
        return TokenCache.Dedent;
    }

    /// <summary>Reads the blank lines and the indentation before the next real line and decides INDENT/DEDENT.</summary>
    private void ScanLineStart()
    {
        _atLineStart = false;
        var text = _text;
        var limit = _limit;
        var fullStart = _pos;
        if (_pos == 0 && limit > 0 && text[0] == '\uFEFF')
        {
            AddTrivia(TokenCache.ByteOrderMark);
            _pos = 1;
        }
        while (true)
        {
            var lineStart = _pos;
            int col = 0, altCol = 0, continuationCol = 0;
            var wsStart = _pos;
            while (_pos < limit)
            {
                var c = text[_pos];
                if (c == ' ')
                {
                    col++;
                    altCol++;
                }
                else if (c == '\t')
                {
                    col = (col / TabSize + 1) * TabSize;
                    altCol++;
                }
                else if (c == '\f')
                {
                    col = altCol = 0;
                }
                else if (c == '\\' && IsLineEndAt(_pos + 1))
                {
                    if (_pos > wsStart) AddTrivia(TokenCache.Whitespace(text, wsStart, _pos - wsStart));
                    if (continuationCol == 0) continuationCol = col;
                    ScanLineContinuation();
                    wsStart = _pos;
                    continue;
                }
                else
                {
                    break;
                }
                _pos++;
            }
            if (_pos > wsStart) AddTrivia(TokenCache.Whitespace(text, wsStart, _pos - wsStart));
            if (_pos >= limit) break; // the end of the file closes every block (LexEndOfFile)
            var first = text[_pos];
            if (first == '#')
            {
                ScanComment();
                if (_pos >= limit) break;
                ScanEndOfLine();
                continue;
            }
            if (first == '\n' || first == '\r')
            {
                ScanEndOfLine();
                continue;
            }
            if (continuationCol != 0) col = altCol = continuationCol;
            ComputeIndentation(col, altCol, lineStart);
            break;
        }
        SetPendingLeading(fullStart, BuildTrivia());
    }

    private void ComputeIndentation(int col, int altCol, int lineStart)
    {
        var indents = _indents;
        if (col == indents.Column)
        {
            if (altCol != indents.AltColumn) Report(SyntaxDiagnosticDescriptors.InconsistentTabsAndSpaces, lineStart, 0);
        }
        else if (col > indents.Column)
        {
            if (indents.Depth + 1 >= IndentationStack.MaxLevels)
                Report(SyntaxDiagnosticDescriptors.TooManyIndentationLevels, lineStart, 0);
            else if (altCol <= indents.AltColumn)
                Report(SyntaxDiagnosticDescriptors.InconsistentTabsAndSpaces, lineStart, 0);
            indents.Push(col, altCol);
            _pendingIndents = 1;
        }
        else
        {
            var dedents = 0;
            while (indents.Depth > 0 && col < indents.Column)
            {
                indents.Pop();
                dedents++;
            }
            if (col != indents.Column)
            {
                // Between two levels: CPython stops here. Recover by keeping the line in the innermost block it
                // is still inside, re-measured at this column, so that the following lines agree with it.
                Report(SyntaxDiagnosticDescriptors.UnindentDoesNotMatch, _pos, 0);
                indents.Push(col, altCol);
                dedents--;
            }
            else if (altCol != indents.AltColumn)
            {
                Report(SyntaxDiagnosticDescriptors.InconsistentTabsAndSpaces, lineStart, 0);
            }
            _pendingIndents = -dedents;
        }
    }
}
