using System.Text;

namespace PythonAot.Compiler.Syntax.Tests.Ast;

/// <summary>
/// Tricky snippets whose <see cref="CPythonAst.Dump(SyntaxTree)"/> must equal CPython's
/// <c>ast.dump(ast.parse(src), include_attributes=True)</c>; python3 runs once for the whole batch.
/// </summary>
[TestFixture]
public class AstDumpTests
{
    private static readonly string[] s_snippets =
    [
        // ---- numbers
        "x = 1\n",
        "0x_FF\n0o17\n0O17\n0b1010\n0B1_0\n1_000_000\n00\n0_0\n",
        "1_000.5e-3j\n1e16\n1e15\n1.5\n.5\n5.\n1e-5\n0.0001\n1E5\n1.e3\n",
        "10000000000000000000000000000\n0xFFFFFFFFFFFFFFFFFFFFFFFFFFFF\n0o7777777777777777777777777\n",
        "1j\n1e+16j\n1e400\n1e400j\n0j\n2.5J\n1_0j\n123456789012345678901234567890.0\n0.1\n1e22\n5e-324\n",
        // ---- strings
        "'a' \"b\"\n",
        "u'x' 'y'\n",
        "U'x'\n",
        "b'\\x00\\xff' rb'\\d' B'\"'\n",
        "b'\\'\"'\n",
        "'\\N{LATIN SMALL LETTER A}\\N{BEL}\\N{HANGUL SYLLABLE GAG}\\N{CJK UNIFIED IDEOGRAPH-4E00}\\N{latin small letter b}'\n",
        "'\\N{CJK COMPATIBILITY IDEOGRAPH-F900}\\N{NUSHU CHARACTER-1B170}\\N{BYTE ORDER MARK}\\N{LINE FEED}'\n",
        "'\\ud800\\udc00' '\\ud83d'\n",
        "'\\101\\0\\777\\x41\\u0041\\U00000041\\a\\b\\f\\v\\q'\n",
        "'''a\r\nb'''\n",
        "'a\\\nb'\n",
        "x = 'it\\'s'\ny = 'both \\' \"'\nz = \"dq\\\"\"\n",
        "'\\u200b\\x7f\\xa0\\u2028\\U0001F600\u00e9\\t\\r\\n\\x01\\\\'\n",
        "r'\\'' R\"\\\\\"\n",
        "'\\u0378\\U000E0001\\U0010FFFF\\ue000\\u00ad'\n",
        "''\n\"\"\n''''''\n",
        "x = ('a'\n     'b'\n     \"c\")\n",
        // ---- f-strings
        "f'{x}'\n",
        "f'a{x!r:>{width}.{prec}}b'\n",
        "f'{x=}'\n",
        "f'{x = !s}'\n",
        "f'{x=:>10}'\n",
        "f'{ x = }'\n",
        "f'{{}}{x}{{'\n",
        "'a' f'b{x}c' 'd'\n",
        "u'a' f'{x}' 'b'\n",
        "f''\n",
        "'' f''\n",
        "'a' f''\n",
        "f'{x:}'\n",
        "f'{x!r}' f'{y:{z}}'\n",
        "x = f'''\n  {a} {b+1:{c}}'''\n",
        "x = f\"{f'{y}'}\" f\"{f'ab{z}'}\"\n",
        "rf'\\d{x}\\n' fr'{y}\\\\'\n",
        "f'\\N{BULLET} {x} \\t'\n",
        "x = (f'{a}'\n     f'{b}')\n",
        "f'{a}{a}'\n",
        "f'''{\nx}'''\n",
        "xx = f'''{a +\nb} {c\n+ d}'''\n",
        "f'{x:{y}abc{z}}'\n",
        "f'a{{b}}c{x}' f'{x}}}{{'\n",
        // A bare tuple or generator takes the parentheses CPython 3.11 wraps the field text in.
        "f'{self.__class__.__name__,}({w})'\nf'{3,}'\nf'{ a, b = }'\nf'{*a, b!r}'\nf'''{\n  a,\n  b}'''\nf'{a,:>3}'\n",
        "f'{x for x in y}'\nf'{ x for x in y }'\n",
        "def f():\n    f'{yield}' f'{(yield x)}'\n",
        // A multi-line string token inside a field keeps its raw column in the copied text.
        "x = f\"\"\"{'''a\nb'''} {1}\"\"\"\n",
        "x = f\"\"\"{\nx}\"\"\" + f\"\"\"  {\n  y} {z}\"\"\"\n",
        "f'{\"\u00e9\"} {y}'\n",
        "\u00e9 = f'\u00fc{\u00e9}\u00fc{x}'\n",
        "f'{x,y}' f'{x:=10}' f'{(x:=10)}'\n",
        "f'{(lambda: 1)}'\n",
        "f'{x!a}{y!s:^3}'\n",
        "f'{3.14:.2f}' f'{x[\"k\"]}' f'{{x}}'\n",
        // ---- expressions
        "a and b and c or d\n(a and b) and c\na or (b or c)\nnot a\n-1\n+a\n~a\n",
        "a < b <= c\na is not b\na not in b\na in b\na is b\na != b > c >= d == e\n",
        "lambda: 0\nlambda x, /, y=1, *a, z, w=2, **k: 0\nlambda *, a: a\nlambda a, b=1, /, c=2: 0\n",
        "x if y else z\n",
        "[x for x in y if z if w for q in r]\n{k: v for k, v in d}\n{x for x in y}\n(x for x in y)\n",
        "f(x for x in y)\nf((x for x in y))\nf(*a, **k, b=1)\nf(a)(b)(c)\nf()\n",
        "a[1]\na[1:2]\na[::]\na[:]\na[1:2, 3]\na[1,]\na[*b]\na[b, *c]\na[1:2:3]\na[()]\n",
        "a.b.c\n(a).b\n(a)\n((a, b))\na, b\n(a, b,)\n()\n[]\n{}\n{1: 2, **c}\n{1, 2}\n",
        "*a, b = c\na, *b = c\n[a, b] = c\n(a, b) = c\na = b = c\na.b = c[d] = 1\n",
        "del a, b[1], c.d\ndel (a, b)\ndel [a]\n",
        "(x := 1)\n[y := 2, z]\nf(a := 1)\n",
        "def f():\n    x = yield\n    yield a, b\n    yield from g\n    await_ = (yield)\n",
        "async def f():\n    await x\n    async for a in b: pass\n    async with c as d, e: pass\n    [x async for x in y]\n",
        "a ** b ** c\n-a ** b\na + b * c - d / e // f % g @ h\na << b >> c & d | e ^ f\n",
        "...\nNone\nTrue\nFalse\nx = ...\n",
        "print(*args, sep='', **kw)\n",
        // ---- statements
        "@d\n@e.f(1)\ndef f(*a: int, b=1, **k) -> int: pass\n",
        "@d\nclass C(A, B, metaclass=M, **kw): x;\n",
        "class C: pass\nclass D(): pass\n",
        "if x: a;\nif y:\n  b;  # c\n\nwhile 1: pass;\n",
        "if a:\n    pass\nelif b:\n    pass\nelif c:\n    x = 1\nelse:\n    y = 2\n",
        "for x in y:\n    pass\nelse:\n    pass\nfor a, b in c, d: pass\n",
        "try:\n    pass\nexcept E as e:\n    pass\nexcept (A, B):\n    pass\nexcept:\n    pass\nelse:\n    pass\nfinally:\n    pass\n",
        "try:\n    pass\nexcept* E:\n    pass\n",
        "try:\n    pass\nfinally:\n    x = 1\n",
        "with a as b, c:\n    pass\nwith (a as b, c as d,):\n    pass\nwith (a, b) as c:\n    pass\nwith (a):\n    pass\n",
        "global a, b\nnonlocal c\n",
        "import a.b.c as d, e\nfrom . import (a as b,)\nfrom .. a import *\nfrom ...x.y import z\nfrom .... import w\nimport a.b\n",
        "assert x\nassert x, 'msg'\nraise\nraise E\nraise E from e\nreturn\nreturn 1, 2\n",
        "x: int\nx: int = 1\n(x): int = 1\nx.y: int\nx[0]: int = 2\n",
        "x += 1\nx -= 1\nx *= 1\nx @= 1\nx /= 1\nx %= 1\nx **= 1\nx <<= 1\nx >>= 1\nx |= 1\nx ^= 1\nx &= 1\nx //= 1\n",
        "break\ncontinue\npass\n",
        "x = 1; y = 2;\n",
        "def f(a, /, b, *, c): pass\ndef g(a=1, /, b=2, *args, c, d=3, **kw): pass\ndef h(*, a=1): pass\n",
        "def f(\n    a,  # comment\n    b: 'x' = 2,\n):\n    '''doc'''\n    return a\n",
        // ---- match
        "match x:\n    case 1:\n        pass\n    case -1:\n        pass\n    case 1+2j:\n        pass\n    case -1-2j:\n        pass\n    case 'a' 'b':\n        pass\n    case b'x':\n        pass\n",
        "match x:\n    case None:\n        pass\n    case True | False:\n        pass\n    case a.b.c:\n        pass\n    case _:\n        pass\n",
        "match x:\n    case [a, *b, c]:\n        pass\n    case (a, b):\n        pass\n    case (a):\n        pass\n    case a, *_:\n        pass\n    case ():\n        pass\n    case []:\n        pass\n",
        "match x:\n    case {1: a, 'b': [c], **rest}:\n        pass\n    case {}:\n        pass\n    case {a.b: 1}:\n        pass\n",
        "match x:\n    case Point(1, y=2, z=a):\n        pass\n    case a.B():\n        pass\n    case C(x) as y if y > 0:\n        pass\n    case (1 | 2) as z:\n        pass\n",
        "match a, b:\n    case x, y:\n        pass\nmatch *a, b:\n    case _:\n        pass\n",
        "match = 1\ncase = 2\nmatch.x = 3\n",
        // ---- positions
        "\u00e9 = '\u00fc'; x = \u00e9\n",
        "x = 1\r\ny = [\r\n  2,\r\n]\r\n",
        "x = 1\ry = 2\r",
        "if x:\n\ty = 1\n",
        "x = 1 + \\\n    2\n",
        "\ufeffx = '\u00e9'\n",
        "\ufeff# coding: utf-8\ny = 1\n",
        "x = [\n    1,\n    2,\n]\n",
        "\uff21 = 1\n\ufb01 = 2\nprint(\uff21.\ufb01)\n",
        "def f():\n    return (\n        1\n    )\n",
        "x = (  # comment\n    a\n)\n",
        "\n\n# only comments\n\n",
        "",
        "pass",
        "if x:\n    pass\n# trailing comment\n",
        "class A:\n    def f(self):\n        pass\n\n\n    x = 1\n",
        "x = \"\"\"\n\u00e9\n\"\"\" + '\u00fc'\n",
    ];

    private IReadOnlyList<OracleResult> _oracle = [];

    /// <summary>Runs python3 once for every snippet.</summary>
    [OneTimeSetUp]
    public void RunCPython() =>
        _oracle = CPythonOracle.RunSources(s_snippets.Select(s => Encoding.UTF8.GetBytes(s)).ToArray());

    /// <summary>One test case per snippet.</summary>
    public static IEnumerable<TestCaseData> Snippets() =>
        s_snippets.Select((s, i) => new TestCaseData(i).SetName($"Snippet{i:000}_{Describe(s)}"));

    /// <summary>Our dump of the snippet equals CPython's.</summary>
    [TestCaseSource(nameof(Snippets))]
    public void DumpEqualsCPython(int index)
    {
        var source = s_snippets[index];
        var expected = _oracle[index];
        Assert.That(expected.Accepted, Is.True, $"CPython rejects the snippet: {expected.ErrorMessage}");
        var tree = SyntaxTree.ParseBytes(Encoding.UTF8.GetBytes(source));
        var diagnostics = tree.GetDiagnostics().ToList();
        Assert.That(diagnostics, Is.Empty, "unexpected diagnostics: " + string.Join("; ", diagnostics));
        var actual = CPythonAst.Dump(tree);
        if (actual != expected.Dump)
            Assert.Fail(DumpDiff.Describe(source, actual, expected.Dump));
    }

    /// <summary>The object model exposes type names, fields in order, locations and constant values.</summary>
    [Test]
    public void LowerGivesTheObjectModel()
    {
        var module = CPythonAst.Lower(SyntaxTree.ParseText("x = 1\n"));
        Assert.That(module.TypeName, Is.EqualTo("Module"));
        var body = (IReadOnlyList<object?>)module["body"]!;
        var assign = (AstNode)body[0]!;
        Assert.That(assign.TypeName, Is.EqualTo("Assign"));
        Assert.That(assign.Location, Is.EqualTo(new AstLocation(1, 0, 1, 5)));
        Assert.That(((AstNode)assign["value"]!)["value"], Is.EqualTo(new System.Numerics.BigInteger(1)));
        Assert.That(assign.Fields.Select(f => f.Name), Is.EqualTo(new[] { "targets", "value", "type_comment" }));
    }

    private static string Describe(string source)
    {
        var builder = new StringBuilder();
        foreach (var c in source)
        {
            if (builder.Length >= 24) break;
            builder.Append(char.IsLetterOrDigit(c) && c < 128 ? c : '_');
        }
        return builder.ToString();
    }
}
