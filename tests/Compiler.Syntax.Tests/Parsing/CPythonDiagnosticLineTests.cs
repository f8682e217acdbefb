using System.Text.Json;
using PythonAot.Compiler.Syntax.Tests.Infrastructure;

namespace PythonAot.Compiler.Syntax.Tests.Parsing;

/// <summary>
/// For invalid snippets, our first diagnostic (by position) is on the line of CPython 3.11's SyntaxError. CPython
/// runs once at test time for the whole list (python3 on the PATH); nothing of its output is pasted here.
/// </summary>
[TestFixture]
public class CPythonDiagnosticLineTests
{
    private static readonly string[] Snippets =
    [
        "1 = 2\n",
        "f() = 1\n",
        "a, f() = 1\n",
        "x = (1,\n",
        "print \"hi\"\n",
        "if x\n  pass\n",
        "if x:\npass\n",
        "f\"{x!z}\"\n",
        "f(x for x in y, 1)\n",
        "f(a=1, b)\n",
        "def f(a=1, b): pass\n",
        "try:\n  pass\nx = 1\n",
        "f(**a, *b)\n",
        "f(a.b=1)\n",
        "del f()\n",
        "for f() in x: pass\n",
        "x + 1 += 2\n",
        "(a, b): int\n",
        "x = yield = 1\n",
        "[x for x in y] = 1\n",
        "a = 1 if b\n",
        "with a as 1: pass\n",
        "f\"{}\"\n",
        "a b\n",
        "case x: pass\n",
        "match x:\n    case 1 as _: pass\n",
        "for x y: pass\n",
        "def f(*): pass\n",
        "def f(a, /, b, /): pass\n",
        "try:\n pass\nexcept a, b:\n pass\n",
        "import\n",
        "from x import a,\n",
        "x = {1: 2, 3}\n",
        "(*a)\n",
        "[a b]\n",
        "x = 1 +\n",
        "if x = 1: pass\n",
        "@foo\nx = 1\n",
        "else: pass\n",
        "x = 1\n  y = 2\n",
        "if x:\n  a\n    b\n",
        "match x:\n  case A(a=1, b): pass\n",
        "x = 'a' b'c'\n",
        "def f(x):\n    return x +\n",
        "class A:\n    def f(self):\n        pass\n   x = 1\n",
        "foo(\nx = 1\n",
        "x = [1, 2\ny = 3\n",
        "x = )\n",
        "x = (1, 2]\n",
        "def f():\n    x = 1\n\n    if x:\n    y = 2\n",
        "while True:\n    break\nelse\n    pass\n",
        "x = {**a, b}\n",
        "lambda x=1, y: x\n",
        "x[1:2:3:4]\n",
        "def f(x):\n    pass\n\nclass C:\n    x = [\n        1,\n        2\n    y = 3\n",
        // Errors at a token that has leading trivia (comment lines) are on the token's line, or where CPython's range starts.
        "# -*- coding: utf-8 -*-\n\u20ac = 2\n",
        "(lambda a\n# c\n  1)\n",
        "x = (1 if y\n# comment\n  z)\n",
        "x = (\n# c\n  1 if y)\n",
        "f(x for x\n# c\n  y)\n",
        "[x for a, b\n\n  y]\n",
        "def f(a, /, b!, c): pass\n",
        "f'{*a for a in b}'\n",
    ];

    [Test]
    public void FirstDiagnosticLine_MatchesCPython()
    {
        const string script = """
            import json, sys
            out = []
            for s in json.load(sys.stdin):
                try:
                    compile(s, "<s>", "exec", flags=0x400, dont_inherit=True)
                    out.append(None)
                except SyntaxError as e:
                    out.append(e.lineno)
            print(json.dumps(out))
            """;
        var output = Python.RunWithInput(JsonSerializer.Serialize(Snippets), "-c", script);
        var expected = JsonSerializer.Deserialize<int?[]>(output)!;
        var mismatches = new List<string>();
        for (var i = 0; i < Snippets.Length; i++)
        {
            var tree = SyntaxTree.ParseText(Snippets[i]);
            Assert.That(tree.GetRoot().ToFullString(), Is.EqualTo(Snippets[i]));
            var first = tree.GetDiagnostics().OrderBy(d => d.Location.SourceSpan.Start).FirstOrDefault();
            int? line = first is null ? null : first.Location.GetLineSpan().StartLinePosition.Line + 1;
            Assert.That(expected[i], Is.Not.Null, $"CPython accepts {Snippets[i]}");
            if (line != expected[i])
                mismatches.Add($"{JsonSerializer.Serialize(Snippets[i])}: CPython line {expected[i]}, ours {line} ({first?.GetMessage()})");
        }
        Assert.That(mismatches, Is.Empty);
    }

    /// <summary>
    /// Where CPython 3.11's reported error is not the first one: after a grammar error it tokenizes the rest of the
    /// file, and a tokenizer error there wins. <see cref="SyntaxTree.GetPrimaryError"/> gives CPython's message and line.
    /// </summary>
    private static readonly string[] PrimarySnippets =
    [
        "x = 1 2\n0777\n",
        "x = 1 2\ny = 'abc\n",
        "x = 1 2\n\u20ac\n",
        "x = 1 2\ny = )\n",
        "x = 1 2\n0x\n",
        "x = 1 2; 0777\n",
        "def f(\n  a b\n  1_)\n",
        "x = (1,\n     2 3,\n     0777)\n",
        "if x:\npass\n0777\n",
        "f'{}'\n0777\n",
        "'\\x4'\n0777\n",
        "x = 1 2\n  y\n",
        "x = 1 2\nx = 1 \\ 2\n",
        "x = 1 2\nif x:\n\ty\n        z\n",
        "x = 1 2\nfoo(\n",
        "foo(a b,\n",
        "foo(a,\nb c\n",
        "foo(\nx = 1 2\n",
        "  x = 1\n0777\n",
        "# -*- coding: utf-8 -*-\n\u20ac = 2\n",
        // Message and line of the first error.
        "1\u20ac\n",
        "1\u00a0\n",
        "0x1\u20ac\n",
        "1\u00e9\n",
        "\\",
        "x = \\",
        "x = 1\\\n",
        "(\\",
        "f\"{!r}\"\n",
        "f\"{:>10}\"\n",
        "f\"{=}\"\n",
        "f\"{x y}\"\n",
        "f'{[1 2]}'\n",
        "f'{a b c}'\n",
        "f'{x $}'\n",
        "f'{x \"s\"}'\n",
        "f'{x!r x}'\n",
        "f\"{x['key}\"\n",
        "{**a for a in b}\n",
        "x = {**a for a in b}\n",
        "for lambda: 1 in x: pass\n",
        // invalid_named_expression / invalid_assignment, comprehensions, parameters, match, f-string fields, blocks.
        "x = (y = 1)\n",
        "a if b else c = 1\n",
        "lambda: 1 = 1\n",
        "a < b = 1\n",
        "not x = 1\n",
        "(yield) = 1\n",
        "[a, b for a in c]\n",
        "{a: *b for a in c}\n",
        "def f(a, (b, c)): pass\n",
        "lambda (a, b): 0\n",
        "print(*a for a in b)\n",
        "match x\n    case 1: pass\n",
        "def f() -> int\n    pass\n",
        "f'{*x}'\n",
        "f'{**x}'\n",
        "try:\npass\n",
        "match x:\n    case 1:\n    pass\n",
        "match x:\n    case {**_}: pass\n",
        "f(), a = 1\n",
        "a, f() = 1\n",
        "*f() = 1\n",
        "(f()) = 1\n",
        "(a < b) = 1\n",
        "a, (yield) = 1\n",
        "x = (yield) = 1\n",
        "(yield) = 1 = 2\n",
        "f() = 1\n",
        "a + b = 1\n",
        "-a = 1\n",
        "a, b < c = 1\n",
        "[a] = f() = 1\n",
        "x = a < b = 1\n",
        "x = f() = 1\n",
        "await x = 1\n",
        "a.b, f() = 1 if x else 2\n",
        "f() = yield\n",
        "f() = x, y\n",
        "f(y = 1 = 2)\n",
        "(y = 1)\n",
        "x = (y = 1, 2)\n",
        "x = [y = 1]\n",
        "(f() = 1)\n",
        "(a < b = 1)\n",
        "x = (a.b = 1)\n",
        "((y) = 1)\n",
        "print(x = 1 = 2)\n",
        "x = (y = z = 1)\n",
        "x = (a < b = 1)\n",
        "x = (f() = 1 = 2)\n",
        "x = [f() = 1]\n",
        "x = {y = 1}\n",
        "a[y = 1]\n",
        "x = (y = 1 if z else 2)\n",
        "x = (y = a < b)\n",
        "x = (*y = 1)\n",
        "{a, b for a in c}\n",
        "(a, b for a in c)\n",
        "[a, for a in c]\n",
        "[a, b, c for a in c]\n",
        "{a: *b}\n",
        "{a: 1, b: *c}\n",
        "def f(a=1, (b, c)): pass\n",
        "def f(a, (b: int, c)): pass\n",
        "def f((b)): pass\n",
        "def f(*, (b)): pass\n",
        "lambda a, (b): 0\n",
        "lambda (a): 0\n",
        "print(**a for a in b)\n",
        "f(a, *b for b in c)\n",
        "match x\n",
        "match x:\n    case 1\n        pass\n",
        "match x:\n    case {**_, }: pass\n",
        "match x:\n    case {'a': 1, **_}: pass\n",
        "class A:\npass\n",
        "while x:\npass\n",
        "try:\n  pass\nexcept E:\npass\n",
        "try:\n  pass\nfinally:\npass\n",
        "with a:\npass\n",
        "match x:\ncase 1: pass\n",
        "x = [y = 1 = 2]\n",
        "def f(a, (b, c)=1): pass\n",
    ];

    [Test]
    public void PrimaryError_IsTheErrorCPythonRaises()
    {
        const string script = """
            import json, sys
            out = []
            for s in json.load(sys.stdin):
                try:
                    compile(s, "<s>", "exec", flags=0x400, dont_inherit=True)
                    out.append(None)
                except SyntaxError as e:
                    out.append(f"{e.lineno}: {e.msg}")
            print(json.dumps(out))
            """;
        var output = Python.RunWithInput(JsonSerializer.Serialize(PrimarySnippets), "-c", script);
        var expected = JsonSerializer.Deserialize<string?[]>(output)!;
        var mismatches = new List<string>();
        for (var i = 0; i < PrimarySnippets.Length; i++)
        {
            var error = SyntaxTree.ParseText(PrimarySnippets[i]).GetPrimaryError();
            var actual = error is null ? null : $"{error.Location.GetLineSpan().StartLinePosition.Line + 1}: {error.GetMessage()}";
            Assert.That(expected[i], Is.Not.Null, $"CPython accepts {PrimarySnippets[i]}");
            if (actual != expected[i])
                mismatches.Add($"{JsonSerializer.Serialize(PrimarySnippets[i])}: CPython {expected[i]}, ours {actual}");
        }
        Assert.That(mismatches, Is.Empty);
    }
}
