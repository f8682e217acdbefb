using System.CommandLine;
using System.Text;
using PythonAot.Compiler.Emit;
using PythonAot.Compiler.Emit.Cpp;

namespace PythonAot.Cli;

/// <summary>
/// <c>pyaot emit FILE --target cpp [--kind exe|shared] [-o DIR]</c>: compiles the file through the whole pass
/// pipeline and writes the backend's sources into DIR (default <c>./&lt;module&gt;_cpp</c>). Only files the emitter
/// names are written; anything else in DIR is left alone. Diagnostics are printed as <c>pyaot check</c> prints them;
/// any error writes nothing and exits with 1.
/// </summary>
internal static class EmitCommand
{
    public static Command Create(CliContext context)
    {
        var target = new Option<string>("--target")
        {
            Description = "The backend: cpp (C++20 over the header-only runtime).",
            DefaultValueFactory = _ => "cpp",
            HelpName = "cpp",
        };
        target.AcceptOnlyFromAmong("cpp");
        var kind = new Option<string>("--kind")
        {
            Description = "What the sources build: exe (an executable running the module as python3 FILE) or shared (a library exporting its functions through a C ABI).",
            DefaultValueFactory = _ => "exe",
            HelpName = "exe|shared",
        };
        kind.AcceptOnlyFromAmong("exe", "shared");
        var output = new Option<string?>("--output", "-o")
        {
            Description = "The folder to write into (created when missing; default ./<module>_cpp).",
            HelpName = "DIR",
        };
        var file = new Argument<string>("FILE") { Description = "The Python file to compile." };
        var command = new Command("emit", "Compile a Python file and write the backend's source files; exits with 1 when it has errors.")
        {
            target, kind, output, file,
        };
        command.SetAction(parseResult => Run(context, parseResult.GetValue(file)!, parseResult.GetValue(kind) ?? "exe", parseResult.GetValue(output)));
        return command;
    }

    private static int Run(CliContext context, string path, string kind, string? outputFolder)
    {
        SourceFiles.RequireFile(path, "emit");
        var text = Encoding.UTF8.GetString(SourceFiles.ReadAllBytes(path));
        var compilation = ModuleCompiler.Compile(path, text, kind: kind == "shared" ? OutputKind.SharedLibrary : OutputKind.Executable);
        var trees = new List<(string Path, PythonAot.Compiler.Syntax.SyntaxTree Tree)> { (path, compilation.Tree) };
        var diagnostics = CompilationDiagnostics.Report(compilation.Diagnostics, trees);
        if (diagnostics.Count > 0) DiagnosticFormatter.Write(context.Out, DiagnosticFormat.Text, diagnostics);
        foreach (var passDiagnostic in compilation.PassDiagnostics) context.Out.WriteLine(passDiagnostic.ToString());
        if (!compilation.Success)
        {
            context.Out.WriteLine(CheckCommand.Summary(1, diagnostics.Count(d => d.IsError) + compilation.PassDiagnostics.Length));
            return Program.ExitErrors;
        }
        var module = compilation.Module!;
        var request = new EmitRequest(module, path, kind == "shared" ? OutputKind.SharedLibrary : OutputKind.Executable);
        var result = new CppEmitter().Emit(request);
        if (!result.Success)
        {
            var backendDiagnostics = CompilationDiagnostics.Report(result.Diagnostics, trees);
            DiagnosticFormatter.Write(context.Out, DiagnosticFormat.Text, backendDiagnostics);
            context.Out.WriteLine(CheckCommand.Summary(1, backendDiagnostics.Count(d => d.IsError)));
            return Program.ExitErrors;
        }
        var folder = outputFolder ?? Path.Combine(".", module.Name + "_cpp");
        Directory.CreateDirectory(folder);
        foreach (var emitted in result.Files)
        {
            var destination = Path.Combine(folder, emitted.RelativePath);
            Directory.CreateDirectory(Path.GetDirectoryName(destination)!);
            File.WriteAllText(destination, emitted.Content, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
            context.Out.WriteLine(destination);
        }
        return Program.ExitSuccess;
    }
}
