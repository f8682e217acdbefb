using System.Text;

namespace PythonAot.Compiler.Syntax.InternalSyntax;

/// <summary>
/// A node of the immutable green tree: kind, full width and children, nothing else. Green nodes know
/// neither their parent nor their position, so an edit rebuilds only the spine above it and shares
/// the rest; identical small nodes are shared outright (see <see cref="GreenNodeCache"/>).
/// </summary>
internal abstract class GreenNode
{
    private readonly SyntaxDiagnosticInfo[]? _diagnostics;

    protected GreenNode(SyntaxKind kind, SyntaxDiagnosticInfo[]? diagnostics)
    {
        Kind = kind;
        _diagnostics = diagnostics;
        if (diagnostics is { Length: > 0 })
            Flags |= GreenNodeFlags.ContainsDiagnostics;
    }

    public SyntaxKind Kind { get; }

    public int FullWidth { get; protected set; }

    public GreenNodeFlags Flags { get; protected set; }

    public bool ContainsDiagnostics => (Flags & GreenNodeFlags.ContainsDiagnostics) != 0;

    public bool IsMissing => (Flags & GreenNodeFlags.IsMissing) != 0;

    public virtual bool IsToken => false;

    public virtual bool IsTrivia => false;

    public bool IsList => Kind == SyntaxKind.List;

    public abstract int SlotCount { get; }

    public abstract GreenNode? GetSlot(int index);

    /// <summary>Diagnostics attached to this node itself (offsets relative to its full start).</summary>
    public SyntaxDiagnosticInfo[] GetDiagnostics() => _diagnostics ?? [];

    /// <summary>A copy of this node carrying these diagnostics instead of its own.</summary>
    public abstract GreenNode WithDiagnostics(SyntaxDiagnosticInfo[]? diagnostics);

    public abstract SyntaxNode CreateRed(SyntaxNode? parent, int position);

    /// <summary>Folds a child's width and flags into this node; called by constructors for each slot.</summary>
    protected void AdjustFlagsAndWidth(GreenNode? child)
    {
        if (child is null) return;
        FullWidth += child.FullWidth;
        Flags |= child.Flags & GreenNodeFlags.InheritedMask;
    }

    protected void SetMissing() => Flags |= GreenNodeFlags.IsMissing;

    public virtual GreenToken? GetFirstToken()
    {
        for (var i = 0; i < SlotCount; i++)
        {
            var token = GetSlot(i)?.GetFirstToken();
            if (token is not null) return token;
        }
        return null;
    }

    public virtual GreenToken? GetLastToken()
    {
        for (var i = SlotCount - 1; i >= 0; i--)
        {
            var token = GetSlot(i)?.GetLastToken();
            if (token is not null) return token;
        }
        return null;
    }

    public virtual int GetLeadingTriviaWidth() => GetFirstToken()?.GetLeadingTriviaWidth() ?? 0;

    public virtual int GetTrailingTriviaWidth() => GetLastToken()?.GetTrailingTriviaWidth() ?? 0;

    /// <summary>Offset of slot <paramref name="index"/> from this node's full start.</summary>
    public virtual int GetSlotOffset(int index)
    {
        var offset = 0;
        for (var i = 0; i < index; i++)
            offset += GetSlot(i)?.FullWidth ?? 0;
        return offset;
    }

    /// <summary>The number of green nodes in this subtree, this node, tokens and lists included (trivia excluded).</summary>
    public int CountNodes()
    {
        var count = 0;
        var stack = new Stack<GreenNode>();
        stack.Push(this);
        while (stack.Count > 0)
        {
            var node = stack.Pop();
            count++;
            for (var i = 0; i < node.SlotCount; i++)
                if (node.GetSlot(i) is { } child) stack.Push(child);
        }
        return count;
    }

    /// <summary>Appends the text of this node. Iterative, so that very deep trees cannot overflow the stack.</summary>
    public void WriteTo(StringBuilder builder, bool leading = true, bool trailing = true)
    {
        var first = leading ? null : GetFirstToken();
        var last = trailing ? null : GetLastToken();
        var stack = new Stack<GreenNode>();
        stack.Push(this);
        while (stack.Count > 0)
        {
            var node = stack.Pop();
            if (node is GreenToken token)
            {
                token.WriteTokenTo(builder, !ReferenceEquals(token, first), !ReferenceEquals(token, last));
                continue;
            }
            if (node is GreenTrivia trivia)
            {
                builder.Append(trivia.Text);
                continue;
            }
            for (var i = node.SlotCount - 1; i >= 0; i--)
            {
                var child = node.GetSlot(i);
                if (child is not null) stack.Push(child);
            }
        }
    }

    public string ToFullString()
    {
        var builder = new StringBuilder(FullWidth);
        WriteTo(builder);
        return builder.ToString();
    }

    public override string ToString()
    {
        var builder = new StringBuilder(FullWidth);
        WriteTo(builder, leading: false, trailing: false);
        return builder.ToString();
    }

    /// <summary>Structural equality: same kinds, same text, same trivia, same diagnostics count.</summary>
    public bool IsEquivalentTo(GreenNode? other)
    {
        if (ReferenceEquals(this, other)) return true;
        if (other is null || other.Kind != Kind || other.FullWidth != FullWidth || other.SlotCount != SlotCount)
            return false;
        if (this is GreenToken token)
            return other is GreenToken otherToken && token.Text == otherToken.Text
                && AreEquivalent(token.LeadingTrivia, otherToken.LeadingTrivia)
                && AreEquivalent(token.TrailingTrivia, otherToken.TrailingTrivia)
                && token.GetDiagnostics().Length == otherToken.GetDiagnostics().Length;
        if (this is GreenTrivia trivia)
            return other is GreenTrivia otherTrivia && trivia.Text == otherTrivia.Text;
        if (GetDiagnostics().Length != other.GetDiagnostics().Length) return false;
        for (var i = 0; i < SlotCount; i++)
            if (!AreEquivalent(GetSlot(i), other.GetSlot(i)))
                return false;
        return true;
    }

    private static bool AreEquivalent(GreenNode? a, GreenNode? b) => a is null ? b is null : a.IsEquivalentTo(b);
}
