using PythonAot.Compiler.Syntax.Tests.Infrastructure;
using System.Text;
using PythonAot.Compiler.Syntax.InternalSyntax;
using PythonAot.Compiler.Syntax.Text;
using static PythonAot.Compiler.Syntax.Tests.Lexing.LexerTestHelpers;

namespace PythonAot.Compiler.Syntax.Tests.Lexing;

public class LexerTests
{
    private static void AssertTokens(string source, params (SyntaxKind Kind, string Text)[] expected)
    {
        var tokens = LexAll(source);
        var actual = tokens.Select(t => (t.Kind, t.Text)).ToArray();
        Assert.That(actual, Is.EqualTo(expected.Append((SyntaxKind.EndOfFileToken, "")).ToArray()), source);
        Assert.That(Concatenate(tokens), Is.EqualTo(source));
    }

    private static string FirstMessage(string source) => Messages(LexAll(source)).FirstOrDefault() ?? "";

    [Test]
    public void Statements_Indentation_NewLines()
    {
        AssertTokens("if x:\n    y = 1\nz\n",
            (SyntaxKind.IfKeyword, "if"), (SyntaxKind.IdentifierToken, "x"), (SyntaxKind.ColonToken, ":"), (SyntaxKind.NewLineToken, "\n"),
            (SyntaxKind.IndentToken, ""), (SyntaxKind.IdentifierToken, "y"), (SyntaxKind.EqualsToken, "="), (SyntaxKind.NumberToken, "1"), (SyntaxKind.NewLineToken, "\n"),
            (SyntaxKind.DedentToken, ""), (SyntaxKind.IdentifierToken, "z"), (SyntaxKind.NewLineToken, "\n"));
    }

    [Test]
    public void EndOfFile_ImplicitNewLine_AndDedents()
    {
        AssertTokens("if x:\n  y",
            (SyntaxKind.IfKeyword, "if"), (SyntaxKind.IdentifierToken, "x"), (SyntaxKind.ColonToken, ":"), (SyntaxKind.NewLineToken, "\n"),
            (SyntaxKind.IndentToken, ""), (SyntaxKind.IdentifierToken, "y"), (SyntaxKind.NewLineToken, ""), (SyntaxKind.DedentToken, ""));
        AssertTokens("x\n# c", (SyntaxKind.IdentifierToken, "x"), (SyntaxKind.NewLineToken, "\n"));
        AssertTokens("", []);
    }

    [Test]
    public void Trivia_Ownership()
    {
        var tokens = LexAll("x = 1  # c\n\n  # d\ny\r\n");
        Assert.That(tokens[2].TrailingTrivia!.ToFullString(), Is.EqualTo("  # c"));
        Assert.That(tokens[3].Kind, Is.EqualTo(SyntaxKind.NewLineToken));
        Assert.That(tokens[4].Text, Is.EqualTo("y"));
        Assert.That(tokens[4].LeadingTrivia!.ToFullString(), Is.EqualTo("\n  # d\n"));
        Assert.That(tokens[5].Text, Is.EqualTo("\r\n"));
    }

    [Test]
    public void Brackets_SuppressNewLinesAndIndentation()
    {
        AssertTokens("f(a,\n      b)\n",
            (SyntaxKind.IdentifierToken, "f"), (SyntaxKind.OpenParenToken, "("), (SyntaxKind.IdentifierToken, "a"), (SyntaxKind.CommaToken, ","),
            (SyntaxKind.IdentifierToken, "b"), (SyntaxKind.CloseParenToken, ")"), (SyntaxKind.NewLineToken, "\n"));
    }

    [Test]
    public void LineContinuation_IsTrailingTrivia()
    {
        var tokens = LexAll("x = 1 + \\\n    2\n");
        Assert.That(tokens[3].TrailingTrivia!.ToFullString(), Is.EqualTo(" \\\n"));
        Assert.That(tokens[4].LeadingTrivia!.ToFullString(), Is.EqualTo("    "));
        Assert.That(tokens.Count(t => t.Kind == SyntaxKind.NewLineToken), Is.EqualTo(1));
    }

    [Test]
    public void IndentAndDedent_SitAfterTheNewLine_BeforeTheTrivia()
    {
        var tokens = LexAll("if x:\n\n    # c\n    y\n");
        var indent = tokens.FindIndex(t => t.Kind == SyntaxKind.IndentToken);
        Assert.That(tokens[indent + 1].LeadingTrivia!.ToFullString(), Is.EqualTo("\n    # c\n    "));
    }

    [Test]
    public void Keywords_AndSoftKeywords()
    {
        AssertTokens("async await match case _ type None",
            (SyntaxKind.AsyncKeyword, "async"), (SyntaxKind.AwaitKeyword, "await"), (SyntaxKind.IdentifierToken, "match"), (SyntaxKind.IdentifierToken, "case"),
            (SyntaxKind.IdentifierToken, "_"), (SyntaxKind.IdentifierToken, "type"), (SyntaxKind.NoneKeyword, "None"), (SyntaxKind.NewLineToken, ""));
    }

    [Test]
    public void NonAsciiIdentifiers_KeepTheirText()
    {
        AssertTokens("ﬁ = πr²", (SyntaxKind.IdentifierToken, "ﬁ"), (SyntaxKind.EqualsToken, "="), (SyntaxKind.IdentifierToken, "πr"),
            (SyntaxKind.BadToken, "²"), (SyntaxKind.NewLineToken, ""));
    }

    [TestCase("->", SyntaxKind.MinusGreaterThanToken)]
    [TestCase("...", SyntaxKind.DotDotDotToken)]
    [TestCase(":=", SyntaxKind.ColonEqualsToken)]
    [TestCase("**=", SyntaxKind.StarStarEqualsToken)]
    [TestCase("//=", SyntaxKind.SlashSlashEqualsToken)]
    [TestCase(">>=", SyntaxKind.GreaterThanGreaterThanEqualsToken)]
    [TestCase("<<=", SyntaxKind.LessThanLessThanEqualsToken)]
    [TestCase("!=", SyntaxKind.ExclamationEqualsToken)]
    [TestCase("@=", SyntaxKind.AtEqualsToken)]
    [TestCase("~", SyntaxKind.TildeToken)]
    public void Operators_LongestMatch(string text, SyntaxKind kind) =>
        AssertTokens("a" + text + "b", (SyntaxKind.IdentifierToken, "a"), (kind, text), (SyntaxKind.IdentifierToken, "b"), (SyntaxKind.NewLineToken, ""));

    [TestCase("1_000")]
    [TestCase("0x_Ff")]
    [TestCase("0O17")]
    [TestCase("0b1_0")]
    [TestCase("1.")]
    [TestCase(".5")]
    [TestCase("1e5")]
    [TestCase("1.5E-3j")]
    [TestCase("10J")]
    [TestCase("00")]
    [TestCase("0_0")]
    [TestCase("09.5")]
    public void Numbers(string text) => AssertTokens(text, (SyntaxKind.NumberToken, text), (SyntaxKind.NewLineToken, ""));

    [Test]
    public void Number_FollowedByKeyword()
    {
        AssertTokens("1if x else 0x1for",
            (SyntaxKind.NumberToken, "1"), (SyntaxKind.IfKeyword, "if"), (SyntaxKind.IdentifierToken, "x"), (SyntaxKind.ElseKeyword, "else"),
            (SyntaxKind.NumberToken, "0x1f"), (SyntaxKind.OrKeyword, "or"), (SyntaxKind.NewLineToken, ""));
    }

    [TestCase("'a'")]
    [TestCase("b'a'")]
    [TestCase("Rb'\\x'")]
    [TestCase("bR\"a\"")]
    [TestCase("u'x'")]
    [TestCase("'''a\n'b'\n'''")]
    [TestCase("\"\"\"\"\"\"")]
    [TestCase("'a\\'b'")]
    [TestCase("'a\\\nb'")]
    [TestCase("r'\\''")]
    public void Strings(string text) => AssertTokens(text, (SyntaxKind.StringToken, text), (SyntaxKind.NewLineToken, ""));

    [Test]
    public void FStrings_AreTokenized()
    {
        AssertTokens("f\"a{b!r:>{w}} {{c}}\"",
            (SyntaxKind.FStringStartToken, "f\""), (SyntaxKind.FStringMiddleToken, "a"), (SyntaxKind.OpenBraceToken, "{"), (SyntaxKind.IdentifierToken, "b"),
            (SyntaxKind.ExclamationToken, "!"), (SyntaxKind.IdentifierToken, "r"), (SyntaxKind.ColonToken, ":"), (SyntaxKind.FStringMiddleToken, ">"),
            (SyntaxKind.OpenBraceToken, "{"), (SyntaxKind.IdentifierToken, "w"), (SyntaxKind.CloseBraceToken, "}"), (SyntaxKind.CloseBraceToken, "}"),
            (SyntaxKind.FStringMiddleToken, " {{c}}"), (SyntaxKind.FStringEndToken, "\""), (SyntaxKind.NewLineToken, ""));
        AssertTokens("rf'{x = }'",
            (SyntaxKind.FStringStartToken, "rf'"), (SyntaxKind.OpenBraceToken, "{"), (SyntaxKind.IdentifierToken, "x"), (SyntaxKind.EqualsToken, "="),
            (SyntaxKind.CloseBraceToken, "}"), (SyntaxKind.FStringEndToken, "'"), (SyntaxKind.NewLineToken, ""));
        AssertTokens("f'{a!=b}{f\"{c}\"}'",
            (SyntaxKind.FStringStartToken, "f'"), (SyntaxKind.OpenBraceToken, "{"), (SyntaxKind.IdentifierToken, "a"), (SyntaxKind.ExclamationEqualsToken, "!="),
            (SyntaxKind.IdentifierToken, "b"), (SyntaxKind.CloseBraceToken, "}"), (SyntaxKind.OpenBraceToken, "{"), (SyntaxKind.FStringStartToken, "f\""),
            (SyntaxKind.OpenBraceToken, "{"), (SyntaxKind.IdentifierToken, "c"), (SyntaxKind.CloseBraceToken, "}"), (SyntaxKind.FStringEndToken, "\""),
            (SyntaxKind.CloseBraceToken, "}"), (SyntaxKind.FStringEndToken, "'"), (SyntaxKind.NewLineToken, ""));
        AssertTokens("f'{x:=5}'",
            (SyntaxKind.FStringStartToken, "f'"), (SyntaxKind.OpenBraceToken, "{"), (SyntaxKind.IdentifierToken, "x"), (SyntaxKind.ColonToken, ":"),
            (SyntaxKind.FStringMiddleToken, "=5"), (SyntaxKind.CloseBraceToken, "}"), (SyntaxKind.FStringEndToken, "'"), (SyntaxKind.NewLineToken, ""));
    }

    [Test]
    public void FStrings_NewLinesInExpressionsAreTrivia()
    {
        var tokens = LexAll("f'''{\nx\n}'''\n");
        Assert.That(tokens.Count(t => t.Kind == SyntaxKind.NewLineToken), Is.EqualTo(1));
        Assert.That(Concatenate(tokens), Is.EqualTo("f'''{\nx\n}'''\n"));
    }

    [Test]
    public void InvalidCharacters_AreBadTokens()
    {
        AssertTokens("a $ b", (SyntaxKind.IdentifierToken, "a"), (SyntaxKind.BadToken, "$"), (SyntaxKind.IdentifierToken, "b"), (SyntaxKind.NewLineToken, ""));
        AssertTokens("x!", (SyntaxKind.IdentifierToken, "x"), (SyntaxKind.BadToken, "!"), (SyntaxKind.NewLineToken, ""));
        Assert.That(FirstMessage("x = €"), Is.EqualTo("invalid character '€' (U+20AC)"));
        Assert.That(FirstMessage("x = \u00a0"), Is.EqualTo("invalid non-printable character U+00A0"));
        Assert.That(FirstMessage("x = ?"), Is.EqualTo("invalid syntax"));
        Assert.That(FirstMessage("x = '\0'"), Is.EqualTo("source code string cannot contain null bytes"));
    }

    [Test]
    public void ByteOrderMark_IsTrivia()
    {
        var tokens = LexAll("\uFEFFx\n");
        Assert.That(tokens[0].LeadingTrivia!.Kind, Is.EqualTo(SyntaxKind.ByteOrderMarkTrivia));
        Assert.That(Messages(tokens), Is.Empty);
    }

    [TestCase("\r\n\r\n  x\r\n")]
    [TestCase("a\rb\r")]
    [TestCase("\t\f  \\\n\\\r\n x")]
    [TestCase("'''abc")]
    [TestCase("f'{'")]
    [TestCase("f'{x!r:{y:{z}}}' f'}' f'{ }' f'{(]}'")]
    [TestCase("if x:\n        a\n    b\n  c\n")]
    [TestCase("\0\u0001\u00ff\ud800x\udc00")]
    [TestCase(")))]]]}}}")]
    [TestCase("((((\n")]
    [TestCase("x = 1 \\")]
    [TestCase("f'''{\n#}'''")]
    [TestCase("\\")]
    public void RoundTrip_OddInputs(string source)
    {
        var tokens = LexAll(source);
        Assert.That(Concatenate(tokens), Is.EqualTo(source));
    }

    [Test]
    public void Fuzz_RandomBytes_RoundTrip()
    {
        var random = new Random(12345);
        const string alphabet = "ab1 _.\t\f\n\r\\'\"#{}()[]:=!fr0xje+-*/<>\u00e9\u20ac\0";
        for (var i = 0; i < 3000; i++)
        {
            string text;
            if (i % 2 == 0)
            {
                var bytes = new byte[random.Next(0, 80)];
                random.NextBytes(bytes);
                text = PythonSourceDecoder.Decode(bytes).Text;
            }
            else
            {
                var chars = new char[random.Next(0, 80)];
                for (var k = 0; k < chars.Length; k++) chars[k] = alphabet[random.Next(alphabet.Length)];
                text = new string(chars);
            }
            var tokens = LexAll(text);
            Assert.That(Concatenate(tokens), Is.EqualTo(text), text);
        }
    }

    [Test]
    public void ResetTo_RestartsAtALine()
    {
        const string text = "if x:\n    a\n    b\nc\n";
        var lexer = new Lexer(text, PythonParseOptions.Default);
        while (lexer.Lex().Text != "a") { }
        lexer.Lex(); // NEWLINE
        var position = lexer.Position;
        Assert.That(lexer.Lex().Text, Is.EqualTo("b"));
        lexer.ResetTo(position);
        Assert.That(lexer.Lex().Text, Is.EqualTo("b"));
        Assert.That(lexer.Lex().Kind, Is.EqualTo(SyntaxKind.NewLineToken));
        Assert.That(lexer.Lex().Kind, Is.EqualTo(SyntaxKind.DedentToken));
    }

    // ------------------------------------------------------------------ CPython as the oracle

    private static readonly string[] s_errorSnippets =
    [
        "1abc", "0x", "0xg", "0o8", "0o", "0b2", "0b", "012", "1_", "1__0", "1e", "1e+", "1ja", "1.5abc", "0_", "0o18", "0b12",
        "a = '''abc\n", "a = 'abc\n", "a = 'abc", "x = '''\nabc\ndef", "x = 'ab\\\ncd\n", "x = 1 \\ y", "x = 1 + \\\n",
        "x = \u0001", "x = \u20ac", "x = \u00a0", "a\u20acb = 1", "x = \u007f",
        "if a:\n        x\n    y\n", "if a:\n\tx\n        y\n", "if a:\n        x\n\ty\n",
        "f'{}'", "f'{ }'", "f'}'", "f'{'", "f'{x'", "f'{x!}'", "f'{x!z}'", "f'{x!rr}'", "f'{x!r }'", "f'{x#}'", "f'{x\\n}'",
        "f'{(x}'", "f'{(x'", "f'{x)}'", "f'{x:{y:{z}}}'", "f'{\"a}'", "f'{x!'", "f'{x:'", "f'{x:{y'", "f'a}b'", "f'{a=b}'",
        "f'{\"\\n\"}'", "x = (]", "x = (\n]", "x = )", "a\0b",
    ];

    [Test]
    public void ErrorMessages_AreCPythons()
    {
        var expected = CPythonErrors(s_errorSnippets);
        Assert.Multiple(() =>
        {
            for (var i = 0; i < s_errorSnippets.Length; i++)
                Assert.That(FirstMessage(s_errorSnippets[i]), Is.EqualTo(expected[i] ?? ""), s_errorSnippets[i]);
        });
    }

    /// <summary>
    /// Escape sequences of str, bytes and f-string literals: CPython 3.11's decoding errors ("(unicode error) ...",
    /// "(value error) ..."), with its positions in the literal, on its line (that of the token after the strings).
    /// Invalid escapes like "\d" only warn. Compared with python3 at test time, through a full parse.
    /// </summary>
    private static readonly string[] s_escapeSnippets =
    [
        "'\\x4'\n", "'\\u12'\n", "'\\U1234'\n", "'\\xg0'\n", "'\\U00110000'\n", "u'\\x4'\n",
        "'\\N{NOT A NAME}'\n", "'\\N'\n", "'\\N{}'\n", "'\\Nx'\n", "'\\N{abc'\n", "'\\N{latin small letter a}\\x0'\n", "'\\N{\u00e9}'\n",
        "b'\\x4'\n", "b'ab\\x4g'\n", "b'''a\r\n\\x4'''\n", "b'\u00e9'\n",
        "'\u00e9\\x4'\n", "'\\\u00e9\\x4'\n", "'\U0001F600\\x4'\n", "'\\x4\u00e9'\n", "'\\\\\\x4'\n", "'a\\\n\\x4'\n",
        "'''\na\n\\x4'''\n", "'''a\r\n\\x4'''\n", "x = 1\ny = ('a'\n  '\\x4')\n", "x = ('\\x4'\n  'a'\n  'b')\n", "'a' '\\x4' 1 2\n",
        "'\\x4' b''\n", "b'' 'a' '\\x4'\n", "x = (b''\n'a')\n", "x = ('a'\nb'\u00e9')\n",
        "f'\\x4'\n", "f'{x}\\x4'\n", "f'a{{\\x4'\n", "f'}}\\x4'\n", "f'{x:\\x4}'\n", "f'\\N{DASH}\\x4'\n", "f'{x!r}\\x4'\n",
        "x = '\\x4'\ny = 1 2\n", "x = 1 2\ny = '\\x4'\n",
        "'\\d'\n", "b'\\u12'\n", "'\\777'\n", "rb'\\x4' r'\\N'\n", "'\\\\x4'\n", "'\\N{BULLET}\\x41'\n", "fr'\\x4{x}'\n",
    ];

    [Test]
    public void StringEscapeErrors_AreCPythons()
    {
        const string script = """
            import json, sys, warnings
            warnings.simplefilter("ignore")
            out = []
            for s in json.load(sys.stdin):
                try:
                    compile(s, "<s>", "exec", dont_inherit=True)
                    out.append(None)
                except SyntaxError as e:
                    out.append(f"{e.lineno}: {e.msg}")
            print(json.dumps(out))
            """;
        var output = Infrastructure.Python.RunWithInput(System.Text.Json.JsonSerializer.Serialize(s_escapeSnippets), "-c", script);
        var expected = System.Text.Json.JsonSerializer.Deserialize<string?[]>(output)!;
        Assert.Multiple(() =>
        {
            for (var i = 0; i < s_escapeSnippets.Length; i++)
            {
                var tree = SyntaxTree.ParseText(s_escapeSnippets[i]);
                var first = tree.GetDiagnostics().FirstOrDefault();
                var actual = first is null ? null : $"{first.Location.GetLineSpan().StartLinePosition.Line + 1}: {first.GetMessage()}";
                Assert.That(actual, Is.EqualTo(expected[i]), s_escapeSnippets[i]);
            }
        });
    }

    private static string StandardLibrary() =>
        Python.Run("-c", "import sysconfig;print(sysconfig.get_paths()['stdlib'])").Trim();

    [Test]
    public void StandardLibrary_RoundTrips_AndOnlyTheKnownFilesHaveLexicalErrors()
    {
        var stdlib = StandardLibrary();
        var withErrors = new List<string>();
        foreach (var file in Directory.EnumerateFiles(stdlib, "*.py", SearchOption.AllDirectories))
        {
            if (file.Contains("site-packages")) continue;
            var bytes = File.ReadAllBytes(file);
            var decoded = PythonSourceDecoder.Decode(bytes);
            Assert.That(decoded.Encoding.GetBytes(decoded.Text), Is.EqualTo(bytes), file);
            var tokens = LexAll(decoded.Text);
            Assert.That(Concatenate(tokens), Is.EqualTo(decoded.Text), file);
            var relative = Path.GetRelativePath(stdlib, file).Replace('\\', '/');
            var first = decoded.EncodingError ?? Messages(tokens).FirstOrDefault();
            if (first is not null) withErrors.Add(relative + ": " + first);
        }
        Assert.That(withErrors, Is.EquivalentTo(new[]
        {
            "test/tokenizedata/bad_coding.py: unknown encoding: uft-8",
            "test/tokenizedata/bad_coding2.py: encoding problem: utf8 with BOM",
            "test/tokenizedata/badsyntax_pep3120.py: (unicode error) 'utf-8' codec can't decode byte 0xf6 in position 1: invalid start byte",
            "test/tokenizedata/badsyntax_3131.py: invalid character '€' (U+20AC)",
            "lib2to3/tests/data/py2_test_grammar.py: leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers",
        }));
    }

    [Test]
    public void Decoder_MatchesCPython()
    {
        byte[][] cases =
        [
            "# \xf6\nx=1\n"u8.ToArray(), [.. "x = 'a"u8, 0xf6, .. "b'\n"u8], [.. "x = '''\n\n"u8, 0xf6, .. "'''\n"u8],
            [.. "# coding: latin-1\nx='"u8, 0xf6, .. "'\n"u8], "# coding: foobar\nx=1\n"u8.ToArray(), [0xef, 0xbb, 0xbf, .. "# coding: latin-1\nx=1\n"u8],
            "#!py\n# coding: latin-1\nx=1\n"u8.ToArray(), "x=1\n# coding: foobar\n"u8.ToArray(), "\n# coding: foobar\n"u8.ToArray(),
            [.. "# coding=ascii\nx='"u8, 0xf6, .. "'\n"u8], [.. "#coding:utf8\nx='"u8, 0xf6, .. "'\n"u8], "# coding: UTF_8\nx=1\n"u8.ToArray(),
            [.. "# vim: set fileencoding=cp1252 :\nx='"u8, 0x80, .. "'\n"u8], [.. "x = 1 # "u8, 0xff, 0xfe, .. "\n"u8], [.. "x = '"u8, 0xe6, 0x88, .. "'\n"u8],
        ];
        const string script = """
            import sys, json, ast, base64
            out = []
            for b in json.load(sys.stdin):
                try:
                    ast.parse(base64.b64decode(b)); out.append(None)
                except SyntaxError as e:
                    out.append(e.msg)
            print(json.dumps(out))
            """;
        var expected = System.Text.Json.JsonSerializer.Deserialize<List<string?>>(
            Python.RunScript(script, System.Text.Json.JsonSerializer.Serialize(cases.Select(Convert.ToBase64String))))!;
        Assert.Multiple(() =>
        {
            for (var i = 0; i < cases.Length; i++)
            {
                var decoded = PythonSourceDecoder.Decode(cases[i]);
                Assert.That(decoded.Encoding.GetBytes(decoded.Text), Is.EqualTo(cases[i]));
                Assert.That(decoded.EncodingError, Is.EqualTo(expected[i]), Encoding.Latin1.GetString(cases[i]));
            }
        });
    }

    [Test]
    public void Tokens_MatchCPythonsTokenize()
    {
        var stdlib = StandardLibrary();
        var files = Directory.EnumerateFiles(stdlib, "*.py", SearchOption.TopDirectoryOnly).OrderBy(f => f, StringComparer.Ordinal).Take(120).ToList();
        const string script = """
            import sys, tokenize, json
            out = []
            for fn in json.load(sys.stdin):
                toks = []
                with open(fn, 'rb') as f:
                    for t in tokenize.tokenize(f.readline):
                        n = tokenize.tok_name[t.type]
                        if n in ("NL", "COMMENT", "ENCODING", "INDENT", "DEDENT", "ENDMARKER"): continue
                        toks.append([n, t.string, t.start[0], t.start[1]])
                out.append(toks)
            print(json.dumps(out))
            """;
        var expected = System.Text.Json.JsonSerializer.Deserialize<List<List<System.Text.Json.JsonElement[]>>>(
            Python.RunScript(script, System.Text.Json.JsonSerializer.Serialize(files)))!;
        for (var f = 0; f < files.Count; f++)
        {
            var text = PythonSourceDecoder.Decode(File.ReadAllBytes(files[f])).Text;
            var actual = PythonView(text);
            var want = expected[f].Select(e => $"{e[0].GetString()} {e[1].GetString()} {e[2].GetInt32()},{e[3].GetInt32()}").ToList();
            Assert.That(actual, Is.EqualTo(want), files[f]);
        }
    }

    /// <summary>The tokens as tokenize names them (f-strings whole, as in 3.11), with 1-based line and code point column.</summary>
    private static List<string> PythonView(string text)
    {
        var lineMap = new PythonLineMap(text);
        var result = new List<string>();
        var position = 0;
        var depth = 0;
        var fstringStart = 0;
        foreach (var t in LexAll(text))
        {
            var start = position + (t.LeadingTrivia?.FullWidth ?? 0);
            position += t.FullWidth;
            if (t.Kind == SyntaxKind.FStringStartToken)
            {
                if (depth++ == 0) fstringStart = start;
                continue;
            }
            if (t.Kind == SyntaxKind.FStringEndToken)
            {
                if (--depth == 0) result.Add(Describe("STRING", text.Substring(fstringStart, start + t.Width - fstringStart), fstringStart));
                continue;
            }
            if (depth > 0 || t.Kind is SyntaxKind.IndentToken or SyntaxKind.DedentToken or SyntaxKind.EndOfFileToken) continue;
            var type = t.Kind switch
            {
                SyntaxKind.IdentifierToken => "NAME",
                SyntaxKind.NumberToken => "NUMBER",
                SyntaxKind.StringToken => "STRING",
                SyntaxKind.NewLineToken => "NEWLINE",
                SyntaxKind.BadToken => "ERRORTOKEN",
                _ => SyntaxFacts.IsKeyword(t.Kind) ? "NAME" : "OP",
            };
            result.Add(Describe(type, t.Text, start));
        }
        return result;

        string Describe(string type, string value, int at)
        {
            var line = lineMap.GetLineIndex(at);
            var column = 0;
            for (var i = lineMap.GetLineStart(line); i < at; i++)
                if (!char.IsLowSurrogate(text[i])) column++;
            return $"{type} {value} {line + 1},{column}";
        }
    }
}
