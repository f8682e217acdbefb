using System.CommandLine;
using PythonAot.Compiler.Semantics;
using PythonAot.Compiler.Semantics.IR;
using PythonAot.Compiler.Semantics.Lowering;
using PythonAot.Compiler.Semantics.Passes;
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

    /// <summary>The stages <c>--after</c> accepts, in pipeline order: the lowering, then every pass and point of the default pipeline.</summary>
    public static IReadOnlyList<string> Stages { get; } = [LoweringStage, .. PassPipeline.CreateDefault().Entries.Select(e => e.Name)];

    public static Command Create(CliContext context)
    {
        var function = new Option<string?>("--function")
        {
            Description = "Print only this function (all its instances), by name or qualified name (Point.norm).",
            HelpName = "NAME",
        };
        var after = new Option<string>("--after")
        {
            Description = "Print the IR after this stage of the pipeline (default: as lowered): " + string.Join(", ", Stages) + ", or a pass loaded with --pass-assembly.",
            DefaultValueFactory = _ => LoweringStage,
            HelpName = "PASS",
        };
        var passAssemblies = new Option<string[]>("--pass-assembly")
        {
            Description = "Load custom passes from a .NET assembly (public IIrPass classes with [PipelineInsertion]) into the pipeline.",
            HelpName = "DLL",
            AllowMultipleArgumentsPerToken = false,
        };
        var languageVersion = CommonOptions.CreateLanguageVersion();
        var file = new Argument<string>("FILE") { Description = "The Python file to compile." };
        var command = new Command("ir", "Compile a Python file and print its typed IR; exits with 1 when it has errors.")
        {
            function, after, passAssemblies, languageVersion, file,
        };
        command.SetAction(parseResult => Run(context, parseResult.GetValue(file)!, parseResult.GetValue(function), parseResult.GetValue(after) ?? LoweringStage,
            parseResult.GetValue(passAssemblies) ?? [], CommonOptions.ToParseOptions(parseResult.GetValue(languageVersion))));
        return command;
    }

    private static int Run(CliContext context, string path, string? functionName, string stage, string[] passAssemblies, PythonParseOptions options)
    {
        var pipeline = CreatePipeline(passAssemblies);
        var stages = new List<string> { LoweringStage };
        stages.AddRange(pipeline.Entries.Select(e => e.Name));
        if (!stages.Contains(stage))
            throw new CliException($"unknown stage '{stage}' for --after; valid stages: {string.Join(", ", stages)}");
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
        var module = RunPipeline(result.Module!, pipeline, stage, compilation.Options);
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

    /// <summary>The default pipeline with the passes of <paramref name="passAssemblies"/> inserted at their anchors.</summary>
    private static PassPipeline CreatePipeline(string[] passAssemblies)
    {
        var pipeline = PassPipeline.CreateDefault();
        foreach (var assembly in passAssemblies)
        {
            if (!File.Exists(assembly)) throw new CliException($"pass assembly not found: {assembly}");
            try
            {
                PassAssemblyLoader.InsertPasses(pipeline, assembly);
            }
            catch (Exception e) when (e is ArgumentException or BadImageFormatException or FileLoadException or System.Reflection.ReflectionTypeLoadException)
            {
                throw new CliException($"cannot load passes from {assembly}: {e.Message}");
            }
        }
        return pipeline;
    }

    /// <summary>The module after the pipeline has run up to and including <paramref name="stage"/>, verified after every pass.</summary>
    private static IrModule RunPipeline(IrModule module, PassPipeline pipeline, string stage, PythonCompilationOptions options)
    {
        IrVerifier.Verify(module, stage: LoweringStage);
        if (stage == LoweringStage) return module;
        var result = PassManager.Run(module, pipeline, PassRunOptions.ForLibrary(options.OperationLibrary, stage));
        var errors = result.Diagnostics.Where(d => d.Severity == PassDiagnosticSeverity.Error).ToList();
        if (errors.Count > 0) throw new CliException(string.Join("\n", errors.Select(e => e.ToString())));
        return module;
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
