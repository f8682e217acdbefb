namespace PythonAot.Cli.Tests;

public class AstCommandTests
{
    private const string Sample =
        "# -*- coding: utf-8 -*-\n" +
        "\"\"\"Module docstring.\"\"\"\n" +
        "from __future__ import annotations\n" +
        "import os.path as osp\n" +
        "\n" +
        "@decorator(1, key='v')\n" +
        "class Greeter(Base, metaclass=Meta):\n" +
        "    count: int = 0\n" +
        "\n" +
        "    async def greet(self, name: str, *args, sep='\\t', **kw) -> str:\n" +
        "        for i in range(3):\n" +
        "            if i % 2 == 0 and not name:\n" +
        "                continue\n" +
        "        try:\n" +
        "            value = {k: v ** 2 for k, v in kw.items() if v}\n" +
        "        except (KeyError, ValueError) as e:\n" +
        "            raise RuntimeError('é') from e\n" +
        "        finally:\n" +
        "            pass\n" +
        "        return f\"{name!r:>10} says {value[0]:.2f}\" + b'\\x00'.decode()\n" +
        "\n" +
        "lambda x, /, y=2: (x, *y)\n" +
        "with open('f') as f, open('g'): del a[1:2, ::3]\n" +
        "while (n := n - 1) > 0: x @= -~n; break\n";

    private TempDirectory _dir = null!;

    [SetUp]
    public void SetUp() => _dir = new TempDirectory();

    [TearDown]
    public void TearDown() => _dir.Dispose();

    [Test]
    public void DemoSource_EqualsCPython() => AssertSameAsCPython(_dir.Write("embed.py", DemoCommand.Source));

    [Test]
    public void Sample_EqualsCPython() => AssertSameAsCPython(_dir.Write("sample.py", Sample));

    [Test]
    public void CrlfAndTabs_EqualsCPython() =>
        AssertSameAsCPython(_dir.Write("crlf.py", "if x:\r\n\ty = [1,\r\n\t  2]\r\nelse:\r\n\tpass\r\n"));

    [TestCase("json/__init__.py")]
    [TestCase("textwrap.py")]
    [TestCase("dataclasses.py")]
    public void StdlibFile_EqualsCPython(string relativePath)
    {
        var path = Path.Combine(Python.StdlibDirectory, relativePath);
        Assert.That(File.Exists(path), Is.True, "CPython 3.11's standard library lacks " + path);
        AssertSameAsCPython(path);
    }

    [Test]
    public void SyntaxError_PrintsCPythonsLastLineAndExits1()
    {
        var file = _dir.Write("bad.py", "def f(x)\n    return x\n");
        var result = Cli.Run("ast", file);
        Assert.That(result.ExitCode, Is.EqualTo(1), result.ToString());
        Assert.That(result.Stdout, Is.Empty);
        var (exitCode, _, stderr) = Python.Run("-c", Python.AstDumpOneLiner, file);
        Assert.That(exitCode, Is.EqualTo(1));
        Assert.That(LastLine(result.Stderr), Is.EqualTo(LastLine(stderr)));
        Assert.That(result.Stderr, Does.Contain($"  File \"{file}\", line 1\n    def f(x)\n"));
    }

    [Test]
    public void IndentationError_UsesCPythonsExceptionType()
    {
        var file = _dir.Write("indent.py", "if x:\npass\n");
        var result = Cli.Run("ast", file);
        Assert.That(result.ExitCode, Is.EqualTo(1), result.ToString());
        var (_, _, stderr) = Python.Run("-c", Python.AstDumpOneLiner, file);
        Assert.That(LastLine(result.Stderr), Is.EqualTo(LastLine(stderr)));
    }

    [TestCase("type X = int\n", "a type alias statement (line 1)")]
    [TestCase("x = 1\ndef f[T](x: T) -> T:\n    return x\n", "a generic type parameter list (line 2)")]
    [TestCase("class C[T]: pass\n", "a generic type parameter list (line 1)")]
    public void Python312Construct_IsRefusedNotDumpedAsSomethingElse(string source, string expected)
    {
        var file = _dir.Write("new.py", source);
        var result = Cli.Run("ast", "--language-version", "3.12", file);
        Assert.That(result.ExitCode, Is.EqualTo(2), result.ToString());
        Assert.That(result.Stdout, Is.Empty);
        Assert.That(result.Stderr, Does.StartWith("pyaot: error: " + expected));
        Assert.That(result.Stderr, Does.Contain("no node in CPython 3.11's ast module"));
    }

    [Test]
    public void FormatPythonError_StripsIndentationAndPointsAtTheColumn()
    {
        var diagnostic = Microsoft.CodeAnalysis.Diagnostic.Create(
            PythonAot.Compiler.Syntax.Errors.SyntaxDiagnosticDescriptors.InvalidSyntax, Microsoft.CodeAnalysis.Location.None);
        var reported = new ReportedDiagnostic("m.py", diagnostic, 2, 7, 2, 9, "    x = = 1");
        Assert.That(AstCommand.FormatPythonError(reported), Is.EqualTo(
            "  File \"m.py\", line 2\n" +
            "    x = = 1\n" +
            "      ^^\n" +
            "SyntaxError: invalid syntax\n"));
    }

    private static void AssertSameAsCPython(string path)
    {
        var expected = Python.Output("-c", Python.AstDumpOneLiner, path);
        var result = Cli.Run("ast", path);
        Assert.That(result.ExitCode, Is.EqualTo(0), result.ToString());
        Assert.That(result.Stderr, Is.Empty);
        if (result.Stdout != expected) Assert.Fail(FirstDifference(expected, result.Stdout));
    }

    private static string FirstDifference(string expected, string actual)
    {
        var i = 0;
        while (i < expected.Length && i < actual.Length && expected[i] == actual[i]) i++;
        var from = Math.Max(0, i - 120);
        return $"ast dumps differ at char {i} (expected length {expected.Length}, actual {actual.Length})\n" +
               $"expected: ...{expected.Substring(from, Math.Min(240, expected.Length - from))}\n" +
               $"actual:   ...{actual.Substring(from, Math.Min(240, actual.Length - from))}";
    }

    private static string LastLine(string text) => text.TrimEnd('\n').Split('\n')[^1];
}
