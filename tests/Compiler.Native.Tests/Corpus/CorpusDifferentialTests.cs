using PythonAot.Compiler.Native.Tests.Infrastructure;

namespace PythonAot.Compiler.Native.Tests.Corpus;

/// <summary>
/// The definition of "works" (DESIGN.md, How we test): every program of tests/corpus runs under CPython and compiled
/// through the C++ backend, and stdout, the exit code and the last stderr line must be equal. A program the compiler
/// rejects fails here with its diagnostics. The sanitized variant builds with -fsanitize=address,undefined and also
/// requires that no sanitizer reports anything (leaks included).
/// </summary>
[Parallelizable(ParallelScope.Children)]
public sealed class CorpusDifferentialTests
{
    private static IEnumerable<TestCaseData> Programs() => Cases(CorpusPrograms.Accepted());

    private static IEnumerable<TestCaseData> OptimizedPrograms() => Cases(CorpusPrograms.Accepted().Concat(CorpusPrograms.UnsanitizedOnly()));

    private static IEnumerable<TestCaseData> Cases(IEnumerable<string> paths) =>
        paths.Select(path => new TestCaseData(path).SetName(Path.GetFileNameWithoutExtension(path)));

    [TestCaseSource(nameof(OptimizedPrograms))]
    public void BehavesAsUnderCPython(string path) => DifferentialRun.AssertSameAsCPython(path, sanitize: false);

    [TestCaseSource(nameof(Programs))]
    public void BehavesAsUnderCPythonWithSanitizers(string path) => DifferentialRun.AssertSameAsCPython(path, sanitize: true);

    [Test]
    public void TheCorpusHasAtLeastEightyPrograms() => Assert.That(CorpusPrograms.Accepted().Count(), Is.GreaterThanOrEqualTo(80));
}
