using System.CommandLine;
using System.Globalization;
using System.Text;
using PythonAot.Compiler.Syntax;

namespace PythonAot.Cli;

/// <summary>
/// <c>pyaot ast [--language-version V] FILE</c>: prints the CPython-AST view of the file, exactly what
/// <c>print(ast.dump(ast.parse(open(FILE,'rb').read()), include_attributes=True))</c> prints. A file with
/// syntax errors gets CPython's report of the one CPython raises (<see cref="SyntaxTree.GetPrimaryError"/>) on standard
/// error and exit code 1.
/// </summary>
internal static class AstCommand
{
    public static Command Create(CliContext context)
    {
        var languageVersion = CommonOptions.CreateLanguageVersion();
        var file = new Argument<string>("FILE") { Description = "The Python file to dump." };
        var command = new Command("ast", "Print CPython's ast.dump(ast.parse(source), include_attributes=True) of a Python file, computed by PythonAot.")
        {
            languageVersion, file,
        };
        command.SetAction(parseResult =>
        {
            var path = parseResult.GetValue(file)!;
            SourceFiles.RequireFile(path, "ast");
            var tree = SyntaxTree.ParseBytes(SourceFiles.ReadAllBytes(path), CommonOptions.ToParseOptions(parseResult.GetValue(languageVersion)), path);
            if (tree.GetPrimaryError() is { } error)
            {
                // The error CPython raises, which is not always the first (a later tokenizer error wins).
                context.Err.Write(FormatPythonError(ReportedDiagnostic.Create(path, tree, error)));
                return Program.ExitErrors;
            }
            string dump;
            try
            {
                dump = CPythonAst.Dump(tree);
            }
            catch (NotSupportedException exception)
            {
                throw new CliException(exception.Message);
            }
            context.Out.Write(dump);
            context.Out.Write('\n');
            return Program.ExitSuccess;
        });
        return command;
    }

    /// <summary>
    /// The end of CPython's report of a syntax error:
    /// <code>
    ///   File "x.py", line 3
    ///     def f(x) -> int
    ///                    ^
    /// SyntaxError: expected ':'
    /// </code>
    /// The exception type follows CPython: IndentationError and TabError for indentation messages.
    /// </summary>
    public static string FormatPythonError(ReportedDiagnostic d)
    {
        var builder = new StringBuilder();
        builder.Append(CultureInfo.InvariantCulture, $"  File \"{d.Path}\", line {d.Line}\n");
        var source = d.SourceLine;
        var stripped = source.TrimStart(' ', '\t', '\f');
        var indent = source.Length - stripped.Length;
        if (stripped.Length > 0)
        {
            builder.Append("    ").Append(stripped.TrimEnd()).Append('\n');
            var column = Math.Max(0, d.Column - 1 - indent);
            var end = d.EndLine == d.Line ? d.EndColumn - 1 - indent : stripped.Length;
            builder.Append("    ").Append(' ', column).Append('^', Math.Max(1, end - column)).Append('\n');
        }
        builder.Append(ExceptionType(d.Message)).Append(": ").Append(d.Message).Append('\n');
        return builder.ToString();
    }

    /// <summary>The CPython exception a syntax error message belongs to.</summary>
    public static string ExceptionType(string message)
    {
        if (message.StartsWith("inconsistent use of tabs and spaces", StringComparison.Ordinal)) return "TabError";
        if (message.StartsWith("expected an indented block", StringComparison.Ordinal)
            || message.StartsWith("unexpected indent", StringComparison.Ordinal)
            || message.StartsWith("unindent does not match", StringComparison.Ordinal))
        {
            return "IndentationError";
        }
        return "SyntaxError";
    }
}
