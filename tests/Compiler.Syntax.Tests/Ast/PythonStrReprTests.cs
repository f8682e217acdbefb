using PythonAot.Compiler.Syntax.Tests.Infrastructure;

namespace PythonAot.Compiler.Syntax.Tests.Ast;

/// <summary>repr(str) against CPython (the CLI prints token text with it).</summary>
public class PythonStrReprTests
{
    [TestCase("abc", "'abc'")]
    [TestCase("", "''")]
    [TestCase("it's", "\"it's\"")]
    [TestCase("'\"", "'\\'\"'")]
    [TestCase("a\\b", "'a\\\\b'")]
    [TestCase("\t\r\n", "'\\t\\r\\n'")]
    [TestCase("\0\x1b\x7f", "'\\x00\\x1b\\x7f'")]
    [TestCase("\u00e9\u4e2d", "'\u00e9\u4e2d'")]
    [TestCase("\u00a0\u200b\u2028", "'\\xa0\\u200b\\u2028'")]
    [TestCase("\U0001F600", "'\U0001F600'")]
    [TestCase("\uFEFF", "'\\ufeff'")]
    public void Str_MatchesPythonRepr(string text, string expected) =>
        Assert.That(PythonRepr.Str(text), Is.EqualTo(expected));

    [Test]
    public void Str_AgreesWithCPython()
    {
        string[] samples = ["x", "it's", "say \"hi\"", "both ' and \"", "tab\there", "\u0085\u00ad\u3000 ", "\U0001F600\U000E0001"];
        var script = "import sys,json\nfor s in json.load(sys.stdin): print(json.dumps(repr(s)))";
        var json = System.Text.Json.JsonSerializer.Serialize(samples);
        var lines = Python.RunWithInput(json, "-c", script).Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.That(lines, Has.Length.EqualTo(samples.Length));
        for (var i = 0; i < samples.Length; i++)
            Assert.That(PythonRepr.Str(samples[i]), Is.EqualTo(System.Text.Json.JsonSerializer.Deserialize<string>(lines[i])), samples[i]);
    }
}
