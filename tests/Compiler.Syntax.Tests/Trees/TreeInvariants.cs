namespace PythonAot.Compiler.Syntax.Tests.Trees;

/// <summary>Structural checks every tree must pass, whatever its input.</summary>
public static class TreeInvariants
{
    /// <summary>
    /// Null when the tree is consistent; otherwise the first problem: the root must cover the text, every
    /// child's full span must lie inside its parent's and follow its previous sibling without gap or overlap,
    /// and the tokens must be contiguous and cover the text exactly.
    /// </summary>
    public static string? Check(SyntaxTree tree)
    {
        var root = tree.GetRoot();
        var text = tree.GetTextString();
        if (root.FullSpan.Start != 0 || root.FullSpan.End != text.Length)
            return $"root spans {root.FullSpan}, text has {text.Length} chars";
        if (root.ToFullString() != text) return "root text differs from the source text";

        var stack = new Stack<SyntaxNode>();
        stack.Push(root);
        while (stack.Count > 0)
        {
            var node = stack.Pop();
            var expected = node.FullSpan.Start;
            foreach (var child in node.ChildNodesAndTokens())
            {
                var span = child.FullSpan;
                if (span.Start != expected)
                    return $"{child.Kind} at {span} in {node.Kind} {node.FullSpan}: expected to start at {expected}";
                expected = span.End;
                if (child.AsNode() is { } childNode)
                {
                    if (!ReferenceEquals(childNode.Parent, node))
                        return $"{childNode.Kind} at {span} has parent {childNode.Parent?.Kind}, expected {node.Kind}";
                    stack.Push(childNode);
                }
                else if (child.AsToken().Parent != node)
                {
                    return $"token {child.Kind} at {span} has the wrong parent";
                }
            }
            if (expected != node.FullSpan.End)
                return $"children of {node.Kind} {node.FullSpan} end at {expected}";
        }

        var position = 0;
        foreach (var token in root.DescendantTokens())
        {
            if (token.FullSpan.Start != position) return $"token {token.Kind} starts at {token.FullSpan.Start}, expected {position}";
            var triviaPosition = position;
            foreach (var trivia in token.LeadingTrivia)
            {
                if (trivia.Span.Start != triviaPosition) return $"leading trivia of {token.Kind} at {position} is not contiguous";
                triviaPosition = trivia.Span.End;
            }
            if (triviaPosition != token.Span.Start) return $"leading trivia of {token.Kind} ends at {triviaPosition}, token starts at {token.Span.Start}";
            if (text.AsSpan(token.Span.Start, token.Span.Length).SequenceEqual(token.Text) == false)
                return $"token {token.Kind} text '{token.Text}' differs from the source at {token.Span}";
            position = token.FullSpan.End;
        }
        return position == text.Length ? null : $"tokens end at {position}, text has {text.Length} chars";
    }
}
