using System.Text.Json;

namespace PythonAot.Cli.Tests;

public class CheckCommandTests
{
    // CPython: SyntaxError: expected ':' at line 1, offset 9.
    private const string BadSource = "def f(x)\n    return x\n";
    // Fully typed: `def f(x)` would now get PA2005 (an exported function with an untyped parameter) from the semantic check.
    private const string GoodSource = "def f(x: int) -> int:\n    return x\n";

    private TempDirectory _dir = null!;
    private string _bad = null!;
    private string _good = null!;

    [SetUp]
    public void SetUp()
    {
        _dir = new TempDirectory();
        _bad = _dir.Write("bad.py", BadSource);
        _good = _dir.Write("good.py", GoodSource);
    }

    [TearDown]
    public void TearDown() => _dir.Dispose();

    [Test]
    public void CleanFile_Exits0()
    {
        var result = Cli.Run("check", _good);
        Assert.That(result.ExitCode, Is.EqualTo(0), result.ToString());
        Assert.That(result.Stdout, Is.EqualTo("checked 1 file: no errors\n"));
    }

    [Test]
    public void Text_ShowsLocationIdMessageSourceLineAndCaret()
    {
        var result = Cli.Run("check", _good, _bad);
        Assert.That(result.ExitCode, Is.EqualTo(1), result.ToString());
        var lines = result.StdoutLines;
        Assert.That(lines[0], Does.Match(@"^" + Escape(_bad) + @":1:(\d+): error PA\d{4}: .+$"), result.ToString());
        Assert.That(lines[1], Is.EqualTo(" 1 | def f(x)"));
        Assert.That(lines[2], Does.Match(@"^   \| +\^+$"));
        var column = int.Parse(System.Text.RegularExpressions.Regex.Match(lines[0], @":1:(\d+):").Groups[1].Value);
        Assert.That(lines[2].IndexOf('^'), Is.EqualTo("   | ".Length + column - 1), "caret under the column");
        Assert.That(lines[^1], Does.Match(@"^checked 2 files: \d+ errors?$"));
    }

    [Test]
    public void MSBuild_OneLinePerDiagnostic()
    {
        var result = Cli.Run("check", "--format", "msbuild", _bad);
        Assert.That(result.ExitCode, Is.EqualTo(1), result.ToString());
        Assert.That(result.StdoutLines, Is.Not.Empty);
        foreach (var line in result.StdoutLines)
            Assert.That(line, Does.Match(@"^" + Escape(_bad) + @"\(\d+,\d+\): error PA\d{4}: .+$"));
        Assert.That(result.StdoutLines[0], Does.StartWith(_bad + "(1,"));
    }

    [Test]
    public void MSBuild_AgreesWithText()
    {
        var text = Cli.Run("check", _bad).StdoutLines[0];
        var msbuild = Cli.Run("check", "--format", "msbuild", _bad).StdoutLines[0];
        var match = System.Text.RegularExpressions.Regex.Match(text, @"^(.*):(\d+):(\d+): (error PA\d{4}: .*)$");
        Assert.That(match.Success, Is.True, text);
        Assert.That(msbuild, Is.EqualTo($"{match.Groups[1].Value}({match.Groups[2].Value},{match.Groups[3].Value}): {match.Groups[4].Value}"));
    }

    [Test]
    public void Sarif_IsAValidLogWithRulesAndResults()
    {
        var result = Cli.Run("check", "--format", "sarif", _good, _bad);
        Assert.That(result.ExitCode, Is.EqualTo(1), result.ToString());
        using var document = JsonDocument.Parse(result.Stdout);
        AssertSarifShape(document.RootElement, expectResults: true);
    }

    [Test]
    public void Sarif_CleanFileHasNoResults()
    {
        var result = Cli.Run("check", "--format", "sarif", _good);
        Assert.That(result.ExitCode, Is.EqualTo(0), result.ToString());
        using var document = JsonDocument.Parse(result.Stdout);
        var run = document.RootElement.GetProperty("runs")[0];
        Assert.That(run.GetProperty("results").GetArrayLength(), Is.EqualTo(0));
        Assert.That(run.GetProperty("tool").GetProperty("driver").GetProperty("rules").GetArrayLength(), Is.EqualTo(0));
    }

    [Test]
    public void Sarif_RelativePathsUseSrcRoot()
    {
        var previous = Directory.GetCurrentDirectory();
        try
        {
            Directory.SetCurrentDirectory(_dir.Path);
            var result = Cli.Run("check", "--format", "sarif", "bad.py");
            using var document = JsonDocument.Parse(result.Stdout);
            var run = document.RootElement.GetProperty("runs")[0];
            var artifact = run.GetProperty("results")[0].GetProperty("locations")[0].GetProperty("physicalLocation").GetProperty("artifactLocation");
            Assert.That(artifact.GetProperty("uri").GetString(), Is.EqualTo("bad.py"));
            Assert.That(artifact.GetProperty("uriBaseId").GetString(), Is.EqualTo("%SRCROOT%"));
            var root = run.GetProperty("originalUriBaseIds").GetProperty("%SRCROOT%").GetProperty("uri").GetString();
            Assert.That(root, Does.StartWith("file:///").And.EndWith("/"));
        }
        finally
        {
            Directory.SetCurrentDirectory(previous);
        }
    }

    [Test]
    public void Output_WritesTheReportToAFile()
    {
        var report = Path.Combine(_dir.Path, "out", "report.sarif");
        Directory.CreateDirectory(Path.GetDirectoryName(report)!);
        var result = Cli.Run("check", "--format", "sarif", "--output", report, _bad);
        Assert.That(result.ExitCode, Is.EqualTo(1), result.ToString());
        Assert.That(result.Stdout, Is.Empty);
        using var document = JsonDocument.Parse(File.ReadAllText(report));
        AssertSarifShape(document.RootElement, expectResults: true);
    }

    [Test]
    public void Folder_IsSearchedRecursively()
    {
        _dir.Write("pkg/sub/deep.py", "x = (\n");
        _dir.Write("pkg/notes.txt", "not python (");
        var result = Cli.Run("check", "--format", "msbuild", Path.Combine(_dir.Path, "pkg"));
        Assert.That(result.ExitCode, Is.EqualTo(1), result.ToString());
        Assert.That(result.Stdout, Does.Contain("deep.py(").And.Not.Contain("notes.txt"));
    }

    private static void AssertSarifShape(JsonElement log, bool expectResults)
    {
        Assert.That(log.GetProperty("version").GetString(), Is.EqualTo("2.1.0"));
        Assert.That(log.GetProperty("$schema").GetString(), Does.Contain("sarif-2.1.0"));
        var runs = log.GetProperty("runs");
        Assert.That(runs.GetArrayLength(), Is.EqualTo(1));
        var run = runs[0];
        var driver = run.GetProperty("tool").GetProperty("driver");
        Assert.That(driver.GetProperty("name").GetString(), Is.EqualTo("pyaot"));
        var ruleIds = new List<string>();
        foreach (var rule in driver.GetProperty("rules").EnumerateArray())
        {
            var id = rule.GetProperty("id").GetString()!;
            Assert.That(id, Does.Match(@"^PA\d{4}$"));
            Assert.That(rule.GetProperty("shortDescription").GetProperty("text").GetString(), Is.Not.Empty);
            Assert.That(rule.GetProperty("helpUri").GetString(), Does.Contain(id.ToLowerInvariant()));
            ruleIds.Add(id);
        }
        Assert.That(ruleIds, Is.Unique);
        var results = run.GetProperty("results");
        if (expectResults) Assert.That(results.GetArrayLength(), Is.GreaterThan(0));
        foreach (var item in results.EnumerateArray())
        {
            var ruleId = item.GetProperty("ruleId").GetString();
            Assert.That(ruleIds, Does.Contain(ruleId));
            Assert.That(ruleIds[item.GetProperty("ruleIndex").GetInt32()], Is.EqualTo(ruleId));
            Assert.That(item.GetProperty("level").GetString(), Is.EqualTo("error"));
            Assert.That(item.GetProperty("message").GetProperty("text").GetString(), Is.Not.Empty);
            var location = item.GetProperty("locations")[0].GetProperty("physicalLocation");
            Assert.That(location.GetProperty("artifactLocation").GetProperty("uri").GetString(), Does.EndWith("bad.py"));
            var region = location.GetProperty("region");
            var startLine = region.GetProperty("startLine").GetInt32();
            var startColumn = region.GetProperty("startColumn").GetInt32();
            var endLine = region.GetProperty("endLine").GetInt32();
            var endColumn = region.GetProperty("endColumn").GetInt32();
            Assert.That(startLine, Is.GreaterThanOrEqualTo(1));
            Assert.That(startColumn, Is.GreaterThanOrEqualTo(1));
            Assert.That(endLine, Is.GreaterThanOrEqualTo(startLine));
            if (endLine == startLine) Assert.That(endColumn, Is.GreaterThanOrEqualTo(startColumn));
        }
        Assert.That(results[0].GetProperty("locations")[0].GetProperty("physicalLocation").GetProperty("region").GetProperty("startLine").GetInt32(), Is.EqualTo(1));
    }

    private static string Escape(string text) => System.Text.RegularExpressions.Regex.Escape(text);
}
