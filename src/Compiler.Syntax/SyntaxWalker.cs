namespace PythonAot.Compiler.Syntax;

/// <summary>Walks a whole subtree in document order, visiting nodes and, as deep as asked, tokens and trivia.</summary>
public abstract class SyntaxWalker : SyntaxVisitor
{
    /// <summary>Creates a walker.</summary>
    protected SyntaxWalker(SyntaxWalkerDepth depth = SyntaxWalkerDepth.Node)
    {
        Depth = depth;
    }

    /// <summary>How deep the walker goes.</summary>
    protected SyntaxWalkerDepth Depth { get; }

    /// <summary>Visits the children of a node.</summary>
    public override void DefaultVisit(SyntaxNode node)
    {
        foreach (var child in node.ChildNodesAndTokens())
        {
            if (child.AsNode() is { } childNode)
                Visit(childNode);
            else if (Depth >= SyntaxWalkerDepth.Token)
                VisitToken(child.AsToken());
        }
    }

    /// <summary>Visits a token and, at trivia depth, its trivia.</summary>
    public virtual void VisitToken(SyntaxToken token)
    {
        if (Depth < SyntaxWalkerDepth.Trivia) return;
        foreach (var trivia in token.LeadingTrivia) VisitTrivia(trivia);
        foreach (var trivia in token.TrailingTrivia) VisitTrivia(trivia);
    }

    /// <summary>Visits one trivia.</summary>
    public virtual void VisitTrivia(SyntaxTrivia trivia)
    {
    }
}
