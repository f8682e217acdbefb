using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;
using PythonAot.Compiler.Syntax.InternalSyntax;

namespace PythonAot.Compiler.Syntax;

/// <summary>A token in a red tree: a light value pairing a green token with its parent and position.</summary>
public readonly struct SyntaxToken : IEquatable<SyntaxToken>
{
    internal SyntaxToken(SyntaxNode? parent, GreenToken? node, int position)
    {
        Parent = parent;
        Node = node;
        Position = position;
    }

    /// <summary>The node that contains the token.</summary>
    public SyntaxNode? Parent { get; }

    internal GreenToken? Node { get; }

    /// <summary>Absolute start of the full span (leading trivia included).</summary>
    public int Position { get; }

    /// <summary>The token kind; <see cref="SyntaxKind.None"/> for a default token.</summary>
    public SyntaxKind Kind => Node?.Kind ?? SyntaxKind.None;

    /// <summary>The token's text without trivia.</summary>
    public string Text => Node?.Text ?? string.Empty;

    /// <summary>The text the token stands for (the same as <see cref="Text"/>; literal values come from the AST view).</summary>
    public string ValueText => Text;

    /// <summary>True when the parser synthesized the token because it was missing.</summary>
    public bool IsMissing => Node?.IsMissing ?? false;

    /// <summary>The span without trivia.</summary>
    public TextSpan Span => Node is null ? default : new TextSpan(Position + Node.GetLeadingTriviaWidth(), Node.Width);

    /// <summary>The start of <see cref="Span"/>.</summary>
    public int SpanStart => Position + (Node?.GetLeadingTriviaWidth() ?? 0);

    /// <summary>The span with trivia.</summary>
    public TextSpan FullSpan => Node is null ? default : new TextSpan(Position, Node.FullWidth);

    /// <summary>The trivia before the token.</summary>
    public SyntaxTriviaList LeadingTrivia => Node is null ? default : new SyntaxTriviaList(this, Node.LeadingTrivia, Position);

    /// <summary>The trivia after the token, up to the end of its line.</summary>
    public SyntaxTriviaList TrailingTrivia => Node is null
        ? default
        : new SyntaxTriviaList(this, Node.TrailingTrivia, Position + Node.GetLeadingTriviaWidth() + Node.Width);

    /// <summary>True when the token or its trivia carries diagnostics.</summary>
    public bool ContainsDiagnostics => Node?.ContainsDiagnostics ?? false;

    /// <summary>The syntax tree of the token.</summary>
    public SyntaxTree? SyntaxTree => Parent?.SyntaxTree;

    /// <summary>The token's text.</summary>
    public override string ToString() => Text;

    /// <summary>The token's text with its trivia.</summary>
    public string ToFullString() => Node?.ToFullString() ?? string.Empty;

    /// <summary>The diagnostics of this token and its trivia.</summary>
    public IEnumerable<Diagnostic> GetDiagnostics() => Parent?.SyntaxTree.GetDiagnostics(this) ?? [];

    /// <summary>The location of the token's span.</summary>
    public Location GetLocation() => Parent?.SyntaxTree.GetLocation(Span) ?? Location.None;

    /// <summary>The next token in the tree (zero-width tokens included), or default at the end.</summary>
    public SyntaxToken GetNextToken() => GetAdjacentToken(forward: true);

    /// <summary>The previous token in the tree (zero-width tokens included), or default at the start.</summary>
    public SyntaxToken GetPreviousToken() => GetAdjacentToken(forward: false);

    /// <summary>
    /// Walks up from the token: the sibling after (or before) it, or after its parent, and so on; the first (or
    /// last) token of that sibling is the answer. Only the spine above the token is visited, not the whole tree.
    /// </summary>
    private SyntaxToken GetAdjacentToken(bool forward)
    {
        if (Parent is null) return default;
        SyntaxNodeOrToken current = this;
        for (var node = Parent; node is not null; node = node.Parent)
        {
            var children = node.ChildNodesAndTokens().ToList();
            var index = children.FindIndex(c => IsSame(c, current));
            for (var i = index + (forward ? 1 : -1); i >= 0 && i < children.Count; i += forward ? 1 : -1)
            {
                var sibling = children[i];
                if (sibling.IsToken) return sibling.AsToken();
                var tokens = sibling.AsNode()!.DescendantTokens();
                var found = forward ? tokens.FirstOrDefault() : tokens.LastOrDefault();
                if (found.Node is not null) return found;
            }
            current = node;
        }
        return default;
    }

    private static bool IsSame(SyntaxNodeOrToken a, SyntaxNodeOrToken b) =>
        a.IsToken ? b.IsToken && a.AsToken() == b.AsToken() : ReferenceEquals(a.AsNode(), b.AsNode());

    /// <summary>A detached copy with other leading trivia.</summary>
    public SyntaxToken WithLeadingTrivia(IEnumerable<SyntaxTrivia> trivia) =>
        Node is null ? this : new SyntaxToken(null, Node.WithLeadingTrivia(SyntaxTriviaList.ToGreen(trivia)), 0);

    /// <summary>A detached copy with other trailing trivia.</summary>
    public SyntaxToken WithTrailingTrivia(IEnumerable<SyntaxTrivia> trivia) =>
        Node is null ? this : new SyntaxToken(null, Node.WithTrailingTrivia(SyntaxTriviaList.ToGreen(trivia)), 0);

    /// <summary>Structural equality of token text and trivia.</summary>
    public bool IsEquivalentTo(SyntaxToken other) => Node is null ? other.Node is null : Node.IsEquivalentTo(other.Node);

    /// <inheritdoc/>
    public bool Equals(SyntaxToken other) => Parent == other.Parent && Node == other.Node && Position == other.Position;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is SyntaxToken other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Parent, Node, Position);

    /// <summary>Equality.</summary>
    public static bool operator ==(SyntaxToken left, SyntaxToken right) => left.Equals(right);

    /// <summary>Inequality.</summary>
    public static bool operator !=(SyntaxToken left, SyntaxToken right) => !left.Equals(right);
}
