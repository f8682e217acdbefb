using PythonAot.Compiler.Semantics.IR;
using PythonAot.Compiler.Semantics.Operations;
using PythonAot.Compiler.Semantics.Passes;
using PythonAot.Compiler.Syntax.Tests.Infrastructure;

namespace PythonAot.Compiler.Semantics.Tests.Lowering;

/// <summary>
/// Every program of tests/corpus compiles without errors, lowers, and the verifier accepts its IR; and CPython runs
/// it (the corpus is the differential suite's input, so each program must be valid, deterministic Python).
/// </summary>
public sealed class CorpusIrTests
{
    private static string CorpusDirectory => Path.Combine(StdlibCorpus.RepositoryRoot, "tests", "corpus");

    public static IEnumerable<TestCaseData> Programs() =>
        Directory.EnumerateFiles(CorpusDirectory, "*.py").Order(StringComparer.Ordinal)
            .Select(f => new TestCaseData(Path.GetFileName(f)).SetName("Corpus_" + Path.GetFileNameWithoutExtension(f)));

    [Test]
    public void CorpusHasAtLeast25Programs() => Assert.That(Programs().Count(), Is.GreaterThanOrEqualTo(25));

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

    [TestCaseSource(nameof(Programs))]
    public void CPythonRunsIt(string file)
    {
        var output = Python.Run(Path.Combine(CorpusDirectory, file));
        Assert.That(output, Is.Not.Empty);
    }
}
