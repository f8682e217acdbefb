using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using PythonAot.Compiler.Semantics;
using PythonAot.Compiler.Semantics.IR;
using PythonAot.Compiler.Semantics.Lowering;
using PythonAot.Compiler.Semantics.Passes;
using PythonAot.Compiler.Syntax;

namespace PythonAot.Cli;

/// <summary>
/// <c>pyaot demo</c>: a guided tour of what works today, on the talk's scenario (a typed helper that prefixes
/// embedding prompts): parse, the tree, the round trip, the CPython-AST view, a diagnostic, the types the semantic
/// model gives, the typed IR after the pass pipeline, and what comes next.
/// </summary>
internal static class DemoCommand
{
    /// <summary>The sample module.</summary>
    public const string Source =
        "PREFIXES: dict[str, str] = {\"search_query\": \"search_query: \", \"search_document\": \"search_document: \"}\n" +
        "\n" +
        "\n" +
        "def embed_prompts(texts: list[str], task: str) -> list[str]:\n" +
        "    return [PREFIXES[task] + t for t in texts]\n";

    /// <summary>The sample with the function header's ':' missing.</summary>
    public static string BrokenSource { get; } = Source.Replace("-> list[str]:", "-> list[str]", StringComparison.Ordinal);

    public static Command Create(CliContext context)
    {
        var command = new Command("demo", "A tour on a built-in example: parse, tree, round trip, CPython AST, diagnostics, types, typed IR, then a native shared library and executable built and called.");
        command.SetAction(_ =>
        {
            Run(context.Out);
            return Program.ExitSuccess;
        });
        return command;
    }

    private static void Run(TextWriter o)
    {
        var invariant = CultureInfo.InvariantCulture;
        o.WriteLine("PythonAot demo: syntax, types, typed IR, and native code through the C++ backend");
        o.WriteLine();
        o.WriteLine("The scenario: a typed helper an inference service calls to prefix embedding prompts.");
        o.WriteLine("The source (embed.py):");
        o.WriteLine();
        WriteNumbered(o, Source);
        o.WriteLine();

        // Step 1: parse.
        o.WriteLine("Step 1: parse. SyntaxTree.ParseText lexes and parses in one call; it never throws, any text gives a tree.");
        var clock = Stopwatch.StartNew();
        var tree = SyntaxTree.ParseText(Source, path: "embed.py");
        clock.Stop();
        var cold = clock.Elapsed.TotalMilliseconds;
        const int warmRuns = 50;
        clock.Restart();
        for (var i = 0; i < warmRuns; i++) SyntaxTree.ParseText(Source, path: "embed.py");
        clock.Stop();
        var warm = clock.Elapsed.TotalMilliseconds / warmRuns;
        var root = tree.GetRoot();
        var tokens = root.DescendantTokens().Count();
        var nodes = root.DescendantNodesAndSelf().Count();
        var diagnostics = tree.GetDiagnostics().ToList();
        o.WriteLine(string.Create(invariant,
            $"  {Source.Length} chars -> {tokens} tokens, {nodes} nodes, {diagnostics.Count} diagnostics"));
        o.WriteLine(string.Create(invariant,
            $"  time: {cold:0.000} ms for the first parse (includes JIT compilation), {warm:0.0000} ms per parse after that"));
        o.WriteLine();

        // Step 2: the tree.
        o.WriteLine("Step 2: the tree. Each node with its kind, its span [start..end) and, when short, its text.");
        o.WriteLine("  Tokens (INDENT, DEDENT and NEWLINE included) sit under the nodes; `pyaot tokens FILE` lists them.");
        WriteOutline(o, root, 1);
        o.WriteLine();

        // Step 3: round trip.
        var text = root.ToFullString();
        var same = string.Equals(text, Source, StringComparison.Ordinal);
        o.WriteLine("Step 3: round trip. root.ToFullString() gives back the source byte for byte (trivia included):");
        o.WriteLine(same
            ? string.Create(invariant, $"  ToFullString() == source: True ({text.Length} of {Source.Length} chars)")
            : string.Create(invariant, $"  ToFullString() == source: False ({text.Length} chars vs {Source.Length})"));
        o.WriteLine();

        // Step 4: the CPython-AST view.
        o.WriteLine("Step 4: the CPython-AST view. CPythonAst.Dump(tree) equals CPython's");
        o.WriteLine("  ast.dump(ast.parse(src), include_attributes=True); here is the function, shown like");
        o.WriteLine("  ast.dump(node, indent=2) without positions (`pyaot ast FILE` prints the exact one-line form):");
        var dump = CPythonAst.Dump(tree);
        var function = AstDumpPrinter.Format(dump, "FunctionDef") ?? AstDumpPrinter.Format(dump);
        foreach (var line in function.Split('\n')) o.WriteLine("  " + line);
        o.WriteLine();

        // Step 5: a diagnostic.
        o.WriteLine("Step 5: a diagnostic. The same module with the ':' after the return annotation removed,");
        o.WriteLine("  reported MSBuild-style (what `pyaot check --format msbuild` prints):");
        var broken = SyntaxTree.ParseText(BrokenSource, path: "embed_broken.py");
        var reported = ReportedDiagnostic.FromTree("embed_broken.py", broken);
        foreach (var diagnostic in reported) o.WriteLine("  " + DiagnosticFormatter.FormatMSBuild(diagnostic));
        if (reported.Count == 0) o.WriteLine("  (no diagnostic: the parser accepted the broken source; that is a bug)");
        var brokenSame = string.Equals(broken.GetRoot().ToFullString(), BrokenSource, StringComparison.Ordinal);
        o.WriteLine(string.Create(invariant,
            $"  The parser still returns a whole tree (the missing ':' is a zero-width token); round trip: {(brokenSame ? "True" : "False")}."));
        o.WriteLine();

        // Step 6: the semantic model.
        o.WriteLine("Step 6: types. PythonCompilation binds names (CPython's scoping rules) and propagates types by resolving");
        o.WriteLine("  every operation against the operation library (`pyaot ops` lists it). What SemanticModel says:");
        var compilation = PythonCompilation.Create([tree]);
        var model = compilation.GetSemanticModel(tree);
        var errors = compilation.GetDiagnostics().Count(d => d.Severity == Microsoft.CodeAnalysis.DiagnosticSeverity.Error);
        var comprehension = root.DescendantNodes().OfType<ListComprehensionSyntax>().First();
        var sum = (BinaryExpressionSyntax)comprehension.Element;
        o.WriteLine(string.Create(invariant, $"  {sum,-30} : {model.GetTypeInfo(sum).Type}   via {model.GetSymbolInfo(sum).Overload}"));
        o.WriteLine(string.Create(invariant, $"  {"[... for t in texts]",-30} : {model.GetTypeInfo(comprehension).Type}"));
        o.WriteLine(string.Create(invariant, $"  semantic diagnostics: {errors}"));
        o.WriteLine();

        // Step 7: the typed IR.
        o.WriteLine("Step 7: the typed IR of embed_prompts after the pass pipeline (what `pyaot ir --after end embed.py` prints):");
        var lowered = IrLowering.Lower(compilation, tree);
        if (lowered.Module is { } module)
        {
            PassManager.Run(module, PassPipeline.CreateDefault(), PassRunOptions.ForLibrary(compilation.Options.OperationLibrary));
            var printed = IrPrinter.Print(module.AllFunctions.First(f => f.Name == "embed_prompts"));
            foreach (var line in printed.TrimEnd('\n').Split('\n')) o.WriteLine("  " + line);
        }
        o.WriteLine();

        NativeDemo.Run(o);
    }

    private static void WriteNumbered(TextWriter o, string source)
    {
        var lines = source.TrimEnd('\n').Split('\n');
        for (var i = 0; i < lines.Length; i++) o.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {i + 1} | {lines[i]}"));
    }

    private static void WriteOutline(TextWriter o, SyntaxNode node, int depth)
    {
        var indent = new string(' ', 2 * depth);
        var text = node.ToString();
        var shown = text.Length <= 40 && !text.Contains('\n') ? " " + PythonRepr.Str(text) : "";
        o.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{indent}{node.Kind} [{node.Span.Start}..{node.Span.End}){shown}"));
        foreach (var child in node.ChildNodes()) WriteOutline(o, child, depth + 1);
    }
}
