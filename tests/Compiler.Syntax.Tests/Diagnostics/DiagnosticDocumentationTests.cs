using System.Reflection;
using Microsoft.CodeAnalysis;
using PythonAot.Compiler.Syntax.Errors;
using PythonAot.Compiler.Syntax.Tests.Infrastructure;

namespace PythonAot.Compiler.Syntax.Tests.Diagnostics;

/// <summary>Every diagnostic id has a page in docs/diagnostics.md, and ids are unique and well-formed.</summary>
[TestFixture]
public class DiagnosticDocumentationTests
{
    private static IReadOnlyList<DiagnosticDescriptor> Descriptors { get; } =
        typeof(SyntaxDiagnosticDescriptors).GetFields(BindingFlags.Public | BindingFlags.Static)
            .Where(f => f.FieldType == typeof(DiagnosticDescriptor))
            .Select(f => (DiagnosticDescriptor)f.GetValue(null)!)
            .ToList();

    [Test]
    public void IdsAreUniqueSyntaxIds()
    {
        Assert.That(Descriptors, Is.Not.Empty);
        Assert.That(Descriptors.Select(d => d.Id), Is.Unique);
        Assert.That(Descriptors.Select(d => d.Id), Has.All.Match("^PA0[0-9]{3}$"));
    }

    [Test]
    public void FormatsWithoutPlaceholdersHaveNoDoubledBraces()
    {
        // Roslyn formats a message only when it has arguments, so "}}" in an argument-less format is printed as is.
        var doubled = Descriptors
            .Select(d => d.MessageFormat.ToString(System.Globalization.CultureInfo.InvariantCulture))
            .Where(f => !f.Contains("{0}", StringComparison.Ordinal) && (f.Contains("{{", StringComparison.Ordinal) || f.Contains("}}", StringComparison.Ordinal)));
        Assert.That(doubled, Is.Empty);
    }

    [Test]
    public void EveryIdHasADocumentedSectionWithAnExampleAndAFix()
    {
        var docs = File.ReadAllText(Path.Combine(StdlibCorpus.RepositoryRoot, "docs", "diagnostics.md"));
        var missing = new List<string>();
        foreach (var descriptor in Descriptors)
        {
            var heading = $"## {descriptor.Id}";
            var start = docs.IndexOf(heading, StringComparison.Ordinal);
            if (start < 0)
            {
                missing.Add($"{descriptor.Id}: no section");
                continue;
            }
            var end = docs.IndexOf("\n## ", start + heading.Length, StringComparison.Ordinal);
            var section = end < 0 ? docs[start..] : docs[start..end];
            if (!section.Contains("```python", StringComparison.Ordinal)) missing.Add($"{descriptor.Id}: no example");
            if (!section.Contains("Fix", StringComparison.Ordinal)) missing.Add($"{descriptor.Id}: no fix");
        }
        Assert.That(missing, Is.Empty);
    }
}
