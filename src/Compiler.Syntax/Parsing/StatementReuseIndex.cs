namespace PythonAot.Compiler.Syntax.InternalSyntax;

/// <summary>
/// The statements of an old tree that an incremental reparse may take over unchanged. A statement is
/// reusable at a position of the new text when
/// <list type="bullet">
/// <item>it starts at the old position that maps to it (before the edit: the same; after it: shifted by the
/// length change),</item>
/// <item>neither the statement nor its lookahead — everything up to the end of the first non-empty token after
/// it, whose indentation decided where the statement's blocks end — touches the edited range,</item>
/// <item>it carries no diagnostics (an error may depend on context outside the statement).</item>
/// </list>
/// The parser asks only at statement starts at bracket depth 0, where the lexer state is fully described by
/// the position and the indentation stack; a statement's own blocks open and close inside it, so the stack
/// after it is the stack before it, and the lexer can resume right after it.
/// </summary>
internal sealed class StatementReuseIndex
{
    private readonly Dictionary<int, List<(StatementSyntax Node, int LookaheadEnd)>> _byStart = [];
    private readonly int _changeStart;
    private readonly int _oldChangeEnd;
    private readonly int _delta;

    private StatementReuseIndex(int changeStart, int oldChangeEnd, int delta)
    {
        _changeStart = changeStart;
        _oldChangeEnd = oldChangeEnd;
        _delta = delta;
    }

    /// <summary>Green nodes taken over so far, counting every node inside each reused statement.</summary>
    public int ReusedNodes { get; private set; }

    /// <summary>Indexes the old tree for an edit from <paramref name="oldText"/> to <paramref name="newText"/>.</summary>
    public static StatementReuseIndex Create(GreenNode oldRoot, string oldText, string newText)
    {
        // The edit as one changed range: the longest common prefix and suffix are unchanged.
        var prefix = 0;
        var max = Math.Min(oldText.Length, newText.Length);
        while (prefix < max && oldText[prefix] == newText[prefix]) prefix++;
        var suffix = 0;
        while (suffix < max - prefix && oldText[oldText.Length - 1 - suffix] == newText[newText.Length - 1 - suffix]) suffix++;
        var index = new StatementReuseIndex(prefix, oldText.Length - suffix, newText.Length - oldText.Length);
        index.Collect(oldRoot);
        return index;
    }

    /// <summary>The largest reusable statement starting at <paramref name="newPosition"/>, or null.</summary>
    public StatementSyntax? TryGet(int newPosition)
    {
        int oldPosition;
        if (newPosition < _changeStart) oldPosition = newPosition;
        else if (newPosition - _delta >= _oldChangeEnd) oldPosition = newPosition - _delta;
        else return null;
        if (!_byStart.TryGetValue(oldPosition, out var candidates)) return null;
        foreach (var (node, lookaheadEnd) in candidates)
        {
            // Reusable when the statement and its lookahead lie wholly before or wholly after the edit. The
            // boundary counts as touching: an insertion right at the end may join the statement's last token.
            var before = lookaheadEnd < _changeStart;
            var after = oldPosition > _oldChangeEnd;
            if ((before || after) && !node.ContainsDiagnostics)
            {
                ReusedNodes += node.CountNodes();
                return node;
            }
        }
        return null;
    }

    /// <summary>Walks the old tree once, recording each statement with the end of its lookahead.</summary>
    private void Collect(GreenNode root)
    {
        // Token boundaries in document order, to find the first non-empty token after each statement.
        var tokenEnds = new List<(int Start, int End)>();
        var statements = new List<(StatementSyntax Node, int Start)>();
        var stack = new Stack<(GreenNode Node, int Position)>();
        stack.Push((root, 0));
        while (stack.Count > 0)
        {
            var (node, position) = stack.Pop();
            if (node is GreenToken token)
            {
                if (token.FullWidth > 0) tokenEnds.Add((position, position + token.FullWidth));
                continue;
            }
            if (node is StatementSyntax statement) statements.Add((statement, position));
            var offset = position;
            var children = new List<(GreenNode, int)>(node.SlotCount);
            for (var i = 0; i < node.SlotCount; i++)
            {
                var child = node.GetSlot(i);
                if (child is null) continue;
                children.Add((child, offset));
                offset += child.FullWidth;
            }
            for (var i = children.Count - 1; i >= 0; i--) stack.Push(children[i]);
        }
        tokenEnds.Sort((a, b) => a.Start.CompareTo(b.Start));
        var starts = tokenEnds.Select(t => t.Start).ToArray();
        foreach (var (node, start) in statements)
        {
            var end = start + node.FullWidth;
            var next = Array.BinarySearch(starts, end);
            if (next < 0) next = ~next;
            var lookaheadEnd = next < tokenEnds.Count ? tokenEnds[next].End : end;
            if (!_byStart.TryGetValue(start, out var list)) _byStart[start] = list = [];
            list.Add((node, lookaheadEnd));
        }
        // Outermost first: a compound statement is preferred to the first statement of its body.
        foreach (var list in _byStart.Values)
            list.Sort((a, b) => b.Node.FullWidth.CompareTo(a.Node.FullWidth));
    }
}
