using System.Globalization;
using System.Text.RegularExpressions;
using PythonAot.Compiler.Semantics.Binding;
using PythonAot.Compiler.Syntax;
using PythonAot.Compiler.Syntax.Tests.Infrastructure;

namespace PythonAot.Compiler.Semantics.Tests.Binding;

/// <summary>Every PA1xxx section of docs/diagnostics.md shows the output the binder really gives for its example.</summary>
[TestFixture]
public partial class BindingDocumentationTests
{
    [GeneratedRegex(@"^## (PA1\d{3}) — .*?```python\n(.*?)```\n\n```\n(.*?)\n```", RegexOptions.Singleline | RegexOptions.Multiline)]
    private static partial Regex Section();

    /// <summary>The example's first diagnostic, in msbuild format, is the documented line.</summary>
    [Test]
    public void ExamplesProduceDocumentedOutput()
    {
        var text = File.ReadAllText(Path.Combine(StdlibCorpus.RepositoryRoot, "docs", "diagnostics.md")).Replace("\r\n", "\n", StringComparison.Ordinal);
        var sections = Section().Matches(text);
        Assert.That(sections.Select(s => s.Groups[1].Value), Is.EqualTo(Enumerable.Range(1, 22).Select(i => $"PA{1000 + i}")));
        Assert.Multiple(() =>
        {
            foreach (Match section in sections)
            {
                var scopes = ScopeTree.Build(SyntaxTree.ParseText(section.Groups[2].Value, path: "example.py"));
                var diagnostic = scopes.Diagnostics.FirstOrDefault();
                Assert.That(diagnostic, Is.Not.Null, section.Groups[1].Value);
                if (diagnostic is null) continue;
                var span = diagnostic.Location.GetLineSpan();
                var line = $"{span.Path}({span.StartLinePosition.Line + 1},{span.StartLinePosition.Character + 1}): error {diagnostic.Id}: {diagnostic.GetMessage(CultureInfo.InvariantCulture)}";
                Assert.That(line, Is.EqualTo(section.Groups[3].Value), section.Groups[1].Value);
            }
        });
    }
}
