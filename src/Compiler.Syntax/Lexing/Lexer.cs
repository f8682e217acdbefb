using Microsoft.CodeAnalysis;
using PythonAot.Compiler.Syntax.Errors;

namespace PythonAot.Compiler.Syntax.InternalSyntax;

/// <summary>
/// Python 3.11's tokenizer over a string, producing green tokens with their trivia. Every character ends up in
/// exactly one token or trivia, so the concatenated tokens reproduce the text. The work is split by concern:
/// this file (state, dispatch, token construction), Lexer.Trivia.cs, Lexer.Indentation.cs,
/// Lexer.Identifiers.cs, Lexer.Numbers.cs, Lexer.Strings.cs, Lexer.FStrings.cs and Lexer.Operators.cs.
/// </summary>
internal sealed partial class Lexer
{
    private readonly string _text;
    private readonly PythonParseOptions _options;
    private readonly IdentifierTable _table = new();
    private readonly IndentationStack _indents = new();
    private readonly LineCounter _lines;
    private readonly List<LexerDiagnostic> _diagnostics = [];

    /// <summary>The next character to read.</summary>
    private int _pos;

    /// <summary>The end of what may be read: the text's length, or the content end of the innermost f-string.</summary>
    private int _limit;

    /// <summary>The first NUL character (CPython refuses the whole source), or -1 once reported or when there is none.</summary>
    private int _firstNul;

    private bool _eofReturned;

    public Lexer(string text, PythonParseOptions options)
    {
        _text = text;
        _options = options;
        _lines = new LineCounter(text);
        _limit = text.Length;
        _firstNul = text.IndexOf('\0');
    }

    public PythonParseOptions Options => _options;

    /// <summary>The full start of the token the next <see cref="Lex"/> returns.</summary>
    public int Position => _hasPendingLeading ? _pendingLeadingStart : _pos;

    /// <summary>
    /// Restarts at <paramref name="position"/>, the start of a line at bracket depth 0 outside any string, keeping
    /// the indentation stack: the next <see cref="Lex"/> measures that line and emits INDENT/DEDENT as needed.
    /// </summary>
    public void ResetTo(int position)
    {
        _pos = position;
        _limit = _text.Length;
        _modeCount = 0;
        _bracketCount = 0;
        _pendingIndents = 0;
        _hasPendingLeading = false;
        _pendingLeading = null;
        _atLineStart = true;
        _lineHasTokens = false;
        _eofReturned = false;
        _diagnostics.Clear();
    }

    /// <summary>The next token with its leading and trailing trivia; EndOfFileToken again and again at the end.</summary>
    public GreenToken Lex()
    {
        if (_pendingIndents != 0) return LexPendingIndentation();
        if (_modeCount != 0) return LexInMode();
        if (_atLineStart)
        {
            ScanLineStart();
            if (_pendingIndents != 0) return LexPendingIndentation();
        }
        int fullStart;
        GreenNode? leading;
        if (_hasPendingLeading)
        {
            fullStart = _pendingLeadingStart;
            leading = _pendingLeading;
            _hasPendingLeading = false;
            _pendingLeading = null;
        }
        else
        {
            fullStart = _pos;
            leading = ScanLeadingTrivia();
        }
        if (_pos >= _limit) return LexEndOfFile(fullStart, leading);
        return LexTokenAfterTrivia(fullStart, leading);
    }

    /// <summary>The token at <see cref="_pos"/> (leading trivia already read), then its trailing trivia.</summary>
    private GreenToken LexTokenAfterTrivia(int fullStart, GreenNode? leading)
    {
        var c = _text[_pos];
        if (c < 128)
        {
            if (CharacterInfo.IsPotentialIdentifierStart(c)) return LexIdentifierOrString(fullStart, leading);
            if (CharacterInfo.IsDigit(c)) return LexNumber(fullStart, leading);
            switch (c)
            {
                case '"':
                case '\'':
                    return LexString(fullStart, leading, _pos, _pos);
                case '\n':
                case '\r':
                    return LexNewLine(fullStart, leading, c);
                case '.':
                    if (_pos + 1 < _limit && CharacterInfo.IsDigit(_text[_pos + 1])) return LexNumber(fullStart, leading);
                    break;
            }
            return LexOperator(fullStart, leading, c);
        }
        return LexUnicodeIdentifier(fullStart, leading);
    }

    private GreenToken LexNewLine(int fullStart, GreenNode? leading, char c)
    {
        var length = c == '\r' && _pos + 1 < _limit && _text[_pos + 1] == '\n' ? 2 : 1;
        _pos += length;
        _atLineStart = true;
        _lineHasTokens = false;
        if (leading is null && !HasDiagnostics(fullStart)) return TokenCache.NewLine(c, length);
        return Finish(SyntaxKind.NewLineToken, _text.Substring(_pos - length, length), fullStart, leading, null);
    }

    /// <summary>At the end of the text: the implicit NEWLINE, a DEDENT per open block, then EndOfFileToken.</summary>
    private GreenToken LexEndOfFile(int fullStart, GreenNode? leading)
    {
        if (_lineHasTokens && _bracketCount == 0)
        {
            _lineHasTokens = false;
            SetPendingLeading(fullStart, leading);
            return TokenCache.ImplicitNewLine;
        }
        if (_indents.Depth > 0)
        {
            _pendingIndents = -_indents.Depth;
            _indents.Clear();
            SetPendingLeading(fullStart, leading);
            return LexPendingIndentation();
        }
        if (_eofReturned) return TokenCache.EndOfFile;
        _eofReturned = true;
        if (leading is null && !HasDiagnostics(fullStart)) return TokenCache.EndOfFile;
        return Finish(SyntaxKind.EndOfFileToken, string.Empty, fullStart, leading, null);
    }

    private void SetPendingLeading(int fullStart, GreenNode? leading)
    {
        _hasPendingLeading = true;
        _pendingLeadingStart = fullStart;
        _pendingLeading = leading;
    }

    // ------------------------------------------------------------------ diagnostics and token construction

    private void Report(DiagnosticDescriptor descriptor, int position, int width, params object[] arguments) =>
        _diagnostics.Add(new LexerDiagnostic(descriptor, position, width, arguments));

    /// <summary>Whether the token spanning [fullStart, _pos) must carry diagnostics.</summary>
    private bool HasDiagnostics(int fullStart) =>
        _diagnostics.Count != 0 || (uint)(_firstNul - fullStart) < (uint)(_pos - fullStart);

    private SyntaxDiagnosticInfo[]? TakeDiagnostics(int fullStart)
    {
        var withNul = (uint)(_firstNul - fullStart) < (uint)(_pos - fullStart);
        var count = _diagnostics.Count + (withNul ? 1 : 0);
        if (count == 0) return null;
        var result = new SyntaxDiagnosticInfo[count];
        var i = 0;
        if (withNul)
        {
            result[i++] = new SyntaxDiagnosticInfo(SyntaxDiagnosticDescriptors.NullBytes, _firstNul - fullStart, 0);
            _firstNul = -1;
        }
        var fullWidth = _pos - fullStart;
        foreach (var d in _diagnostics)
        {
            var offset = Math.Clamp(d.Position - fullStart, 0, fullWidth);
            result[i++] = new SyntaxDiagnosticInfo(d.Descriptor, offset, Math.Min(d.Width, fullWidth - offset), d.Arguments);
        }
        _diagnostics.Clear();
        return result;
    }

    /// <summary>A token spanning [fullStart, _pos), with the pending diagnostics.</summary>
    private GreenToken Finish(SyntaxKind kind, string text, int fullStart, GreenNode? leading, GreenNode? trailing)
    {
        _lineHasTokens = true;
        var diagnostics = HasDiagnostics(fullStart) ? TakeDiagnostics(fullStart) : null;
        return new GreenToken(kind, text, leading, trailing, diagnostics);
    }

    /// <summary>A punctuation or keyword token, shared when it has no leading trivia and no diagnostics.</summary>
    private GreenToken FinishFixed(SyntaxKind kind, int fullStart, GreenNode? leading, GreenNode? trailing)
    {
        if (leading is null && !HasDiagnostics(fullStart))
        {
            _lineHasTokens = true;
            var cached = TokenCache.GetFixed(kind, trailing);
            if (cached is not null) return cached;
        }
        return Finish(kind, SyntaxFacts.GetText(kind), fullStart, leading, trailing);
    }

    /// <summary>A zero-width token the lexer supplies for an f-string that lacks it, carrying the pending diagnostics.</summary>
    private GreenToken CreateMissing(SyntaxKind kind, int fullStart, GreenNode? leading)
    {
        var diagnostics = HasDiagnostics(fullStart) ? TakeDiagnostics(fullStart) : null;
        return GreenToken.Missing(kind, leading, diagnostics);
    }

    /// <summary>The token of an interned text (name, keyword, short literal), shared when it has no trivia but one trailing space.</summary>
    private GreenToken FinishInterned(ref IdentifierTable.Entry entry, int fullStart, GreenNode? leading, GreenNode? trailing)
    {
        if (leading is null && !HasDiagnostics(fullStart))
        {
            _lineHasTokens = true;
            if (trailing is null) return entry.Bare ??= new GreenToken(entry.Kind, entry.Text!, null, null);
            if (ReferenceEquals(trailing, TokenCache.Space)) return entry.Spaced ??= new GreenToken(entry.Kind, entry.Text!, null, TokenCache.Space);
        }
        return Finish(entry.Kind, entry.Text!, fullStart, leading, trailing);
    }

    /// <summary>A token for text[start.._pos before trailing trivia), interned when short.</summary>
    private GreenToken FinishLiteral(SyntaxKind kind, int start, int end, int fullStart, GreenNode? leading, GreenNode? trailing)
    {
        var length = end - start;
        if (length <= 16 && _diagnostics.Count == 0)
            return FinishInterned(ref _table.Lookup(_text, start, length, kind), fullStart, leading, trailing);
        return Finish(kind, _text.Substring(start, length), fullStart, leading, trailing);
    }
}
