using Microsoft.CodeAnalysis.Text;
using PythonAot.Compiler.Syntax.InternalSyntax;

namespace PythonAot.Compiler.Syntax;

/// <summary>One piece of trivia (whitespace, comment, line end, continuation, skipped text) with its position.</summary>
public readonly struct SyntaxTrivia : IEquatable<SyntaxTrivia>
{
    internal SyntaxTrivia(SyntaxToken token, GreenTrivia node, int position)
    {
        Token = token;
        Node = node;
        Position = position;
    }

    /// <summary>The token that owns this trivia.</summary>
    public SyntaxToken Token { get; }

    internal GreenTrivia? Node { get; }

    /// <summary>Absolute start.</summary>
    public int Position { get; }

    /// <summary>The trivia kind.</summary>
    public SyntaxKind Kind => Node?.Kind ?? SyntaxKind.None;

    /// <summary>The span (trivia have no trivia of their own).</summary>
    public TextSpan Span => Node is null ? default : new TextSpan(Position, Node.FullWidth);

    /// <summary>The same as <see cref="Span"/>.</summary>
    public TextSpan FullSpan => Span;

    /// <summary>The text.</summary>
    public override string ToString() => Node?.Text ?? string.Empty;

    /// <summary>The text.</summary>
    public string ToFullString() => ToString();

    /// <inheritdoc/>
    public bool Equals(SyntaxTrivia other) => Node == other.Node && Position == other.Position;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is SyntaxTrivia other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Node, Position);

    /// <summary>Equality.</summary>
    public static bool operator ==(SyntaxTrivia left, SyntaxTrivia right) => left.Equals(right);

    /// <summary>Inequality.</summary>
    public static bool operator !=(SyntaxTrivia left, SyntaxTrivia right) => !left.Equals(right);

    /// <summary>Makes a free-standing trivia of a kind and text (for building trees).</summary>
    public static SyntaxTrivia Create(SyntaxKind kind, string text) => new(default, new GreenTrivia(kind, text), 0);
}
