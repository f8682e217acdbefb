using PythonAot.Compiler.Syntax.Tests.Infrastructure;
using System.Diagnostics;
using System.Text;
using System.Text.Json;
using PythonAot.Compiler.Syntax.InternalSyntax;

namespace PythonAot.Compiler.Syntax.Tests.Lexing;

/// <summary>Lexing a text to its token list, the messages of its diagnostics, and CPython as an oracle.</summary>
internal static class LexerTestHelpers
{
    public static List<GreenToken> LexAll(string text)
    {
        var lexer = new Lexer(text, PythonParseOptions.Default);
        var tokens = new List<GreenToken>();
        var limit = 4 * text.Length + 100;
        while (true)
        {
            var token = lexer.Lex();
            tokens.Add(token);
            if (token.Kind == SyntaxKind.EndOfFileToken) return tokens;
            if (tokens.Count > limit) throw new InvalidOperationException("the lexer makes no progress");
        }
    }

    public static string Concatenate(IEnumerable<GreenToken> tokens)
    {
        var builder = new StringBuilder();
        foreach (var token in tokens) token.WriteTo(builder);
        return builder.ToString();
    }

    /// <summary>Every diagnostic message in text order (tokens and their trivia).</summary>
    public static List<string> Messages(IEnumerable<GreenToken> tokens)
    {
        var messages = new List<string>();
        foreach (var token in tokens)
        {
            Collect(token.LeadingTrivia, messages);
            foreach (var d in token.GetDiagnostics()) messages.Add(Format(d));
            Collect(token.TrailingTrivia, messages);
        }
        return messages;
    }

    private static void Collect(GreenNode? node, List<string> messages)
    {
        if (node is null) return;
        foreach (var d in node.GetDiagnostics()) messages.Add(Format(d));
        for (var i = 0; i < node.SlotCount; i++) Collect(node.GetSlot(i), messages);
    }

    public static string Format(SyntaxDiagnosticInfo d) => d.GetMessage();

    /// <summary>CPython 3.11's compile() verdict on each source: null when it compiles, else the SyntaxError message.</summary>
    public static List<string?> CPythonErrors(IReadOnlyList<string> sources)
    {
        const string script = """
            import sys, json, warnings
            warnings.simplefilter("ignore")
            out = []
            for src in json.load(sys.stdin):
                try:
                    compile(src, "<s>", "exec")
                    out.append(None)
                except SyntaxError as e:
                    out.append(e.msg)
                except ValueError as e:
                    out.append(str(e))
            print(json.dumps(out))
            """;
        var json = Python.RunScript(script, JsonSerializer.Serialize(sources));
        return JsonSerializer.Deserialize<List<string?>>(json)!;
    }
}
