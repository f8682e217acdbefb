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
        statistics = new IncrementalParseStatistics(index.ReusedNodes, root.CountNodes());
        return root;
    }
}
