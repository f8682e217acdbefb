using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;
using PythonAot.Compiler.Syntax.InternalSyntax;

namespace PythonAot.Compiler.Syntax;

/// <summary>
/// A red node: a facade over a green node that knows its parent and its absolute position. Red nodes are
/// created lazily, the first time a child is asked for, and cached in their parent.
/// </summary>
public abstract partial class SyntaxNode
{
    private SyntaxTree? _syntaxTree;

    internal SyntaxNode(GreenNode green, SyntaxNode? parent, int position)
    {
        Green = green;
        Parent = parent;
        Position = position;
    }

    /// <summary>Binds a root node to its tree (once, when the tree creates its root).</summary>
    internal void AttachToTree(SyntaxTree tree) => Interlocked.CompareExchange(ref _syntaxTree, tree, null);

    internal GreenNode Green { get; }

    /// <summary>The node that contains this one; null for the root. List nodes are transparent.</summary>
    public SyntaxNode? Parent { get; }

    /// <summary>Absolute start of this node's full span (leading trivia included).</summary>
    public int Position { get; }

    /// <summary>The kind of the node.</summary>
    public SyntaxKind Kind => Green.Kind;

    /// <summary>The tree this node belongs to (a detached node gets a tree of its own on first ask).</summary>
    public SyntaxTree SyntaxTree
    {
        get
        {
            var root = this;
            while (root.Parent is not null) root = root.Parent;
            return root._syntaxTree ?? SyntaxTree.CreateForDetachedRoot(root);
        }
    }

    /// <summary>The span including leading and trailing trivia.</summary>
    public TextSpan FullSpan => new(Position, Green.FullWidth);

    /// <summary>The span without leading and trailing trivia.</summary>
    public TextSpan Span
    {
        get
        {
            var start = Position + Green.GetLeadingTriviaWidth();
            var end = Position + Green.FullWidth - Green.GetTrailingTriviaWidth();
            return end < start ? new TextSpan(start, 0) : TextSpan.FromBounds(start, end);
        }
    }

    /// <summary>Start of <see cref="Span"/>.</summary>
    public int SpanStart => Position + Green.GetLeadingTriviaWidth();

    /// <summary>End of <see cref="FullSpan"/>.</summary>
    public int EndPosition => Position + Green.FullWidth;

    /// <summary>True when the node (or a descendant) carries diagnostics.</summary>
    public bool ContainsDiagnostics => Green.ContainsDiagnostics;

    /// <summary>True when the parser synthesized this node because it was missing from the source.</summary>
    public bool IsMissing => Green.IsMissing || (Green.FullWidth == 0 && Green.GetFirstToken() is { IsMissing: true });

    internal bool IsList => Green.IsList;

    /// <summary>The red child for a node slot, creating and caching it on first access.</summary>
    internal SyntaxNode? GetRed(ref SyntaxNode? field, int slot)
    {
        var result = field;
        if (result is not null) return result;
        var green = Green.GetSlot(slot);
        if (green is null) return null;
        result = green.CreateRed(IsList ? Parent : this, Position + Green.GetSlotOffset(slot));
        return Interlocked.CompareExchange(ref field, result, null) ?? result;
    }

    /// <summary>The red child at a node slot; null for token and empty slots.</summary>
    internal abstract SyntaxNode? GetNodeSlot(int slot);

    /// <summary>The red child at a node slot if it was already created.</summary>
    internal abstract SyntaxNode? GetCachedSlot(int slot);

    internal int GetChildPosition(int slot) => Position + Green.GetSlotOffset(slot);

    internal SyntaxToken GetTokenSlot(int slot)
    {
        var green = Green.GetSlot(slot);
        return green is GreenToken token ? new SyntaxToken(IsList ? Parent : this, token, GetChildPosition(slot)) : default;
    }

    /// <summary>Child nodes and tokens in order; list slots are flattened.</summary>
    public IEnumerable<SyntaxNodeOrToken> ChildNodesAndTokens()
    {
        for (var i = 0; i < Green.SlotCount; i++)
        {
            var green = Green.GetSlot(i);
            if (green is null) continue;
            if (green is GreenToken token)
            {
                yield return new SyntaxToken(IsList ? Parent : this, token, GetChildPosition(i));
                continue;
            }
            var child = GetNodeSlot(i)!;
            if (child.IsList)
            {
                foreach (var item in child.ChildNodesAndTokens()) yield return item;
            }
            else
            {
                yield return child;
            }
        }
    }

    /// <summary>Child nodes in order (tokens skipped, lists flattened).</summary>
    public IEnumerable<SyntaxNode> ChildNodes()
    {
        foreach (var child in ChildNodesAndTokens())
            if (child.AsNode() is { } node) yield return node;
    }

    /// <summary>Child tokens in order (lists flattened).</summary>
    public IEnumerable<SyntaxToken> ChildTokens()
    {
        foreach (var child in ChildNodesAndTokens())
            if (child.IsToken) yield return child.AsToken();
    }

    /// <summary>All descendant nodes in document order.</summary>
    public IEnumerable<SyntaxNode> DescendantNodes(Func<SyntaxNode, bool>? descendIntoChildren = null) =>
        DescendantNodesCore(this, descendIntoChildren, includeSelf: false);

    /// <summary>This node and all descendant nodes in document order.</summary>
    public IEnumerable<SyntaxNode> DescendantNodesAndSelf(Func<SyntaxNode, bool>? descendIntoChildren = null) =>
        DescendantNodesCore(this, descendIntoChildren, includeSelf: true);

    private static IEnumerable<SyntaxNode> DescendantNodesCore(SyntaxNode root, Func<SyntaxNode, bool>? descend, bool includeSelf)
    {
        if (includeSelf) yield return root;
        if (descend is not null && !descend(root)) yield break;
        var stack = new Stack<IEnumerator<SyntaxNode>>();
        stack.Push(root.ChildNodes().GetEnumerator());
        while (stack.Count > 0)
        {
            var enumerator = stack.Peek();
            if (!enumerator.MoveNext())
            {
                stack.Pop();
                continue;
            }
            var node = enumerator.Current;
            yield return node;
            if (descend is null || descend(node)) stack.Push(node.ChildNodes().GetEnumerator());
        }
    }

    /// <summary>All descendant nodes and tokens in document order.</summary>
    public IEnumerable<SyntaxNodeOrToken> DescendantNodesAndTokens()
    {
        var stack = new Stack<IEnumerator<SyntaxNodeOrToken>>();
        stack.Push(ChildNodesAndTokens().GetEnumerator());
        while (stack.Count > 0)
        {
            var enumerator = stack.Peek();
            if (!enumerator.MoveNext())
            {
                stack.Pop();
                continue;
            }
            var item = enumerator.Current;
            yield return item;
            if (item.AsNode() is { } node) stack.Push(node.ChildNodesAndTokens().GetEnumerator());
        }
    }

    /// <summary>All tokens under this node in document order, missing (zero-width) tokens included.</summary>
    public IEnumerable<SyntaxToken> DescendantTokens()
    {
        foreach (var item in DescendantNodesAndTokens())
            if (item.IsToken) yield return item.AsToken();
    }

    /// <summary>All trivia under this node in document order.</summary>
    public IEnumerable<SyntaxTrivia> DescendantTrivia()
    {
        foreach (var token in DescendantTokens())
        {
            foreach (var trivia in token.LeadingTrivia) yield return trivia;
            foreach (var trivia in token.TrailingTrivia) yield return trivia;
        }
    }

    /// <summary>The ancestors of this node, nearest first.</summary>
    public IEnumerable<SyntaxNode> Ancestors()
    {
        for (var node = Parent; node is not null; node = node.Parent) yield return node;
    }

    /// <summary>This node and its ancestors, nearest first.</summary>
    public IEnumerable<SyntaxNode> AncestorsAndSelf()
    {
        for (SyntaxNode? node = this; node is not null; node = node.Parent) yield return node;
    }

    /// <summary>The nearest node of type <typeparamref name="T"/> among this node and its ancestors.</summary>
    public T? FirstAncestorOrSelf<T>() where T : SyntaxNode
    {
        foreach (var node in AncestorsAndSelf())
            if (node is T t) return t;
        return null;
    }

    /// <summary>The first token of this node (missing tokens included).</summary>
    public SyntaxToken GetFirstToken() => DescendantTokens().FirstOrDefault();

    /// <summary>The last token of this node (missing tokens included).</summary>
    public SyntaxToken GetLastToken() => DescendantTokens().LastOrDefault();

    /// <summary>
    /// The token whose full span contains <paramref name="position"/>. At the end of the text, the end-of-file token.
    /// </summary>
    public SyntaxToken FindToken(int position)
    {
        if (position < Position || position > EndPosition)
            throw new ArgumentOutOfRangeException(nameof(position));
        if (position == EndPosition) return GetLastToken();
        SyntaxNode node = this;
        while (true)
        {
            SyntaxNodeOrToken? found = null;
            foreach (var child in node.ChildNodesAndTokens())
            {
                var span = child.FullSpan;
                if (span.Length > 0 && position >= span.Start && position < span.End)
                {
                    found = child;
                    break;
                }
            }
            if (found is null) return default;
            if (found.Value.IsToken) return found.Value.AsToken();
            node = found.Value.AsNode()!;
        }
    }

    /// <summary>The innermost node whose span contains <paramref name="span"/>.</summary>
    public SyntaxNode FindNode(TextSpan span)
    {
        var node = FindToken(span.Start).Parent ?? this;
        while (node.Parent is not null && !node.FullSpan.Contains(span)) node = node.Parent;
        return node;
    }

    /// <summary>The diagnostics of this node and everything under it, in document order.</summary>
    public IEnumerable<Diagnostic> GetDiagnostics() => SyntaxTree.GetDiagnostics(this);

    /// <summary>The location of this node's span.</summary>
    public Location GetLocation() => SyntaxTree.GetLocation(Span);

    /// <summary>The text of the node with its leading and trailing trivia: the exact source text.</summary>
    public string ToFullString() => Green.ToFullString();

    /// <summary>The text of the node without its outer trivia.</summary>
    public override string ToString() => Green.ToString();

    /// <summary>Writes the full text of the node.</summary>
    public void WriteTo(TextWriter writer)
    {
        var builder = new StringBuilder(Green.FullWidth);
        Green.WriteTo(builder);
        writer.Write(builder);
    }

    /// <summary>Structural equality with another node: same kinds, tokens and trivia.</summary>
    public bool IsEquivalentTo(SyntaxNode? other) => other is not null && Green.IsEquivalentTo(other.Green);

    /// <summary>Calls the visitor's method for this node's type.</summary>
    public abstract void Accept(SyntaxVisitor visitor);

    /// <summary>Calls the visitor's method for this node's type.</summary>
    public abstract TResult? Accept<TResult>(SyntaxVisitor<TResult> visitor);
}
