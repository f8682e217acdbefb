namespace PythonAot.Compiler.Syntax.InternalSyntax;

/// <summary>Whitespace, a comment, a line end, a line continuation, or text the parser skipped.</summary>
internal sealed class GreenTrivia : GreenNode
{
    public GreenTrivia(SyntaxKind kind, string text, SyntaxDiagnosticInfo[]? diagnostics = null)
        : base(kind, diagnostics)
    {
        Text = text;
        FullWidth = text.Length;
        if (kind == SyntaxKind.SkippedTokensTrivia) Flags |= GreenNodeFlags.ContainsSkippedText;
    }

    public string Text { get; }

    public override bool IsTrivia => true;

    public override int SlotCount => 0;

    public override GreenNode? GetSlot(int index) => null;

    public override GreenToken? GetFirstToken() => null;

    public override GreenToken? GetLastToken() => null;

    public override GreenNode WithDiagnostics(SyntaxDiagnosticInfo[]? diagnostics) => new GreenTrivia(Kind, Text, diagnostics);

    public override SyntaxNode CreateRed(SyntaxNode? parent, int position) =>
        throw new InvalidOperationException("Trivia are SyntaxTrivia values, not red nodes.");

    public override string ToString() => Text;
}
