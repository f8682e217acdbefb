using System.Globalization;
using PythonAot.Compiler.Semantics.Analysis;
using PythonAot.Compiler.Semantics.Tests.Infrastructure;
using PythonAot.Compiler.Syntax;
using Diagnostic = Microsoft.CodeAnalysis.Diagnostic;

namespace PythonAot.Compiler.Semantics.Tests.Untranslatable;

/// <summary>Runs <see cref="UntranslatableConstructChecker"/> with the syntactic classifier and compares against marked spans.</summary>
internal static class UntranslatableVerifier
{
    /// <summary>The modules the tests (and the docs examples) treat as supported.</summary>
    public static readonly HashSet<string> SupportedModules = new(StringComparer.Ordinal)
    {
        "__future__", "typing", "typing_extensions", "dataclasses", "math", "abc", "collections", "os", "os.path",
        "sys", "importlib", "builtins", "enum", "functools",
    };

    /// <summary>Checks a file with the test module set.</summary>
    public static IReadOnlyList<Diagnostic> Check(string source, string path = "example.py")
    {
        var tree = SyntaxTree.ParseText(source, path: path);
        var checker = new UntranslatableConstructChecker(new SyntacticNameClassifier(tree), SupportedModules.Contains);
        return checker.Check(tree);
    }

    /// <summary>
    /// Asserts that the diagnostics of <paramref name="marked"/> are exactly <paramref name="expected"/>, one per
    /// marked span in span order, each with its id and message.
    /// </summary>
    public static void Verify(string marked, params (string Id, string Message)[] expected)
    {
        var (source, spans) = MarkedSource.Parse(marked);
        Assert.That(spans, Has.Count.EqualTo(expected.Length), "the markup needs one span per expected diagnostic");
        var actual = Check(source);
        var actualText = actual.Select(Describe).ToArray();
        var expectedText = expected.Select((e, i) => $"{e.Id} {spans[i]} {source.Substring(spans[i].Start, spans[i].Length)}: {e.Message}").ToArray();
        Assert.That(actualText, Is.EqualTo(expectedText));

        string Describe(Diagnostic d)
        {
            var span = d.Location.SourceSpan;
            return $"{d.Id} {span} {source.Substring(span.Start, span.Length)}: {d.GetMessage(CultureInfo.InvariantCulture)}";
        }
    }

    /// <summary>Asserts that the checker reports nothing for <paramref name="source"/>.</summary>
    public static void VerifyNone(string source) => Verify(source);
}
