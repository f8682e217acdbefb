using System.CommandLine;

namespace PythonAot.Cli;

/// <summary>The options <c>build</c>, <c>run</c> and <c>emit</c> share.</summary>
internal static class NativeOptions
{
    /// <summary>The backends the CLI can build with today.</summary>
    public static readonly string[] Targets = ["cpp"];

    public static Option<string> CreateTarget()
    {
        var option = new Option<string>("--target", "-t")
        {
            Description = "The backend: cpp (C++20 through g++ or clang++). rust and llvm are planned.",
            DefaultValueFactory = _ => "cpp",
            HelpName = "cpp",
        };
        option.AcceptOnlyFromAmong(Targets);
        return option;
    }

    public static Option<bool> CreateDebug() => new("--debug")
    {
        Description = "Build without optimization and keep debug symbols (#line directives map native code to the .py lines).",
    };

    public static Option<bool> CreateSanitize() => new("--sanitize")
    {
        Description = "Build with -fsanitize=address,undefined: memory errors, undefined behaviour and leaks stop the program with a report.",
    };

    /// <summary>Writes each diagnostic as <c>path:line:col: error PAxxxx: message</c> (no location for toolchain problems).</summary>
    public static void WriteDiagnostics(TextWriter writer, IEnumerable<Microsoft.CodeAnalysis.Diagnostic> diagnostics)
    {
        foreach (var diagnostic in diagnostics)
        {
            var severity = diagnostic.Severity.ToString().ToLowerInvariant();
            if (diagnostic.Location.IsInSource || diagnostic.Location.Kind == Microsoft.CodeAnalysis.LocationKind.ExternalFile)
            {
                var span = diagnostic.Location.GetLineSpan();
                writer.WriteLine($"{span.Path}:{span.StartLinePosition.Line + 1}:{span.StartLinePosition.Character + 1}: {severity} {diagnostic.Id}: {diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture)}");
            }
            else
            {
                writer.WriteLine($"{severity} {diagnostic.Id}: {diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture)}");
            }
        }
    }

    /// <summary>Reports a failed native compile (every stage's diagnostics and pass errors) and returns the exit code.</summary>
    public static int ReportFailure(CliContext context, Compiler.Native.NativeCompileResult result)
    {
        WriteDiagnostics(context.Out, result.Diagnostics);
        foreach (var error in result.PassErrors) context.Out.WriteLine($"error: {error}");
        if (!result.Diagnostics.Any() && !result.PassErrors.Any()) context.Error("the build failed without a diagnostic");
        return Program.ExitErrors;
    }
}
