namespace PythonAot.Cli.Tests;

public class PythonReprTests
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
    public void Quote_MatchesPythonRepr(string text, string expected) =>
        Assert.That(PythonRepr.Quote(text), Is.EqualTo(expected));

    [Test]
    public void Quote_AgreesWithCPython()
    {
        string[] samples = ["x", "it's", "say \"hi\"", "both ' and \"", "tab\there", "\u0085\u00ad\u3000 ", "\U0001F600\U000E0001"];
        var script = "import sys,json\nfor s in json.load(sys.stdin): print(json.dumps(repr(s)))";
        var json = System.Text.Json.JsonSerializer.Serialize(samples);
        var info = new System.Diagnostics.ProcessStartInfo("python3", ["-c", script])
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            UseShellExecute = false,
        };
        info.Environment["PYTHONIOENCODING"] = "utf-8";
        using var process = System.Diagnostics.Process.Start(info)!;
        process.StandardInput.Write(json);
        process.StandardInput.Close();
        var lines = process.StandardOutput.ReadToEnd().Split('\n', StringSplitOptions.RemoveEmptyEntries);
        process.WaitForExit();
        Assert.That(lines, Has.Length.EqualTo(samples.Length));
        for (var i = 0; i < samples.Length; i++)
            Assert.That(PythonRepr.Quote(samples[i]), Is.EqualTo(System.Text.Json.JsonSerializer.Deserialize<string>(lines[i])), samples[i]);
    }
}
