using Microsoft.CodeAnalysis;

namespace PythonAot.Compiler.Syntax.Tests.Parsing;

/// <summary>
/// Roslyn-style tree assertions: <c>UsingTree(text)</c> parses and flattens the tree (nodes and tokens, lists
/// flattened, document order); then <c>N(kind)</c> expects the next node or present token, <c>M(kind)</c> a missing
/// token, <c>EOF()</c> the end of file and the end of the sequence. Every parse also checks the round trip and
/// the shape of the separated lists.
/// </summary>
public abstract class ParsingTestBase
{
    private List<SyntaxNodeOrToken> _items = [];
    private int _index;

    protected SyntaxTree Tree { get; private set; } = null!;

    protected SyntaxTree UsingTree(string text, PythonParseOptions? options = null)
    {
        Tree = SyntaxTree.ParseText(text, options);
        var root = Tree.GetRoot();
        Assert.That(root.ToFullString(), Is.EqualTo(text), "round trip");
        Assert.That(Trees.TreeInvariants.CheckSeparatedLists(root), Is.Null, "separated lists");
        _items = [root, .. root.DescendantNodesAndTokens()];
        _index = 0;
        return Tree;
    }

    /// <summary>Parses and asserts there are no diagnostics.</summary>
    protected SyntaxTree UsingValidTree(string text, PythonParseOptions? options = null)
    {
        UsingTree(text, options);
        Assert.That(Tree.GetDiagnostics().Select(Format), Is.Empty, text);
        return Tree;
    }

    protected SyntaxNodeOrToken N(SyntaxKind kind, string? text = null)
    {
        Assert.That(_index, Is.LessThan(_items.Count), $"expected {kind}, but the tree ended");
        var item = _items[_index++];
        Assert.That(item.Kind, Is.EqualTo(kind), $"item {_index - 1}: expected {kind}, got {item.Kind} '{item}'");
        if (item.IsToken) Assert.That(item.IsMissing, Is.False, $"{kind} should be present");
        if (text is not null) Assert.That(item.ToString(), Is.EqualTo(text));
        return item;
    }

    protected void M(SyntaxKind kind)
    {
        Assert.That(_index, Is.LessThan(_items.Count), $"expected missing {kind}, but the tree ended");
        var item = _items[_index++];
        Assert.That(item.Kind, Is.EqualTo(kind), $"item {_index - 1}: expected missing {kind}, got {item.Kind}");
        Assert.That(item.IsMissing, Is.True, $"{kind} should be missing");
    }

    protected void EOF()
    {
        N(SyntaxKind.EndOfFileToken);
        Assert.That(_index, Is.EqualTo(_items.Count), "items after the end of file");
    }

    /// <summary>Diagnostics sorted by position, as "ID line:column message" (1-based).</summary>
    protected static IEnumerable<string> SortedDiagnostics(SyntaxTree tree) =>
        tree.GetDiagnostics().OrderBy(d => d.Location.SourceSpan.Start).Select(Format);

    protected static string Format(Diagnostic d)
    {
        var p = d.Location.GetLineSpan().StartLinePosition;
        return $"{d.Id} {p.Line + 1}:{p.Character + 1} {d.GetMessage()}";
    }
}
