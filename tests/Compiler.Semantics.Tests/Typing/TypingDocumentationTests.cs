using System.Reflection;
using System.Text.RegularExpressions;
using Microsoft.CodeAnalysis;
using PythonAot.Compiler.Semantics.Diagnostics;
using PythonAot.Compiler.Syntax.Tests.Infrastructure;
using SyntaxTree = PythonAot.Compiler.Syntax.SyntaxTree;

using PythonAot.Compiler.Semantics.Tests.Infrastructure;

namespace PythonAot.Compiler.Semantics.Tests.Typing;

/// <summary>
/// Every PA2xxx descriptor has a section in docs/diagnostics.md, and the section's example, compiled whole
/// (syntax, binding, typing and untranslatable checks), gives exactly the documented errors.
/// </summary>
public sealed partial class TypingDocumentationTests
{
    private static IEnumerable<DiagnosticDescriptor> Descriptors() => DiagnosticDocs.Descriptors(typeof(TypingDiagnosticDescriptors));

    private static IEnumerable<TestCaseData> DescriptorCases() => DiagnosticDocs.Cases(typeof(TypingDiagnosticDescriptors));

    [Test]
    public void Descriptors_HaveDenseOrderedUniqueIds()
    {
        var ids = Descriptors().Select(d => d.Id).ToArray();
        Assert.That(ids, Is.Unique);
        Assert.That(ids, Has.All.Matches(@"^PA2\d{3}$"));
        Assert.That(ids, Is.EqualTo(DiagnosticDocs.DenseIds(2000, ids.Length)));
    }

    [Test]
    public void Descriptors_AreErrorsOfTheTypingCategory() =>
        Assert.That(Descriptors(), Has.All.Matches<DiagnosticDescriptor>(d => d.DefaultSeverity == DiagnosticSeverity.Error && d.Category == "Typing"));

    [Test]
    public void Docs_HaveNoTypingSectionWithoutADescriptor()
    {
        var ids = Descriptors().Select(d => d.Id).ToHashSet();
        var documented = SectionHeading().Matches(DiagnosticDocs.Text).Select(m => m.Groups["id"].Value).ToArray();
        Assert.That(documented, Is.EquivalentTo(ids));
    }

    [TestCaseSource(nameof(DescriptorCases))]
    public void Descriptor_HasADocsSectionWithExampleOutputAndFix(DiagnosticDescriptor descriptor)
    {
        var section = DiagnosticDocs.GetSection(descriptor.Id);
        Assert.That(section, Is.Not.Null, $"docs/diagnostics.md has no '## {descriptor.Id} — ' section");
        Assert.That(section, Does.StartWith($"## {descriptor.Id} — {descriptor.Title}\n"), "the heading is the descriptor's title");
        Assert.That(section, Does.Contain("Message: `"));
        Assert.That(section, Does.Contain("```python\n"));
        Assert.That(section, Does.Contain("**Fix:**"));
        Assert.That(descriptor.HelpLinkUri, Is.EqualTo("docs/diagnostics.md#" + descriptor.Id.ToLowerInvariant()));
    }

    [TestCaseSource(nameof(DescriptorCases))]
    public void Descriptor_DocsExampleGivesTheDocumentedOutput(DiagnosticDescriptor descriptor)
    {
        var section = DiagnosticDocs.GetSection(descriptor.Id);
        Assume.That(section, Is.Not.Null);
        var match = DiagnosticDocs.ExampleRegex().Match(section!);
        Assert.That(match.Success, "the section needs a ```python block followed by a ``` output block");

        var compilation = PythonCompilation.Create(SplitFiles(match.Groups["code"].Value).Select(f => SyntaxTree.ParseText(f.Source, path: f.Path)));
        var actual = compilation.GetDiagnostics()
            .Where(d => d.Severity == DiagnosticSeverity.Error)
            .Select(DiagnosticDocs.FormatMSBuild)
            .ToArray();
        var documented = match.Groups["output"].Value.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.That(documented, Has.Length.EqualTo(1), "one documented output line");
        Assert.That(documented[0], Does.Contain($": error {descriptor.Id}: "));
        Assert.That(actual, Is.Not.Empty);
        Assert.That(actual[0], Is.EqualTo(documented[0]), "the example's first error is the documented line");
        Assert.That(actual, Is.EqualTo(documented), "the example gives no other error");
    }

    /// <summary>A code block is one file, example.py, unless '# file: NAME' lines start the files.</summary>
    private static IEnumerable<(string Path, string Source)> SplitFiles(string code)
    {
        var lines = code.Split('\n');
        if (!lines.Any(l => l.StartsWith("# file: ", StringComparison.Ordinal)))
        {
            yield return ("example.py", code);
            yield break;
        }
        string? path = null;
        var source = new List<string>();
        foreach (var line in lines)
        {
            if (line.StartsWith("# file: ", StringComparison.Ordinal))
            {
                if (path is not null) yield return (path, string.Join('\n', source).TrimEnd('\n') + "\n");
                path = line["# file: ".Length..].Trim();
                source.Clear();
            }
            else
            {
                source.Add(line);
            }
        }
        if (path is not null) yield return (path, string.Join('\n', source).TrimEnd('\n') + "\n");
    }


    [GeneratedRegex(@"^## (?<id>PA2\d{3}) — ", RegexOptions.Multiline)]
    private static partial Regex SectionHeading();
}
