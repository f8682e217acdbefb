using System.Reflection;
using System.Text.RegularExpressions;
using Microsoft.CodeAnalysis;
using PythonAot.Compiler.Semantics.Diagnostics;
using PythonAot.Compiler.Syntax.Tests.Infrastructure;

using PythonAot.Compiler.Semantics.Tests.Infrastructure;

namespace PythonAot.Compiler.Semantics.Tests.Untranslatable;

/// <summary>Every PA3xxx descriptor has a section in docs/diagnostics.md, and the section's example really gives its output.</summary>
public sealed partial class UntranslatableDocumentationTests
{
    private static IEnumerable<DiagnosticDescriptor> Descriptors() => DiagnosticDocs.Descriptors(typeof(UntranslatableDiagnosticDescriptors));

    private static IEnumerable<TestCaseData> DescriptorCases() => DiagnosticDocs.Cases(typeof(UntranslatableDiagnosticDescriptors));

    [Test]
    public void Descriptors_HaveDenseOrderedUniqueIds()
    {
        var ids = Descriptors().Select(d => d.Id).ToArray();
        Assert.That(ids, Is.EqualTo(DiagnosticDocs.DenseIds(3000, ids.Length)));
    }

    [TestCaseSource(nameof(DescriptorCases))]
    public void Descriptor_HasADocsSectionWithExampleOutputAndFix(DiagnosticDescriptor descriptor)
    {
        var section = DiagnosticDocs.GetSection(descriptor.Id);
        Assert.That(section, Is.Not.Null, $"docs/diagnostics.md has no '## {descriptor.Id} — ' section");
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

        var actual = UntranslatableVerifier.Check(match.Groups["code"].Value).Select(DiagnosticDocs.FormatMSBuild).ToArray();
        var documented = match.Groups["output"].Value.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.That(actual, Is.EqualTo(documented));
        Assert.That(documented, Has.Some.Contains($"error {descriptor.Id}:"));
    }

}
