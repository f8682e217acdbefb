using System.Text;
using Microsoft.CodeAnalysis;
using PythonAot.Compiler.Semantics;
using PythonAot.Compiler.Semantics.IR;
using PythonAot.Compiler.Semantics.Lowering;
using PythonAot.Compiler.Semantics.Passes;
using PythonAot.Compiler.Syntax;

namespace PythonAot.Compiler.Emit;

/// <summary>
/// From Python source to the module an emitter reads: parse, compile, lower to IR, run the default pass pipeline
/// (verified after every pass). Every failure comes back as a diagnostic, never as an exception, so the CLI and
/// the tests share one front end.
/// </summary>
public static class ModuleCompiler
{
    /// <summary>The name the verifier reports for the IR as lowered (before the first pass).</summary>
    private const string LoweringStage = "lowering";

    /// <summary>Compiles the file at <paramref name="path"/> (read from disk) for <paramref name="kind"/>.</summary>
    public static ModuleCompilation Compile(string path, OutputKind kind = OutputKind.Executable) => Compile(path, File.ReadAllText(path, Encoding.UTF8), kind: kind);

    /// <summary>
    /// Compiles <paramref name="text"/> as the module at <paramref name="path"/> (the path names the module and appears
    /// in locations). For an executable the module runs as the program (<c>__name__ == "__main__"</c>); for a shared
    /// library it is imported (<c>__name__</c> is the module's name), as CPython would import it.
    /// </summary>
    public static ModuleCompilation Compile(string path, string text, PythonCompilationOptions? options = null, OutputKind kind = OutputKind.Executable)
    {
        options ??= PythonCompilationOptions.Default;
        var tree = PythonAot.Compiler.Syntax.SyntaxTree.ParseText(text, new PythonParseOptions(options.LanguageVersion), path);
        var compilation = PythonCompilation.Create([tree], options);
        var lowered = IrLowering.Lower(compilation, tree, runsAsMain: kind == OutputKind.Executable);
        var diagnostics = lowered.Diagnostics;
        if (!lowered.Success || diagnostics.Any(d => d.Severity == DiagnosticSeverity.Error))
            return new ModuleCompilation(tree, null, diagnostics, []);
        var module = lowered.Module!;
        try
        {
            IrVerifier.Verify(module, stage: LoweringStage);
            var run = PassManager.Run(module, PassPipeline.CreateDefault(), PassRunOptions.ForLibrary(options.OperationLibrary));
            var failed = run.Diagnostics.Any(d => d.Severity == PassDiagnosticSeverity.Error);
            return new ModuleCompilation(tree, failed ? null : module, diagnostics, run.Diagnostics);
        }
        catch (IrVerificationException e)
        {
            // A verifier failure is a compiler bug, but the caller still deserves a report rather than a crash.
            var problem = new PassDiagnostic(PassDiagnosticSeverity.Error, e.Stage ?? LoweringStage, null, e.Message);
            return new ModuleCompilation(tree, null, diagnostics, [problem]);
        }
    }
}
