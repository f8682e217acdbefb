using Microsoft.CodeAnalysis;
using PythonAot.Compiler.Semantics.Tests.Infrastructure;
using PythonAot.Compiler.Syntax;

namespace PythonAot.Compiler.Semantics.Tests.Typing;

/// <summary>Compiles a snippet whose expressions of interest are marked <c>[|...|]</c> and answers their types.</summary>
internal static class TypeTestHarness
{
    public static (PythonCompilation Compilation, SemanticModel Model, IReadOnlyList<ExpressionSyntax> Marked) Compile(string marked, string path = "example.py")
    {
        var (source, spans) = MarkedSource.Parse(marked);
        var compilation = PythonCompilation.FromSource(source, path);
        var tree = compilation.SyntaxTrees[0];
        var model = compilation.GetSemanticModel(tree);
        var expressions = spans.Select(span => tree.GetRoot().DescendantNodes().OfType<ExpressionSyntax>().Where(e => e.Span == span).LastOrDefault()
            ?? throw new InvalidOperationException($"no expression spans {span} ('{source.Substring(span.Start, span.Length)}')")).ToList();
        return (compilation, model, expressions);
    }

    /// <summary>The display names of the marked expressions' types.</summary>
    public static IReadOnlyList<string> TypesOf(string marked, out IReadOnlyList<Diagnostic> errors)
    {
        var (compilation, model, expressions) = Compile(marked);
        errors = compilation.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error).ToList();
        return expressions.Select(e => model.GetTypeInfo(e).Type?.DisplayName ?? "<none>").ToList();
    }

    public static string Format(IEnumerable<Diagnostic> diagnostics) =>
        string.Join("\n", diagnostics.Select(d => $"{d.Id} {d.Location.GetLineSpan().StartLinePosition}: {d.GetMessage(System.Globalization.CultureInfo.InvariantCulture)}"));
}
