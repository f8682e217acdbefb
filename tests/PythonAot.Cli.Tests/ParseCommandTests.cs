using System.Globalization;

namespace PythonAot.Cli.Tests;

public class ParseCommandTests
{
    private TempDirectory _dir = null!;

    [SetUp]
    public void SetUp()
    {
        _dir = new TempDirectory();
        _dir.Write("src/a.py", "import os\n\n\ndef f(x: int) -> int:\n    return x + 1\n");
        _dir.Write("src/pkg/b.py", "class C:\n    pass\n");
        _dir.Write("src/pkg/broken.py", "def g(\n");
        _dir.Write("src/readme.txt", "not python");
    }

    [TearDown]
    public void TearDown() => _dir.Dispose();

    private string Src => Path.Combine(_dir.Path, "src");

    private long PythonBytes => Directory.EnumerateFiles(Src, "*.py", SearchOption.AllDirectories).Sum(f => new FileInfo(f).Length);

    [TestCase(false)]
    [TestCase(true)]
    public void Stats_CountsFilesBytesAndErrors(bool parallel)
    {
        string[] args = parallel ? ["parse", "--stats", "--parallel", "--repeat", "2", Src] : ["parse", "--stats", Src];
        var result = Cli.Run(args);
        Assert.That(result.ExitCode, Is.EqualTo(0), result.ToString());
        var stats = ParseStats(result.Stdout);
        Assert.That(stats["files"], Is.EqualTo("3"));
        Assert.That(long.Parse(stats["bytes"], CultureInfo.InvariantCulture), Is.EqualTo(PythonBytes));
        Assert.That(double.Parse(stats["seconds"], CultureInfo.InvariantCulture), Is.GreaterThanOrEqualTo(0));
        Assert.That(double.Parse(stats["MB/s"], CultureInfo.InvariantCulture), Is.GreaterThanOrEqualTo(0));
        Assert.That(stats["files with errors"], Is.EqualTo("1"));
        Assert.That(stats["error file"], Does.EndWith("broken.py"));
        Assert.That(stats["mode"], parallel ? Does.StartWith("parallel (") : Is.EqualTo("single-threaded"));
        Assert.That(stats["passes"], Does.StartWith(parallel ? "2" : "1"));
        Assert.That(stats["timing"], Does.Contain("read into memory before timing"));
    }

    [Test]
    public void WithoutStats_PrintsDiagnosticsAndSummary()
    {
        var result = Cli.Run("parse", Src);
        Assert.That(result.ExitCode, Is.EqualTo(1), result.ToString());
        Assert.That(result.Stdout, Does.Contain("broken.py:"));
        Assert.That(result.Stdout, Does.Contain(" error PA"));
        Assert.That(result.StdoutLines[^1], Does.Match(@$"^parsed 3 files \({PythonBytes} bytes\) in \d+\.\d+ s: \d+ errors? in 1 file$"));
    }

    [Test]
    public void WithoutErrors_Exits0()
    {
        var result = Cli.Run("parse", "--parallel", Path.Combine(Src, "a.py"), Path.Combine(Src, "pkg", "b.py"));
        Assert.That(result.ExitCode, Is.EqualTo(0), result.ToString());
        Assert.That(result.StdoutLines[^1], Does.Match(@"^parsed 2 files \(\d+ bytes\) in \d+\.\d+ s: no errors$"));
    }

    [Test]
    public void LanguageVersion312_AcceptsTypeAliases()
    {
        var file = _dir.Write("alias.py", "type Point = tuple[float, float]\n");
        Assert.That(Cli.Run("parse", "--language-version", "3.12", file).ExitCode, Is.EqualTo(0));
        Assert.That(Cli.Run("parse", "--language-version", "3.11", file).ExitCode, Is.EqualTo(1));
    }

    [Test]
    public void RepeatBelowOne_IsAUsageError()
    {
        var result = Cli.Run("parse", "--stats", "--repeat", "0", Src);
        Assert.That(result.ExitCode, Is.EqualTo(2));
        Assert.That(result.Stderr, Does.StartWith("pyaot: error:"));
    }

    /// <summary>The <c>key: value</c> lines of --stats (the first value of a repeated key).</summary>
    private static Dictionary<string, string> ParseStats(string stdout)
    {
        var stats = new Dictionary<string, string>();
        foreach (var line in stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries))
        {
            var colon = line.IndexOf(": ", StringComparison.Ordinal);
            Assert.That(colon, Is.GreaterThan(0), "not a key: value line: " + line);
            stats.TryAdd(line[..colon], line[(colon + 2)..]);
        }
        return stats;
    }
}
