using System.Reflection;
using System.Text.RegularExpressions;
using Microsoft.CodeAnalysis;
using PythonAot.Compiler.Syntax.Tests.Infrastructure;

namespace PythonAot.Compiler.Semantics.Tests.Infrastructure;

/// <summary>Reads docs/diagnostics.md for the documentation tests of each diagnostic family.</summary>
public static partial class DiagnosticDocs
{
    private static readonly Lazy<string> s_text = new(() =>
        File.ReadAllText(Path.Combine(StdlibCorpus.RepositoryRoot, "docs", "diagnostics.md")).Replace("\r\n", "\n", StringComparison.Ordinal));

    /// <summary>The whole page, with '\n' line ends.</summary>
    public static string Text => s_text.Value;

    /// <summary>The public static descriptors declared by <paramref name="descriptorClass"/>.</summary>
    public static IReadOnlyList<DiagnosticDescriptor> Descriptors(Type descriptorClass) =>
        descriptorClass.GetFields(BindingFlags.Public | BindingFlags.Static)
            .Where(f => f.FieldType == typeof(DiagnosticDescriptor))
            .Select(f => (DiagnosticDescriptor)f.GetValue(null)!)
            .ToList();

    /// <summary>One test case per descriptor, named by its id.</summary>
    public static IEnumerable<TestCaseData> Cases(Type descriptorClass) =>
        Descriptors(descriptorClass).Select(d => new TestCaseData(d).SetArgDisplayNames(d.Id));

    /// <summary>The section of <paramref name="id"/> (<c>## PA2001 — title</c> to the next heading), or null.</summary>
    public static string? GetSection(string id)
    {
        // The section runs to the next heading; '#' lines inside code blocks are Python comments, not headings.
        var lines = Text.Split('\n');
        var start = Array.FindIndex(lines, l => l.StartsWith($"## {id} — ", StringComparison.Ordinal));
        if (start < 0) return null;
        var end = start + 1;
        for (var inCode = false; end < lines.Length; end++)
        {
            if (lines[end].StartsWith("```", StringComparison.Ordinal)) inCode = !inCode;
            else if (!inCode && lines[end].StartsWith('#')) break;
        }
        return string.Join('\n', lines[start..end]);
    }

    /// <summary>A section's example: a ```python block followed by a plain ``` block with the expected output.</summary>
    [GeneratedRegex(@"```python\n(?<code>.*?)```\n\n```\n(?<output>.*?)```", RegexOptions.Singleline)]
    public static partial Regex ExampleRegex();
}
