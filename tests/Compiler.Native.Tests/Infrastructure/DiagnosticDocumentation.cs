using Microsoft.CodeAnalysis;

namespace PythonAot.Compiler.Native.Tests.Infrastructure;

/// <summary>The rule every backend diagnostic follows: a section in docs/diagnostics.md with an example, its output line and a fix.</summary>
internal static class DiagnosticDocumentation
{
    /// <summary>The descriptors declared as static fields of <paramref name="descriptorClass"/>.</summary>
    public static IReadOnlyList<DiagnosticDescriptor> Descriptors(Type descriptorClass) =>
        descriptorClass.GetFields().Select(f => f.GetValue(null)).OfType<DiagnosticDescriptor>().ToList();

    /// <summary>Asserts that each descriptor of <paramref name="descriptorClass"/> has its id in <paramref name="idPattern"/> and a complete section.</summary>
    public static void AssertEveryDescriptorHasASection(Type descriptorClass, string idPattern)
    {
        var docs = File.ReadAllText(Path.Combine(RepositoryPaths.Root, "docs", "diagnostics.md")).Replace("\r\n", "\n", StringComparison.Ordinal);
        var descriptors = Descriptors(descriptorClass);
        Assert.That(descriptors, Is.Not.Empty);
        foreach (var descriptor in descriptors)
        {
            Assert.That(descriptor.Id, Does.Match(idPattern));
            var start = docs.IndexOf($"\n## {descriptor.Id} — ", StringComparison.Ordinal);
            Assert.That(start, Is.GreaterThanOrEqualTo(0), $"docs/diagnostics.md has no '## {descriptor.Id} — ' section");
            var end = docs.IndexOf("\n## ", start + 1, StringComparison.Ordinal);
            var section = end < 0 ? docs[start..] : docs[start..end];
            Assert.That(section, Does.Contain($"error {descriptor.Id}: "), descriptor.Id + ": no example output line");
            Assert.That(section, Does.Contain("**Fix:**"), descriptor.Id);
        }
    }
}
