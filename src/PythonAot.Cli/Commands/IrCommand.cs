using System.CommandLine;
using PythonAot.Compiler.Semantics;
using PythonAot.Compiler.Semantics.IR;
using PythonAot.Compiler.Semantics.Lowering;
using PythonAot.Compiler.Syntax;

namespace PythonAot.Cli;

/// <summary>
/// <c>pyaot ir [--function NAME] [--after PASS] [--language-version V] FILE</c>: compiles the file (with the sibling
/// <c>.py</c> files it imports by module name) and prints its typed IR. Diagnostics are printed as <c>pyaot check</c>
/// prints them; any error refuses the lowering and exits with 1.
/// </summary>
internal static class IrCommand
{
    /// <summary>The stage printed when <c>--after</c> is not given: the IR as lowered.</summary>
    public const string LoweringStage = "lowering";

    /// <summary>
    /// The stages <c>--after</c> accepts, in pipeline order. Only the lowering exists until the pass manager lands;
    /// its pass names are appended here and <see cref="RunPipeline"/> runs them.
    /// </summary>
    public static IReadOnlyList<string> Stages { get; } = [LoweringStage];

    public static Command Create(CliContext context)
    {
        var function = new Option<string?>("--function")
        {
            Description = "Print only this function (all its instances), by name or qualified name (Point.norm).",
            HelpName = "NAME",
        };
        var after = new Option<string>("--after")
        {
            Description = "Print the IR after this stage of the pipeline: " + string.Join(", ", Stages) + ".",
            DefaultValueFactory = _ => LoweringStage,
            HelpName = "PASS",
        };
        var languageVersion = CommonOptions.CreateLanguageVersion();
        var file = new Argument<string>("FILE") { Description = "The Python file to compile." };
        var command = new Command("ir", "Compile a Python file and print its typed IR; exits with 1 when it has errors.")
        {
            function, after, languageVersion, file,
        };
        command.SetAction(parseResult => Run(context, parseResult.GetValue(file)!, parseResult.GetValue(function), parseResult.GetValue(after) ?? LoweringStage,
            CommonOptions.ToParseOptions(parseResult.GetValue(languageVersion))));
        return command;
    }

    private static int Run(CliContext context, string path, string? functionName, string stage, PythonParseOptions options)
    {
        if (!Stages.Contains(stage))
            throw new CliException($"unknown stage '{stage}' for --after; valid stages: {string.Join(", ", Stages)}");
        SourceFiles.RequireFile(path, "ir");
        var trees = ParseWithImports(path, options);
        var compilation = PythonCompilation.Create(trees.Select(t => t.Tree), PythonCompilationOptions.Default with { LanguageVersion = options.LanguageVersion });
        var result = IrLowering.Lower(compilation, trees[0].Tree);
        var diagnostics = CompilationDiagnostics.Report(result.Diagnostics, trees);
        if (diagnostics.Count > 0 || !result.Success)
        {
            DiagnosticFormatter.Write(context.Out, DiagnosticFormat.Text, diagnostics);
            if (!result.Success)
            {
                context.Out.WriteLine(CheckCommand.Summary(trees.Count, diagnostics.Count(d => d.IsError)));
                return Program.ExitErrors;
            }
        }
        var module = RunPipeline(result.Module!, stage);
        if (functionName is null)
        {
            context.Out.Write(IrPrinter.Print(module));
            return Program.ExitSuccess;
        }
        var functions = module.AllFunctions.Where(f => f.Name == functionName || f.QualifiedName == functionName).ToList();
        if (functions.Count == 0) throw new CliException($"no function '{functionName}' in {path}");
        context.Out.Write(string.Join("\n", functions.Select(IrPrinter.Print)));
        return Program.ExitSuccess;
    }

    /// <summary>The module after the pipeline has run up to and including <paramref name="stage"/> (the one place passes will be wired in).</summary>
    private static IrModule RunPipeline(IrModule module, string stage)
    {
        IrVerifier.Verify(module, stage: LoweringStage);
        return stage == LoweringStage ? module : throw new CliException($"unknown stage '{stage}'");
    }

    /// <summary>The file, then the sibling <c>.py</c> files its imports name (transitively), each parsed once.</summary>
    private static List<(string Path, SyntaxTree Tree)> ParseWithImports(string path, PythonParseOptions options)
    {
        var folder = Path.GetDirectoryName(Path.GetFullPath(path))!;
        var trees = new List<(string Path, SyntaxTree Tree)>();
        var pending = new Queue<string>([path]);
        var seen = new HashSet<string>(StringComparer.Ordinal) { Path.GetFullPath(path) };
        while (pending.Count > 0)
        {
            var file = pending.Dequeue();
            var tree = SyntaxTree.ParseBytes(SourceFiles.ReadAllBytes(file), options, file);
            trees.Add((file, tree));
            foreach (var module in ImportedModules(tree))
            {
                var sibling = Path.Combine(folder, module + ".py");
                if (File.Exists(sibling) && seen.Add(Path.GetFullPath(sibling)))
                    pending.Enqueue(Path.Combine(Path.GetDirectoryName(path) ?? "", module + ".py"));
            }
        }
        return trees;
    }

    private static IEnumerable<string> ImportedModules(SyntaxTree tree)
    {
        foreach (var node in tree.GetRoot().DescendantNodes())
        {
            switch (node)
            {
                case ImportStatementSyntax import:
                    foreach (var alias in import.Names) yield return alias.Name.ToString().Trim().Split('.')[0];
                    break;
                case FromImportStatementSyntax { Dots.Count: 0, Module: { } module }:
                    yield return module.ToString().Trim().Split('.')[0];
                    break;
            }
        }
    }
}
