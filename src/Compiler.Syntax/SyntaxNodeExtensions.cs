namespace PythonAot.Compiler.Syntax;

/// <summary>Immutable edits of a tree: each returns a new root that shares every untouched green node.</summary>
public static class SyntaxNodeExtensions
{
    /// <summary>A new tree in which <paramref name="oldNode"/> is replaced by <paramref name="newNode"/>.</summary>
    public static TRoot ReplaceNode<TRoot>(this TRoot root, SyntaxNode oldNode, SyntaxNode newNode) where TRoot : SyntaxNode =>
        (TRoot)new NodeReplacer(oldNode, _ => [newNode]).Visit(root)!;

    /// <summary>A new tree in which <paramref name="oldToken"/> is replaced by <paramref name="newToken"/>.</summary>
    public static TRoot ReplaceToken<TRoot>(this TRoot root, SyntaxToken oldToken, SyntaxToken newToken) where TRoot : SyntaxNode =>
        (TRoot)new TokenReplacer(oldToken, newToken).Visit(root)!;

    /// <summary>A new tree with <paramref name="newNodes"/> inserted after <paramref name="nodeInList"/>, an element of a list.</summary>
    public static TRoot InsertNodesAfter<TRoot>(this TRoot root, SyntaxNode nodeInList, IEnumerable<SyntaxNode> newNodes) where TRoot : SyntaxNode =>
        (TRoot)new NodeReplacer(nodeInList, n => [n, .. newNodes], requireList: true).Visit(root)!;

    /// <summary>A new tree with <paramref name="newNodes"/> inserted before <paramref name="nodeInList"/>, an element of a list.</summary>
    public static TRoot InsertNodesBefore<TRoot>(this TRoot root, SyntaxNode nodeInList, IEnumerable<SyntaxNode> newNodes) where TRoot : SyntaxNode =>
        (TRoot)new NodeReplacer(nodeInList, n => [.. newNodes, n], requireList: true).Visit(root)!;

    /// <summary>A new tree without <paramref name="nodeInList"/>, an element of a (non-separated) list.</summary>
    public static TRoot RemoveNode<TRoot>(this TRoot root, SyntaxNode nodeInList) where TRoot : SyntaxNode =>
        (TRoot)new NodeReplacer(nodeInList, _ => [], requireList: true).Visit(root)!;

    /// <summary>Replaces one node (found by identity) with zero or more nodes.</summary>
    private sealed class NodeReplacer(SyntaxNode target, Func<SyntaxNode, SyntaxNode[]> replacement, bool requireList = false) : SyntaxRewriter
    {
        public override SyntaxNode? Visit(SyntaxNode? node)
        {
            if (node is null) return null;
            if (ReferenceEquals(node, target))
            {
                if (requireList) throw new InvalidOperationException("The node is not an element of a list.");
                var nodes = replacement(node);
                return nodes.Length == 1 ? nodes[0] : throw new InvalidOperationException("A node outside a list can only be replaced by one node.");
            }
            // Only descend into the subtree that contains the target: everything else is returned as is.
            return node.FullSpan.Contains(target.FullSpan) && node.SyntaxTree == target.SyntaxTree ? base.Visit(node) : node;
        }

        public override SyntaxList<TNode> VisitList<TNode>(SyntaxList<TNode> list)
        {
            var index = list.ToList().FindIndex(n => ReferenceEquals(n, target));
            if (index < 0) return base.VisitList(list);
            var items = list.Select(n => (SyntaxNode)n).ToList();
            items.RemoveAt(index);
            items.InsertRange(index, replacement(target));
            return SyntaxFactory.List(items.Cast<TNode>());
        }
    }

    private sealed class TokenReplacer(SyntaxToken target, SyntaxToken replacement) : SyntaxRewriter
    {
        public override SyntaxNode? Visit(SyntaxNode? node) =>
            node is not null && node.FullSpan.Contains(target.FullSpan) ? base.Visit(node) : node;

        public override SyntaxToken VisitToken(SyntaxToken token) => token == target ? replacement : token;
    }
}
