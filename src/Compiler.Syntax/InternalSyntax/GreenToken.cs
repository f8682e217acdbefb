using System.Text;

namespace PythonAot.Compiler.Syntax.InternalSyntax;

/// <summary>
/// A token: its text plus the trivia before and after it. Trivia ownership follows Roslyn: a token owns
/// the trivia after it up to the end of its line; everything else leads the next token.
/// <see cref="LeadingTrivia"/> and <see cref="TrailingTrivia"/> are null, one <see cref="GreenTrivia"/>,
/// or a <see cref="GreenList"/> of trivia.
/// </summary>
internal sealed class GreenToken : GreenNode
{
    public GreenToken(SyntaxKind kind, string text, GreenNode? leading, GreenNode? trailing,
        SyntaxDiagnosticInfo[]? diagnostics = null, bool isMissing = false)
        : base(kind, diagnostics)
    {
        Text = text;
        LeadingTrivia = leading;
        TrailingTrivia = trailing;
        FullWidth = text.Length;
        AdjustFlagsAndWidth(leading);
        AdjustFlagsAndWidth(trailing);
        if (isMissing) SetMissing();
    }

    /// <summary>A zero-width token the parser expected but did not find.</summary>
    public static GreenToken Missing(SyntaxKind kind, GreenNode? leading = null, SyntaxDiagnosticInfo[]? diagnostics = null)
        => new(kind, string.Empty, leading, null, diagnostics, isMissing: true);

    public string Text { get; }

    public GreenNode? LeadingTrivia { get; }

    public GreenNode? TrailingTrivia { get; }

    public override bool IsToken => true;

    public int Width => Text.Length;

    public override int SlotCount => 0;

    public override GreenNode? GetSlot(int index) => null;

    public override GreenToken GetFirstToken() => this;

    public override GreenToken GetLastToken() => this;

    public override int GetLeadingTriviaWidth() => LeadingTrivia?.FullWidth ?? 0;

    public override int GetTrailingTriviaWidth() => TrailingTrivia?.FullWidth ?? 0;

    public GreenToken WithKind(SyntaxKind kind) =>
        new(kind, Text, LeadingTrivia, TrailingTrivia, GetDiagnostics() is { Length: > 0 } d ? d : null, IsMissing);

    /// <summary>
    /// The token with other leading trivia. Its own diagnostics are relative to its full start, so they move by
    /// the change in leading width and keep pointing at the same text (prepended skipped text, say).
    /// </summary>
    public GreenToken WithLeadingTrivia(GreenNode? trivia)
    {
        var diagnostics = GetDiagnostics();
        if (diagnostics.Length == 0) return new(Kind, Text, trivia, TrailingTrivia, null, IsMissing);
        var delta = (trivia?.FullWidth ?? 0) - GetLeadingTriviaWidth();
        var shifted = new SyntaxDiagnosticInfo[diagnostics.Length];
        for (var i = 0; i < shifted.Length; i++) shifted[i] = diagnostics[i].WithOffset(Math.Max(0, diagnostics[i].Offset + delta));
        return new(Kind, Text, trivia, TrailingTrivia, shifted, IsMissing);
    }

    public GreenToken WithTrailingTrivia(GreenNode? trivia) =>
        new(Kind, Text, LeadingTrivia, trivia, GetDiagnostics() is { Length: > 0 } d ? d : null, IsMissing);

    public override GreenNode WithDiagnostics(SyntaxDiagnosticInfo[]? diagnostics) =>
        new GreenToken(Kind, Text, LeadingTrivia, TrailingTrivia, diagnostics, IsMissing);

    public override SyntaxNode CreateRed(SyntaxNode? parent, int position) =>
        throw new InvalidOperationException("Tokens are SyntaxToken values, not red nodes.");

    internal void WriteTokenTo(StringBuilder builder, bool leading, bool trailing)
    {
        if (leading && LeadingTrivia is not null) LeadingTrivia.WriteTo(builder);
        builder.Append(Text);
        if (trailing && TrailingTrivia is not null) TrailingTrivia.WriteTo(builder);
    }

    public override string ToString() => Text;
}
