using Microsoft.CodeAnalysis;
using PythonAot.Compiler.Syntax;
using SyntaxTree = PythonAot.Compiler.Syntax.SyntaxTree;

namespace PythonAot.Cli;

/// <summary>
/// A diagnostic with everything the formatters print, taken from its tree when it was reported so the tree
/// itself need not be kept. Lines and columns are 1-based; columns count UTF-16 code units (SARIF's default
/// column kind); the end is exclusive.
/// </summary>
internal sealed record ReportedDiagnostic(
    string Path,
    Diagnostic Diagnostic,
    int Line,
    int Column,
    int EndLine,
    int EndColumn,
    string SourceLine)
{
    /// <summary>The diagnostic's id (<c>PA0100</c>).</summary>
    public string Id => Diagnostic.Id;

    /// <summary>The message, formatted with the invariant culture.</summary>
    public string Message => Diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture);

    /// <summary><c>error</c>, <c>warning</c> or <c>info</c>.</summary>
    public string SeverityText => Diagnostic.Severity switch
    {
        DiagnosticSeverity.Error => "error",
        DiagnosticSeverity.Warning => "warning",
        _ => "info",
    };

    /// <summary>Whether the diagnostic is an error (the ones that make the exit code 1).</summary>
    public bool IsError => Diagnostic.Severity == DiagnosticSeverity.Error;

    /// <summary>Every diagnostic of a tree, in document order.</summary>
    public static List<ReportedDiagnostic> FromTree(string path, SyntaxTree tree)
    {
        var result = new List<ReportedDiagnostic>();
        foreach (var diagnostic in tree.GetDiagnostics()) result.Add(Create(path, tree, diagnostic));
        return result;
    }

    /// <summary>One diagnostic of a tree.</summary>
    public static ReportedDiagnostic Create(string path, SyntaxTree tree, Diagnostic diagnostic)
    {
        var span = diagnostic.Location.GetLineSpan().Span;
        var lines = tree.Lines;
        var line = Math.Clamp(span.Start.Line, 0, lines.LineCount - 1);
        var start = lines.GetLineStart(line);
        var sourceLine = lines.Text.Substring(start, lines.GetLineEnd(line) - start);
        return new ReportedDiagnostic(path, diagnostic, span.Start.Line + 1, span.Start.Character + 1,
            span.End.Line + 1, span.End.Character + 1, sourceLine);
    }
}
