using PythonAot.Compiler.Syntax.InternalSyntax;

namespace PythonAot.Compiler.Syntax;

/// <summary>
/// Rebuilds a tree bottom-up: each Visit method returns the (possibly new) node. Unchanged subtrees are
/// returned as they are, so a rewrite that changes one node allocates only its spine.
/// </summary>
public abstract partial class SyntaxRewriter : SyntaxVisitor<SyntaxNode>
{
    /// <summary>Rewrites a token; the default returns it unchanged.</summary>
    public virtual SyntaxToken VisitToken(SyntaxToken token) => token;

    /// <summary>Visits a node that must not disappear.</summary>
    protected SyntaxNode VisitRequired(SyntaxNode node) =>
        Visit(node) ?? throw new InvalidOperationException($"A rewriter removed a required {node.Kind}.");

    /// <summary>Rewrites each element of a list; null results are removed.</summary>
    public virtual SyntaxList<TNode> VisitList<TNode>(SyntaxList<TNode> list) where TNode : SyntaxNode
    {
        List<GreenNode>? rebuilt = null;
        for (var i = 0; i < list.Count; i++)
        {
            var item = list[i];
            var visited = VisitListElement(item);
            if (rebuilt is null && !ReferenceEquals(visited, item))
            {
                rebuilt = new List<GreenNode>();
                for (var j = 0; j < i; j++) rebuilt.Add(list[j].Green);
            }
            if (rebuilt is not null && visited is not null) rebuilt.Add(visited.Green);
        }
        return rebuilt is null ? list : new SyntaxList<TNode>(GreenList.Create(rebuilt)?.CreateRed(null, 0));
    }

    /// <summary>Rewrites one element of a list.</summary>
    public virtual TNode? VisitListElement<TNode>(TNode node) where TNode : SyntaxNode => (TNode?)Visit(node);

    /// <summary>Rewrites each element and separator of a separated list.</summary>
    public virtual SeparatedSyntaxList<TNode> VisitSeparatedList<TNode>(SeparatedSyntaxList<TNode> list) where TNode : SyntaxNode
    {
        var changed = false;
        var rebuilt = new List<GreenNode>();
        foreach (var item in list.GetWithSeparators())
        {
            if (item.AsNode() is { } node)
            {
                var visited = VisitListElement((TNode)node);
                changed |= !ReferenceEquals(visited, node);
                if (visited is not null) rebuilt.Add(visited.Green);
            }
            else
            {
                var token = VisitToken(item.AsToken());
                changed |= token.Node != item.AsToken().Node;
                if (token.Node is not null) rebuilt.Add(token.Node);
            }
        }
        return changed ? new SeparatedSyntaxList<TNode>(GreenList.Create(rebuilt)?.CreateRed(null, 0)) : list;
    }

    /// <summary>Rewrites each token of a token list.</summary>
    public virtual SyntaxTokenList VisitTokenList(SyntaxTokenList list)
    {
        var changed = false;
        var rebuilt = new List<GreenNode>();
        foreach (var token in list)
        {
            var visited = VisitToken(token);
            changed |= visited.Node != token.Node;
            if (visited.Node is not null) rebuilt.Add(visited.Node);
        }
        return changed ? new SyntaxTokenList(GreenList.Create(rebuilt)?.CreateRed(null, 0)) : list;
    }
}
