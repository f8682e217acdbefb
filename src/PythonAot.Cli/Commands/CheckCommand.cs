using System.CommandLine;
using System.Text;
using PythonAot.Compiler.Semantics;
using PythonAot.Compiler.Syntax;

namespace PythonAot.Cli;

/// <summary>
/// <c>pyaot check [--format text|msbuild|sarif] [--output FILE] [--language-version V] PATH...</c>: the
/// diagnostics of every file (folders: every .py under them): syntax (PA0xxx), and semantic (binding PA1xxx, typing
/// PA2xxx, untranslatable constructs PA3xxx) of all the files analyzed as one compilation, so that they import each
/// other by module name. Exit code 1 when any error, 0 otherwise.
/// </summary>
internal static class CheckCommand
{
    public static Command Create(CliContext context)
    {
        var format = new Option<string>("--format", "-f")
        {
            Description = "Output format: text (file:line:col with the source line and a caret), msbuild (file(line,col): error ID: message) or sarif (SARIF 2.1.0 JSON).",
            DefaultValueFactory = _ => "text",
            HelpName = "text|msbuild|sarif",
        };
        format.AcceptOnlyFromAmong("text", "msbuild", "sarif");
        var output = new Option<string?>("--output", "-o")
        {
            Description = "Write the diagnostics to this file instead of standard output.",
            HelpName = "FILE",
        };
        var languageVersion = CommonOptions.CreateLanguageVersion();
        var paths = new Argument<string[]>("PATH")
        {
            Description = "Python files, or folders to search recursively for .py files.",
            Arity = ArgumentArity.OneOrMore,
        };
        var command = new Command("check", "Report the syntax and semantic diagnostics of Python files; exits with 1 when there is any error.")
        {
            format, output, languageVersion, paths,
        };
        command.SetAction(parseResult => Run(context,
            DiagnosticFormatter.ParseFormat(parseResult.GetValue(format)),
            parseResult.GetValue(output),
            CommonOptions.ToParseOptions(parseResult.GetValue(languageVersion)),
            parseResult.GetValue(paths) ?? []));
        return command;
    }

    private static int Run(CliContext context, DiagnosticFormat format, string? outputPath, PythonParseOptions options, string[] paths)
    {
        var files = SourceFiles.Collect(paths);
        var trees = new List<(string Path, SyntaxTree Tree)>();
        foreach (var file in files) trees.Add((file, SyntaxTree.ParseBytes(SourceFiles.ReadAllBytes(file), options, file)));
        // One compilation: its diagnostics are the trees' syntax diagnostics followed by the semantic ones, by file.
        var compilation = PythonCompilation.Create(trees.Select(t => t.Tree), PythonCompilationOptions.Default with { LanguageVersion = options.LanguageVersion });
        var diagnostics = trees.Count == 0 ? [] : CompilationDiagnostics.Report(compilation.GetDiagnostics(), trees);
        // Files in argument order, then document order within each.
        diagnostics = diagnostics.OrderBy(d => trees.FindIndex(t => t.Path == d.Path)).ThenBy(d => d.Line).ThenBy(d => d.Column).ToList();
        var errors = diagnostics.Count(d => d.IsError);

        if (outputPath is null)
        {
            WriteReport(context.Out, format, diagnostics, files.Count, errors);
        }
        else
        {
            try
            {
                using var writer = new StreamWriter(outputPath, append: false, new UTF8Encoding(false)) { NewLine = "\n" };
                WriteReport(writer, format, diagnostics, files.Count, errors);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                throw new CliException($"cannot write '{outputPath}': {e.Message}");
            }
        }
        return errors > 0 ? Program.ExitErrors : Program.ExitSuccess;
    }

    private static void WriteReport(TextWriter writer, DiagnosticFormat format, List<ReportedDiagnostic> diagnostics, int files, int errors)
    {
        DiagnosticFormatter.Write(writer, format, diagnostics);
        if (format == DiagnosticFormat.Text) writer.WriteLine(Summary(files, errors));
    }

    /// <summary><c>checked 3 files: 2 errors</c>.</summary>
    public static string Summary(int files, int errors) =>
        $"checked {Plural(files, "file")}: {(errors == 0 ? "no errors" : Plural(errors, "error"))}";

    /// <summary><c>1 file</c>, <c>2 files</c>.</summary>
    public static string Plural(long count, string noun) => count == 1 ? $"1 {noun}" : $"{count} {noun}s";
}
