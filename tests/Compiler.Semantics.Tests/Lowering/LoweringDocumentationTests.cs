using Microsoft.CodeAnalysis;
using PythonAot.Compiler.Semantics.Diagnostics;
using PythonAot.Compiler.Semantics.Tests.Infrastructure;

namespace PythonAot.Compiler.Semantics.Tests.Lowering;

/// <summary>Every PA4xxx descriptor of the lowering has a section in docs/diagnostics.md with an example and a fix.</summary>
public sealed class LoweringDocumentationTests
{
    private static IEnumerable<TestCaseData> DescriptorCases() => DiagnosticDocs.Cases(typeof(LoweringDiagnosticDescriptors));

    [Test]
    public void IdsArePA4Ids() =>
        Assert.That(DiagnosticDocs.Descriptors(typeof(LoweringDiagnosticDescriptors)).Select(d => d.Id), Is.Not.Empty.And.Unique.And.All.Matches(@"^PA4\d{3}$"));

    [TestCaseSource(nameof(DescriptorCases))]
    public void HasASectionWithAnExampleAndAFix(DiagnosticDescriptor descriptor)
    {
        var section = DiagnosticDocs.GetSection(descriptor.Id);
        Assert.That(section, Is.Not.Null, $"docs/diagnostics.md has no '## {descriptor.Id} — ' section");
        Assert.That(DiagnosticDocs.ExampleRegex().IsMatch(section!), $"{descriptor.Id}: no python example followed by its output");
        Assert.That(section, Does.Contain("**Fix:**"));
    }
}
