using PythonAot.Compiler.Syntax.Tests.Infrastructure;

namespace PythonAot.Compiler.Syntax.Tests.Incremental;

/// <summary>
/// <see cref="SyntaxTree.WithChangedText(string)"/> must give exactly the tree a fresh parse gives, while
/// reusing the green nodes the edit did not touch.
/// </summary>
[TestFixture]
public class IncrementalReparseTests
{
    private const int EditCount = 200;

    private static readonly string[] Insertions =
    [
        "x", " ", "\n", "(", ")", "[", "]", ":", "#", "'", "\"", "\"\"\"", "\\\n", "    ", "\t", "pass\n",
        "if x:\n    y = 1\n", "def f():\n", "    return 1\n", "else:\n", "@d\n", "lambda: 0", "\r\n", "é", "f'{x}'",
    ];

    [Test]
    public void RandomEditsOfStdlibFiles_EqualAFreshParse()
    {
        var random = new Random(20261121);
        var files = StdlibCorpus.Files.Where(f => new FileInfo(f).Length is > 2_000 and < 60_000).ToList();
        var failures = new List<string>();
        long reused = 0, total = 0;
        for (var edit = 0; edit < EditCount; edit++)
        {
            var path = files[random.Next(files.Count)];
            var oldTree = SyntaxTree.ParseFile(path);
            var oldText = oldTree.GetTextString();
            var newText = RandomEdit(random, oldText, out var description);
            var incremental = oldTree.WithChangedText(newText, out var statistics);
            var fresh = SyntaxTree.ParseText(newText);
            reused += statistics.ReusedNodes;
            total += statistics.TotalNodes;
            var what = $"edit {edit} of {path}: {description}";
            if (incremental.GetRoot().ToFullString() != newText)
                failures.Add($"{what}: text differs");
            else if (!incremental.GetRoot().IsEquivalentTo(fresh.GetRoot()))
                failures.Add($"{what}: tree differs from a fresh parse");
            else if (!SameDiagnostics(incremental, fresh))
                failures.Add($"{what}: diagnostics differ from a fresh parse");
        }
        TestContext.Out.WriteLine($"reused {reused:N0} of {total:N0} green nodes ({100.0 * reused / Math.Max(1, total):F1}%) over {EditCount} edits");
        foreach (var failure in failures) TestContext.Out.WriteLine(failure);
        Assert.That(failures, Is.Empty);
        Assert.That(reused, Is.GreaterThan(total / 2), "most of an edited file is taken over");
    }

    [Test]
    public void EditInsideOneFunction_ReusesTheOthers()
    {
        const string text = "def a():\n    return 1\n\ndef b():\n    return 2\n\ndef c():\n    return 3\n";
        var tree = SyntaxTree.ParseText(text);
        var edited = tree.WithChangedText(text.Replace("return 2", "return 22"), out var statistics);
        var root = edited.GetRoot();
        Assert.That(root.Statements[0].Green, Is.SameAs(tree.GetRoot().Statements[0].Green));
        Assert.That(root.Statements[2].Green, Is.SameAs(tree.GetRoot().Statements[2].Green));
        Assert.That(root.Statements[1].Green, Is.Not.SameAs(tree.GetRoot().Statements[1].Green));
        Assert.That(statistics.ReusedNodes, Is.GreaterThan(0));
    }

    [Test]
    public void IndentingTheLineAfterABlock_MovesItIntoTheBlock()
    {
        const string text = "if a:\n    b = 1\n# note\nc = 2\n";
        var tree = SyntaxTree.ParseText(text);
        var newText = text.Replace("c = 2", "    c = 2");
        var edited = tree.WithChangedText(newText);
        Assert.That(edited.GetRoot().IsEquivalentTo(SyntaxTree.ParseText(newText).GetRoot()), Is.True);
        Assert.That(edited.GetRoot().Statements.Count, Is.EqualTo(1));
    }

    private static bool SameDiagnostics(SyntaxTree a, SyntaxTree b) =>
        a.GetDiagnostics().Select(d => (d.Id, d.Location.SourceSpan, d.GetMessage()))
            .SequenceEqual(b.GetDiagnostics().Select(d => (d.Id, d.Location.SourceSpan, d.GetMessage())));

    private static string RandomEdit(Random random, string text, out string description)
    {
        var position = random.Next(text.Length + 1);
        switch (random.Next(3))
        {
            case 0:
                var insertion = Insertions[random.Next(Insertions.Length)];
                description = $"insert {Escape(insertion)} at {position}";
                return text.Insert(position, insertion);
            case 1:
                var length = Math.Min(random.Next(1, 40), text.Length - position);
                description = $"delete {length} at {position}";
                return text.Remove(position, length);
            default:
                var replaced = Math.Min(random.Next(1, 10), text.Length - position);
                var replacement = Insertions[random.Next(Insertions.Length)];
                description = $"replace {replaced} at {position} with {Escape(replacement)}";
                return text.Remove(position, replaced).Insert(position, replacement);
        }
    }

    private static string Escape(string text) => text.Replace("\\", "\\\\").Replace("\n", "\\n").Replace("\r", "\\r").Replace("\t", "\\t");
}
