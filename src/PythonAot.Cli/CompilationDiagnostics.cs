using Microsoft.CodeAnalysis;
using SyntaxTree = PythonAot.Compiler.Syntax.SyntaxTree;

namespace PythonAot.Cli;

/// <summary>Turns a compilation's diagnostics (which carry file paths) back into reported diagnostics of their trees.</summary>
internal static class CompilationDiagnostics
{
    /// <summary>
    /// Every diagnostic in <paramref name="diagnostics"/>, attributed to the tree of its path among
    /// <paramref name="trees"/> (display path → tree); one without a matching tree is attributed to the first.
    /// </summary>
    public static List<ReportedDiagnostic> Report(IEnumerable<Diagnostic> diagnostics, IReadOnlyList<(string Path, SyntaxTree Tree)> trees)
    {
        var result = new List<ReportedDiagnostic>();
        foreach (var diagnostic in diagnostics)
        {
            var path = diagnostic.Location.GetLineSpan().Path;
            var (display, tree) = trees.FirstOrDefault(t => t.Tree.FilePath == path);
            if (tree is null) (display, tree) = trees[0];
            result.Add(ReportedDiagnostic.Create(display, tree, diagnostic));
        }
        return result;
    }
}
