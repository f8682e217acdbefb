using System.CommandLine;
using PythonAot.Compiler.Native;
using OutputKind = PythonAot.Compiler.Emit.OutputKind;

namespace PythonAot.Cli;

/// <summary>
/// <c>pyaot build FILE --target cpp [--kind exe|shared] [-o DIR] [--export NAME]... [--debug]</c>: compiles a Python
/// file to an executable <c>DIR/&lt;module&gt;</c> that runs it as <c>python3 FILE</c> would, or to a shared library
/// <c>DIR/lib&lt;module&gt;.so</c> with its C header <c>DIR/&lt;module&gt;.h</c> and manifest <c>DIR/&lt;module&gt;.json</c>.
/// Builds go through the content-hash cache; the results are copied to DIR.
/// </summary>
internal static class BuildCommand
{
    public static Command Create(CliContext context)
    {
        var file = new Argument<string>("FILE") { Description = "The Python file to compile." };
        var target = NativeOptions.CreateTarget();
        var kind = new Option<string>("--kind", "-k")
        {
            Description = "exe: an executable running the module; shared: a shared library exporting functions through a C ABI, with a C header and a JSON manifest.",
            DefaultValueFactory = _ => "exe",
            HelpName = "exe|shared",
        };
        kind.AcceptOnlyFromAmong("exe", "shared");
        var output = new Option<string>("--output", "-o")
        {
            Description = "The folder to write the executable or library into (created when missing; default: the current folder). Files pyaot did not write are never overwritten.",
            HelpName = "DIR",
        };
        var exports = new Option<string[]>("--export")
        {
            Description = "Export only this function (repeatable). Default: every public top-level function whose parameters and result are annotated with types the C ABI carries.",
            HelpName = "NAME",
            AllowMultipleArgumentsPerToken = false,
        };
        var debug = NativeOptions.CreateDebug();
        var sanitize = NativeOptions.CreateSanitize();
        var command = new Command("build", "Compile a Python file to a native executable or shared library.")
        {
            file, target, kind, output, exports, debug, sanitize,
        };
        command.SetAction(parseResult =>
        {
            var path = parseResult.GetValue(file)!;
            SourceFiles.RequireFile(path, "build");
            var outputKind = parseResult.GetValue(kind) == "shared" ? OutputKind.SharedLibrary : OutputKind.Executable;
            var exportNames = parseResult.GetValue(exports) is { Length: > 0 } names ? names : null;
            if (exportNames is not null && outputKind != OutputKind.SharedLibrary)
                throw new CliException("--export applies to shared libraries: add --kind shared");
            var options = new NativeCompileOptions
            {
                Kind = outputKind,
                ExportNames = exportNames,
                Debug = parseResult.GetValue(debug),
                Sanitize = parseResult.GetValue(sanitize),
            };
            var result = NativeCompiler.Build(path, options);
            if (!result.Success) return NativeOptions.ReportFailure(context, result);

            var folder = parseResult.GetValue(output) ?? ".";
            var written = OutputFolder.CopyBuildOutputs(result, folder);
            foreach (var writtenPath in written) context.Out.WriteLine("wrote " + writtenPath);
            return Program.ExitSuccess;
        });
        return command;
    }
}
