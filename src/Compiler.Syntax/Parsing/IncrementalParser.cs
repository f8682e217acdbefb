namespace PythonAot.Compiler.Syntax.InternalSyntax;

/// <summary>
/// Reparses an edited text, taking over the statements of the old tree that the edit cannot have changed
/// (see <see cref="StatementReuseIndex"/> for the rule). The result equals a fresh parse of the new text.
/// </summary>
internal static class IncrementalParser
{
    public static ModuleSyntax Parse(SyntaxTree oldTree, string newText, out IncrementalParseStatistics statistics)
    {
        var index = StatementReuseIndex.Create(oldTree.Green, oldTree.GetTextString(), newText);
        var parser = new Parser(new Lexer(newText, oldTree.Options), oldTree.Options, default)
        {
            ReuseCandidate = index.TryGet,
        };
        var root = parser.ParseModule();
        statistics = new IncrementalParseStatistics(index.ReusedNodes, CountNodes(root));
        return root;
    }

    private static int CountNodes(GreenNode root)
    {
        var count = 0;
        var stack = new Stack<GreenNode>();
        stack.Push(root);
        while (stack.Count > 0)
        {
            var node = stack.Pop();
            count++;
            for (var i = 0; i < node.SlotCount; i++)
                if (node.GetSlot(i) is { } child) stack.Push(child);
        }
        return count;
    }
}
