using PythonAot.Compiler.Syntax.InternalSyntax;

namespace PythonAot.Compiler.Syntax;

/// <summary>
/// Creates detached syntax: tokens, trivia, lists and (in the generated part) one method per node kind.
/// Nodes made here have no parent; place them in a tree with <see cref="SyntaxNodeExtensions.ReplaceNode{TRoot}"/>.
/// </summary>
public static partial class SyntaxFactory
{
    /// <summary>A token of a fixed-text kind (punctuation or keyword), without trivia.</summary>
    public static SyntaxToken Token(SyntaxKind kind)
    {
        var text = SyntaxFacts.GetText(kind);
        if (text.Length == 0 && kind is not (SyntaxKind.IndentToken or SyntaxKind.DedentToken or SyntaxKind.EndOfFileToken))
            throw new ArgumentException($"{kind} has no fixed text; use the overload that takes the text.", nameof(kind));
        return new SyntaxToken(null, new GreenToken(kind, text, null, null), 0);
    }

    /// <summary>A token of any kind with the given text and trivia.</summary>
    public static SyntaxToken Token(SyntaxKind kind, string text, IEnumerable<SyntaxTrivia>? leading = null, IEnumerable<SyntaxTrivia>? trailing = null) =>
        new(null, new GreenToken(kind, text, leading is null ? null : SyntaxTriviaList.ToGreen(leading), trailing is null ? null : SyntaxTriviaList.ToGreen(trailing)), 0);

    /// <summary>An identifier token.</summary>
    public static SyntaxToken Identifier(string text) => Token(SyntaxKind.IdentifierToken, text);

    /// <summary>A NEWLINE token ("\n" unless given).</summary>
    public static SyntaxToken NewLine(string text = "\n") => Token(SyntaxKind.NewLineToken, text);

    /// <summary>Whitespace trivia.</summary>
    public static SyntaxTrivia Whitespace(string text) => SyntaxTrivia.Create(SyntaxKind.WhitespaceTrivia, text);

    /// <summary>A comment (including its '#').</summary>
    public static SyntaxTrivia Comment(string text) => SyntaxTrivia.Create(SyntaxKind.CommentTrivia, text);

    /// <summary>A line end that does not end a logical line.</summary>
    public static SyntaxTrivia EndOfLine(string text = "\n") => SyntaxTrivia.Create(SyntaxKind.EndOfLineTrivia, text);

    /// <summary>A list of nodes.</summary>
    public static SyntaxList<TNode> List<TNode>(IEnumerable<TNode> nodes) where TNode : SyntaxNode =>
        new(CreateList(nodes.Select(n => n.Green)));

    /// <summary>A separated list from nodes and separators in alternation (node, separator, node, ...).</summary>
    public static SeparatedSyntaxList<TNode> SeparatedList<TNode>(IEnumerable<SyntaxNodeOrToken> nodesAndSeparators) where TNode : SyntaxNode =>
        new(CreateList(nodesAndSeparators.Select(n => n.IsToken ? (GreenNode)n.AsToken().Node! : n.AsNode()!.Green)));

    /// <summary>A separated list of nodes joined by a separator kind (a comma by default).</summary>
    public static SeparatedSyntaxList<TNode> SeparatedList<TNode>(IEnumerable<TNode> nodes, SyntaxKind separator = SyntaxKind.CommaToken) where TNode : SyntaxNode
    {
        var items = new List<SyntaxNodeOrToken>();
        foreach (var node in nodes)
        {
            if (items.Count > 0) items.Add(Token(separator));
            items.Add(node);
        }
        return SeparatedList<TNode>(items);
    }

    /// <summary>A list of tokens.</summary>
    public static SyntaxTokenList TokenList(IEnumerable<SyntaxToken> tokens) =>
        new(CreateList(tokens.Select(t => (GreenNode)t.Node!)));

    private static SyntaxNode? CreateList(IEnumerable<GreenNode> children) =>
        GreenList.Create(children.ToList())?.CreateRed(null, 0);

    private static GreenToken RequireToken(SyntaxToken token, string slot) =>
        token.Node ?? throw new ArgumentException($"The {slot} token is required.", slot);
}
