using System.CommandLine;
using System.Globalization;
using Microsoft.CodeAnalysis.Text;
using PythonAot.Compiler.Syntax;
using PythonAot.Compiler.Syntax.Text;

namespace PythonAot.Cli;

/// <summary>
/// <c>pyaot tokens [--trivia] [--language-version V] FILE</c>: one token per line,
/// <c>line:col-line:col Kind 'text'</c> (1-based lines and columns, end exclusive, text quoted as Python's repr).
/// With <c>--trivia</c> each token's leading and trailing trivia follow on indented lines.
/// </summary>
internal static class TokensCommand
{
    public static Command Create(CliContext context)
    {
        var trivia = new Option<bool>("--trivia")
        {
            Description = "Also print each token's leading and trailing trivia (whitespace, comments, line ends, continuations).",
        };
        var languageVersion = CommonOptions.CreateLanguageVersion();
        var file = new Argument<string>("FILE") { Description = "The Python file to tokenize." };
        var command = new Command("tokens", "Print the token stream of a Python file as the parser sees it (INDENT, DEDENT and NEWLINE included).")
        {
            trivia, languageVersion, file,
        };
        command.SetAction(parseResult =>
        {
            var path = parseResult.GetValue(file)!;
            SourceFiles.RequireFile(path, "tokens");
            var tree = SyntaxTree.ParseBytes(SourceFiles.ReadAllBytes(path), CommonOptions.ToParseOptions(parseResult.GetValue(languageVersion)), path);
            Write(context.Out, tree, parseResult.GetValue(trivia));
            return Program.ExitSuccess;
        });
        return command;
    }

    /// <summary>Writes the tokens of a tree.</summary>
    public static void Write(TextWriter writer, SyntaxTree tree, bool withTrivia)
    {
        var lines = tree.Lines;
        foreach (var token in tree.GetRoot().DescendantTokens())
        {
            if (withTrivia)
            {
                foreach (var trivia in token.LeadingTrivia) WriteTrivia(writer, lines, "leading", trivia);
            }
            writer.Write(FormatSpan(lines, token.Span));
            writer.Write(' ');
            writer.Write(token.Kind.ToString());
            writer.Write(' ');
            writer.Write(PythonRepr.Str(token.Text));
            if (token.IsMissing) writer.Write(" (missing)");
            writer.Write('\n');
            if (withTrivia)
            {
                foreach (var trivia in token.TrailingTrivia) WriteTrivia(writer, lines, "trailing", trivia);
            }
        }
    }

    private static void WriteTrivia(TextWriter writer, PythonLineMap lines, string where, SyntaxTrivia trivia)
    {
        writer.Write("    ");
        writer.Write(where);
        writer.Write(' ');
        writer.Write(FormatSpan(lines, trivia.Span));
        writer.Write(' ');
        writer.Write(trivia.Kind.ToString());
        writer.Write(' ');
        writer.Write(PythonRepr.Str(trivia.ToString()));
        writer.Write('\n');
    }

    /// <summary><c>line:col-line:col</c>, 1-based, end exclusive.</summary>
    public static string FormatSpan(PythonLineMap lines, TextSpan span)
    {
        var start = lines.GetLinePosition(span.Start);
        var end = lines.GetLinePosition(span.End);
        return string.Create(CultureInfo.InvariantCulture,
            $"{start.Line + 1}:{start.Character + 1}-{end.Line + 1}:{end.Character + 1}");
    }
}
