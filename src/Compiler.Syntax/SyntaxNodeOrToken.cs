using Microsoft.CodeAnalysis.Text;

namespace PythonAot.Compiler.Syntax;

/// <summary>Either a node or a token: the element type of <see cref="SyntaxNode.ChildNodesAndTokens"/>.</summary>
public readonly struct SyntaxNodeOrToken
{
    private readonly SyntaxNode? _node;
    private readonly SyntaxToken _token;

    private SyntaxNodeOrToken(SyntaxNode? node, SyntaxToken token)
    {
        _node = node;
        _token = token;
    }

    /// <summary>True for a token.</summary>
    public bool IsToken => _node is null;

    /// <summary>True for a node.</summary>
    public bool IsNode => _node is not null;

    /// <summary>The node, or null for a token.</summary>
    public SyntaxNode? AsNode() => _node;

    /// <summary>The token, or default for a node.</summary>
    public SyntaxToken AsToken() => _token;

    /// <summary>The kind.</summary>
    public SyntaxKind Kind => _node?.Kind ?? _token.Kind;

    /// <summary>The span with trivia.</summary>
    public TextSpan FullSpan => _node?.FullSpan ?? _token.FullSpan;

    /// <summary>The span without trivia.</summary>
    public TextSpan Span => _node?.Span ?? _token.Span;

    /// <summary>The parent node.</summary>
    public SyntaxNode? Parent => _node is not null ? _node.Parent : _token.Parent;

    /// <summary>True when the node or token is missing.</summary>
    public bool IsMissing => _node?.IsMissing ?? _token.IsMissing;

    /// <summary>The full text.</summary>
    public string ToFullString() => _node?.ToFullString() ?? _token.ToFullString();

    /// <summary>The text without outer trivia.</summary>
    public override string ToString() => _node?.ToString() ?? _token.ToString();

    /// <summary>Wraps a node.</summary>
    public static implicit operator SyntaxNodeOrToken(SyntaxNode node) => new(node, default);

    /// <summary>Wraps a token.</summary>
    public static implicit operator SyntaxNodeOrToken(SyntaxToken token) => new(null, token);
}
