using System.CommandLine;
using System.Diagnostics;
using PythonAot.Compiler.Native;

namespace PythonAot.Cli;

/// <summary>
/// <c>pyaot run FILE --target cpp [-- ARGS]</c>: builds FILE through the cache and runs it with ARGS as
/// <c>sys.argv[1:]</c>; the program's stdin, stdout and stderr are the terminal's, and its exit code is pyaot's.
/// </summary>
internal static class RunCommand
{
    public static Command Create(CliContext context)
    {
        var file = new Argument<string>("FILE") { Description = "The Python file to compile and run." };
        var arguments = new Argument<string[]>("ARGS") { Description = "Arguments for the program (sys.argv[1:]); put them after --.", Arity = ArgumentArity.ZeroOrMore };
        var target = NativeOptions.CreateTarget();
        var debug = NativeOptions.CreateDebug();
        var sanitize = NativeOptions.CreateSanitize();
        var command = new Command("run", "Compile a Python file (through the build cache) and run it, passing its output and exit code through.")
        {
            file, arguments, target, debug, sanitize,
        };
        command.SetAction(parseResult =>
        {
            var path = parseResult.GetValue(file)!;
            SourceFiles.RequireFile(path, "run");
            var options = new NativeCompileOptions { Debug = parseResult.GetValue(debug), Sanitize = parseResult.GetValue(sanitize) };
            var result = NativeCompiler.Build(path, options);
            if (!result.Success) return NativeOptions.ReportFailure(context, result);

            // The program writes straight to the terminal (no redirection), so interleaving and buffering are its own.
            context.Out.Flush();
            var info = new ProcessStartInfo(result.OutputPath!) { UseShellExecute = false };
            foreach (var argument in parseResult.GetValue(arguments) ?? []) info.ArgumentList.Add(argument);
            using var process = Process.Start(info) ?? throw new CliException("cannot start " + result.OutputPath);
            process.WaitForExit();
            return process.ExitCode;
        });
        return command;
    }
}
