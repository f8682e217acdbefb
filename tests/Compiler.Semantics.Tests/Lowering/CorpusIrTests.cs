using System.Diagnostics;
using System.Text.RegularExpressions;
using Microsoft.CodeAnalysis;
using PythonAot.Compiler.Semantics.IR;
using PythonAot.Compiler.Semantics.Lowering;
using PythonAot.Compiler.Semantics.Operations;
using PythonAot.Compiler.Semantics.Passes;
using PythonAot.Compiler.Syntax.Tests.Infrastructure;

namespace PythonAot.Compiler.Semantics.Tests.Lowering;

/// <summary>
/// Every program of tests/corpus compiles without errors, lowers, and the verifier accepts its IR; and CPython runs
/// it deterministically with the exit status it declares (the corpus is the differential suite's input, so each
/// program must be valid, deterministic Python). Every program of tests/corpus/reject is refused with the
/// diagnostic id its first line names.
/// </summary>
public sealed partial class CorpusIrTests
{
    private static string CorpusDirectory => Path.Combine(StdlibCorpus.RepositoryRoot, "tests", "corpus");

    private static string RejectDirectory => Path.Combine(CorpusDirectory, "reject");

    /// <summary>The programs the compiler must accept (the top folder only: reject/ holds the refused ones).</summary>
    public static IEnumerable<TestCaseData> Programs() =>
        Directory.EnumerateFiles(CorpusDirectory, "*.py", SearchOption.TopDirectoryOnly).Order(StringComparer.Ordinal)
            .Select(f => new TestCaseData(Path.GetFileName(f)).SetName("Corpus_" + Path.GetFileNameWithoutExtension(f)));

    /// <summary>The programs the compiler must reject, each with its expected diagnostic id.</summary>
    public static IEnumerable<TestCaseData> RejectedPrograms() =>
        Directory.EnumerateFiles(RejectDirectory, "*.py").Order(StringComparer.Ordinal)
            .Select(f => new TestCaseData(Path.GetFileName(f)).SetName("Reject_" + Path.GetFileNameWithoutExtension(f)));

    [Test]
    public void CorpusHasAtLeast85Programs() => Assert.That(Programs().Count(), Is.GreaterThanOrEqualTo(85));

    [Test]
    public void RejectFolderHasAtLeast10Programs() => Assert.That(RejectedPrograms().Count(), Is.GreaterThanOrEqualTo(10));

    [TestCaseSource(nameof(Programs))]
    public void LowersAndVerifies(string file)
    {
        var source = File.ReadAllText(Path.Combine(CorpusDirectory, file));
        var module = LoweringHarness.Lower(source, file);
        Assert.That(module.Init.Body.Statements, Is.Not.Empty);
        // Every statement and expression carries a source location.
        var unlocated = LoweringHarness.Nodes(module).Where(n => n.Location is null).ToList();
        Assert.That(unlocated, Is.Empty, () => string.Join(", ", unlocated.Select(n => n.NodeKind)));
    }

    [TestCaseSource(nameof(Programs))]
    public void TheWholePipelineRunsWithTheVerifierAfterEveryPass(string file)
    {
        var source = File.ReadAllText(Path.Combine(CorpusDirectory, file));
        var module = LoweringHarness.Lower(source, file);
        var result = PassManager.Run(module, PassPipeline.CreateDefault(), PassRunOptions.ForLibrary(OperationLibrary.Default));
        Assert.That(result.Diagnostics, Is.Empty, () => string.Join("\n", result.Diagnostics));
        Assert.That(result.Log.Select(e => e.PassName), Is.EqualTo(PassPipeline.CreateDefault().Passes.Select(p => p.Name)));
        Assert.That(result.Log, Has.All.Property("Verified").True);
    }

    /// <summary>
    /// CPython runs the program with the exit status its <c># expect-exit: N</c> line declares (0 without one), prints
    /// something, and prints the same bytes under two hash seeds (no set of str printed in hash order). A program that
    /// ends with an uncaught exception ends stderr with CPython's <c>Type: message</c> line, which the differential
    /// suite compares.
    /// </summary>
    [TestCaseSource(nameof(Programs))]
    public void CPythonRunsIt(string file)
    {
        var path = Path.Combine(CorpusDirectory, file);
        var expectedExit = ExpectedExitCode(File.ReadAllText(path));
        var first = RunPython(path, "1");
        Assert.That(first.ExitCode, Is.EqualTo(expectedExit), () => $"exit status of python3 {file}; stderr:\n{first.Stderr}");
        Assert.That(first.Stdout, Is.Not.Empty);
        var second = RunPython(path, "2");
        Assert.That(second.Stdout, Is.EqualTo(first.Stdout), "the output depends on PYTHONHASHSEED (a set of str printed?)");
        if (expectedExit == 1 && first.Stderr.Contains("Traceback (most recent call last):", StringComparison.Ordinal))
            Assert.That(first.Stderr.TrimEnd('\n').Split('\n')[^1], Does.Match(@"^[A-Za-z_][A-Za-z0-9_.]*(: .*)?$"));
    }

    /// <summary>The compiler refuses the program with the diagnostic its first line names: <c># expect: PA3001</c>.</summary>
    [TestCaseSource(nameof(RejectedPrograms))]
    public void RejectedWithTheExpectedDiagnostic(string file)
    {
        var source = File.ReadAllText(Path.Combine(RejectDirectory, file));
        var match = ExpectLine().Match(source);
        Assert.That(match.Success, Is.True, $"{file} must start with a line '# expect: PAxxxx'");
        var expected = match.Groups[1].Value;
        var compilation = PythonCompilation.FromSource(source, file);
        var diagnostics = compilation.SyntaxTrees[0].GetDiagnostics()
            .Concat(compilation.GetDiagnostics())
            .Concat(IrLowering.Lower(compilation, compilation.SyntaxTrees[0]).Diagnostics)
            .Where(d => d.Severity == DiagnosticSeverity.Error)
            .ToList();
        Assert.That(diagnostics.Select(d => d.Id), Does.Contain(expected),
            () => $"{file} reports: " + string.Join("; ", diagnostics.Select(d => $"{d.Id} {d.GetMessage(System.Globalization.CultureInfo.InvariantCulture)}")));
    }

    private static int ExpectedExitCode(string source) =>
        ExpectExitLine().Match(source) is { Success: true } match ? int.Parse(match.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture) : 0;

    [GeneratedRegex(@"\A# expect: (PA\d{4})\b")]
    private static partial Regex ExpectLine();

    [GeneratedRegex(@"^# expect-exit: (\d+)\s*$", RegexOptions.Multiline)]
    private static partial Regex ExpectExitLine();

    private static (int ExitCode, string Stdout, string Stderr) RunPython(string path, string hashSeed)
    {
        var info = new ProcessStartInfo("python3")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            StandardOutputEncoding = System.Text.Encoding.UTF8,
            StandardErrorEncoding = System.Text.Encoding.UTF8,
        };
        info.ArgumentList.Add(path);
        info.Environment["PYTHONIOENCODING"] = "utf-8";
        info.Environment["PYTHONHASHSEED"] = hashSeed;
        using var process = Process.Start(info) ?? throw new InvalidOperationException("python3 could not be started");
        var stderrTask = process.StandardError.ReadToEndAsync();
        var stdout = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        return (process.ExitCode, stdout, stderrTask.Result);
    }
}
