namespace PythonAot.Compiler.Syntax.InternalSyntax;

/// <summary>
/// Shared green instances the lexer hands out again and again: the common trivia (one space, indentation runs,
/// line ends, line continuations) and the fixed-text tokens (punctuation, keywords, NEWLINE, INDENT, DEDENT)
/// without trivia or with one trailing space. Green nodes are immutable and position-free, so sharing is safe
/// across trees and threads.
/// </summary>
internal static class TokenCache
{
    private const int MaxCachedSpaces = 80;
    private const int MaxCachedTabs = 16;

    public static readonly GreenTrivia Space = new(SyntaxKind.WhitespaceTrivia, " ");
    public static readonly GreenTrivia LineFeed = new(SyntaxKind.EndOfLineTrivia, "\n");
    public static readonly GreenTrivia CarriageReturnLineFeed = new(SyntaxKind.EndOfLineTrivia, "\r\n");
    public static readonly GreenTrivia CarriageReturn = new(SyntaxKind.EndOfLineTrivia, "\r");
    public static readonly GreenTrivia ContinuationLineFeed = new(SyntaxKind.LineContinuationTrivia, "\\\n");
    public static readonly GreenTrivia ContinuationCarriageReturnLineFeed = new(SyntaxKind.LineContinuationTrivia, "\\\r\n");
    public static readonly GreenTrivia ContinuationCarriageReturn = new(SyntaxKind.LineContinuationTrivia, "\\\r");
    public static readonly GreenTrivia ByteOrderMark = new(SyntaxKind.ByteOrderMarkTrivia, "\uFEFF");

    public static readonly GreenToken NewLineLineFeed = new(SyntaxKind.NewLineToken, "\n", null, null);
    public static readonly GreenToken NewLineCarriageReturnLineFeed = new(SyntaxKind.NewLineToken, "\r\n", null, null);
    public static readonly GreenToken NewLineCarriageReturn = new(SyntaxKind.NewLineToken, "\r", null, null);
    public static readonly GreenToken ImplicitNewLine = new(SyntaxKind.NewLineToken, string.Empty, null, null);
    public static readonly GreenToken Indent = new(SyntaxKind.IndentToken, string.Empty, null, null);
    public static readonly GreenToken Dedent = new(SyntaxKind.DedentToken, string.Empty, null, null);
    public static readonly GreenToken EndOfFile = new(SyntaxKind.EndOfFileToken, string.Empty, null, null);

    private static readonly GreenTrivia[] s_spaces = CreateRuns(' ', MaxCachedSpaces);
    private static readonly GreenTrivia[] s_tabs = CreateRuns('\t', MaxCachedTabs);
    private static readonly GreenToken?[] s_bare;
    private static readonly GreenToken?[] s_spaced;

    static TokenCache()
    {
        var count = 0;
        foreach (var kind in Enum.GetValues<SyntaxKind>()) count = Math.Max(count, (int)kind + 1);
        s_bare = new GreenToken?[count];
        s_spaced = new GreenToken?[count];
        foreach (var kind in Enum.GetValues<SyntaxKind>())
        {
            if (!(SyntaxFacts.IsPunctuation(kind) || SyntaxFacts.IsKeyword(kind))) continue;
            var text = SyntaxFacts.GetText(kind);
            s_bare[(int)kind] = new GreenToken(kind, text, null, null);
            s_spaced[(int)kind] = new GreenToken(kind, text, null, Space);
        }
    }

    private static GreenTrivia[] CreateRuns(char c, int max)
    {
        var runs = new GreenTrivia[max + 1];
        for (var i = 1; i <= max; i++) runs[i] = new GreenTrivia(SyntaxKind.WhitespaceTrivia, new string(c, i));
        return runs;
    }

    /// <summary>A punctuation or keyword token of fixed text without leading trivia, trailing nothing or one space.</summary>
    public static GreenToken? GetFixed(SyntaxKind kind, GreenNode? trailing)
    {
        if (trailing is null) return s_bare[(int)kind];
        return ReferenceEquals(trailing, Space) ? s_spaced[(int)kind] : null;
    }

    /// <summary>Whitespace trivia for text[start..start+length) (spaces, tabs, form feeds), shared when it is a run of one character.</summary>
    public static GreenTrivia Whitespace(string text, int start, int length)
    {
        var first = text[start];
        if (first == ' ' ? length <= MaxCachedSpaces : first == '\t' && length <= MaxCachedTabs)
        {
            var i = 1;
            while (i < length && text[start + i] == first) i++;
            if (i == length) return first == ' ' ? s_spaces[length] : s_tabs[length];
        }
        return new GreenTrivia(SyntaxKind.WhitespaceTrivia, text.Substring(start, length));
    }

    /// <summary>The line end trivia of length 1 or 2 starting with <paramref name="first"/>.</summary>
    public static GreenTrivia EndOfLine(char first, int length) =>
        first == '\n' ? LineFeed : length == 2 ? CarriageReturnLineFeed : CarriageReturn;

    public static GreenTrivia Continuation(char first, int lineEndLength) =>
        first == '\n' ? ContinuationLineFeed : lineEndLength == 2 ? ContinuationCarriageReturnLineFeed : ContinuationCarriageReturn;

    public static GreenToken NewLine(char first, int length) =>
        first == '\n' ? NewLineLineFeed : length == 2 ? NewLineCarriageReturnLineFeed : NewLineCarriageReturn;
}
