namespace PythonAot.Compiler.Syntax.Tests.Ast;

/// <summary>Describes where two AST dumps first differ.</summary>
internal static class DumpDiff
{
    public static string Describe(string source, string actual, string expected)
    {
        var i = 0;
        while (i < actual.Length && i < expected.Length && actual[i] == expected[i]) i++;
        var start = Math.Max(0, i - 160);
        string Window(string s) => s.Length <= start ? "<end>" : s.Substring(start, Math.Min(s.Length - start, i - start + 100));
        var sourcePreview = source.Length > 400 ? source[..400] + "..." : source;
        return $"first difference at dump offset {i}\n  ours:    ...{Window(actual)}\n  cpython: ...{Window(expected)}\n" +
               (source.Length > 0 ? $"source:\n{sourcePreview}" : string.Empty);
    }
}
