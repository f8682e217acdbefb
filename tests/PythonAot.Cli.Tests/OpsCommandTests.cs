namespace PythonAot.Cli.Tests;

public class OpsCommandTests
{
    [Test]
    public void Text_ListsEveryOperationWithItsOverloads()
    {
        var result = Cli.Run("ops");
        Assert.That(result.ExitCode, Is.EqualTo(0), result.ToString());
        Assert.That(result.Stderr, Is.Empty);
        var o = result.Stdout;
        Assert.That(o, Does.Contain("operator.add (operator; cpp 0 of 6, rust 0 of 6, llvm 0 of 6)"));
        Assert.That(o, Does.Contain("  operator.add(str, str) -> str  [pure]"));
        Assert.That(o, Does.Contain("  operator.add(int, int) -> int  [pure; raises OverflowError]"));
        Assert.That(o, Does.Contain("  list.append(list[T], T) -> None  [mutates self]"));
        Assert.That(o, Does.Contain("builtins.print(*object, sep=str | None, end=str | None, flush=bool) -> None  [I/O]"));
        Assert.That(o, Does.Contain("[calls argument; raises TypeError]"));
        Assert.That(o, Does.Contain("  math.pi: float  [pure]"));
        Assert.That(result.StdoutLines[^1], Does.Match(@"^\d+ operations, \d+ overloads; implemented: cpp 0 of \d+, rust 0 of \d+, llvm 0 of \d+$"));
    }

    [Test]
    public void Text_IsGroupedOperatorsFirst()
    {
        var lines = Cli.Run("ops").StdoutLines.Where(l => !l.StartsWith(' ')).ToList();
        Assert.That(lines[0], Does.StartWith("operator."));
        Assert.That(lines.FindIndex(l => l.StartsWith("builtins.", StringComparison.Ordinal)), Is.GreaterThan(lines.FindLastIndex(l => l.StartsWith("operator.", StringComparison.Ordinal))));
        Assert.That(lines.FindIndex(l => l.StartsWith("math.", StringComparison.Ordinal)), Is.GreaterThan(lines.FindLastIndex(l => l.StartsWith("str.", StringComparison.Ordinal))));
    }

    [Test]
    public void Prefix_FiltersByQualifiedName()
    {
        var result = Cli.Run("ops", "str.");
        Assert.That(result.ExitCode, Is.EqualTo(0), result.ToString());
        var headers = result.StdoutLines.Where(l => !l.StartsWith(' ')).SkipLast(1).ToList();
        Assert.That(headers, Is.Not.Empty);
        Assert.That(headers, Is.All.StartWith("str."));
        Assert.That(result.Stdout, Does.Contain("str.join(str, Iterator[str]) -> str"));
        Assert.That(result.StdoutLines[^1], Does.StartWith($"{headers.Count} operations, "));
    }

    [Test]
    public void Prefix_WithoutMatch_IsAUsageError()
    {
        var result = Cli.Run("ops", "nosuch.");
        Assert.That(result.ExitCode, Is.EqualTo(2));
        Assert.That(result.Stderr, Does.StartWith("pyaot: error: no operation name starts with 'nosuch.'"));
        Assert.That(result.Stdout, Is.Empty);
    }

    [Test]
    public void UnknownFormat_IsAUsageError()
    {
        var result = Cli.Run("ops", "--format", "html");
        Assert.That(result.ExitCode, Is.EqualTo(2));
        Assert.That(result.Stderr, Does.Contain("pyaot ops --help"));
    }

    [Test]
    public void Markdown_HasOneTablePerOperation()
    {
        var result = Cli.Run("ops", "--format", "markdown", "dict.get");
        Assert.That(result.ExitCode, Is.EqualTo(0), result.ToString());
        var o = result.Stdout;
        Assert.That(o, Does.StartWith("# Operations\n"));
        Assert.That(o, Does.Contain("./pyaot ops --format markdown dict.get"));
        Assert.That(o, Does.Contain("## Methods\n\n### dict.get\n"));
        Assert.That(o, Does.Contain("| overload | effects | raises | cpp | rust | llvm | notes |"));
        Assert.That(o, Does.Contain("| `dict.get(dict[K, V], K) -> V \\| None` | pure |  | - | - | - | the value for key, or None |"));
    }

    [Test]
    public void Help_ListsTheOpsCommand()
    {
        var result = Cli.Run("--help");
        Assert.That(result.Stdout, Does.Contain("ops"));
        Assert.That(Cli.Run("ops", "--help").Stdout, Does.Contain("--format"));
    }

    /// <summary>docs/ops.md is generated; it must never drift from the library.</summary>
    [Test]
    public void DocsOpsMd_EqualsTheGeneratedMarkdown()
    {
        var result = Cli.Run("ops", "--format", "markdown");
        Assert.That(result.ExitCode, Is.EqualTo(0), result.ToString());
        var path = Path.Combine(FindRepositoryRoot(), "docs", "ops.md");
        Assert.That(File.Exists(path), Is.True, $"docs/ops.md is missing: run `{OpsCommand.RegenerateCommand}` in the repository root");
        var committed = File.ReadAllText(path).ReplaceLineEndings("\n");
        if (committed != result.Stdout)
        {
            var committedLines = committed.Split('\n');
            var generatedLines = result.Stdout.Split('\n');
            var first = Enumerable.Range(0, Math.Min(committedLines.Length, generatedLines.Length)).FirstOrDefault(i => committedLines[i] != generatedLines[i], Math.Min(committedLines.Length, generatedLines.Length));
            Assert.Fail($"docs/ops.md is out of date with the operation library: run `{OpsCommand.RegenerateCommand}` in the repository root and commit it.\n" +
                $"First difference at line {first + 1}:\n  docs/ops.md: {committedLines.ElementAtOrDefault(first)}\n  generated:   {generatedLines.ElementAtOrDefault(first)}");
        }
    }

    private static string FindRepositoryRoot()
    {
        for (var directory = new DirectoryInfo(TestContext.CurrentContext.TestDirectory); directory is not null; directory = directory.Parent)
            if (File.Exists(Path.Combine(directory.FullName, "PythonAot.sln"))) return directory.FullName;
        throw new InvalidOperationException("PythonAot.sln not found above " + TestContext.CurrentContext.TestDirectory);
    }
}
