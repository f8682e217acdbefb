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

    /// <summary>The ids <paramref name="first"/>+1, +2, ... in order, as dense ids of one family must be (PA2001, PA2002, ...).</summary>
    public static string[] DenseIds(int first, int count) =>
        Enumerable.Range(1, count).Select(i => "PA" + (first + i).ToString(System.Globalization.CultureInfo.InvariantCulture)).ToArray();

    /// <summary>A diagnostic as the docs show it: <c>example.py(3,5): error PA3001: message</c> (MSBuild style, 1-based).</summary>
    public static string FormatMSBuild(Diagnostic diagnostic)
    {
        var span = diagnostic.Location.GetLineSpan();
        var start = span.StartLinePosition;
        return string.Create(System.Globalization.CultureInfo.InvariantCulture,
            $"{span.Path}({start.Line + 1},{start.Character + 1}): error {diagnostic.Id}: {diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture)}");
    }

    /// <summary>A section's example: a ```python block followed by a plain ``` block with the expected output.</summary>
    [GeneratedRegex(@"```python\n(?<code>.*?)```\n\n```\n(?<output>.*?)```", RegexOptions.Singleline)]
    public static partial Regex ExampleRegex();
}
