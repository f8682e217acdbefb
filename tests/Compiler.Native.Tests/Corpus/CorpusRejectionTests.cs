using System.Text.RegularExpressions;

namespace PythonAot.Compiler.Native.Tests.Corpus;

/// <summary>
/// tests/corpus/reject: programs CPython runs but PythonAot must refuse, each naming on its first line
/// (<c># expect: PAxxxx</c>) the diagnostic id that refuses it. The build must fail with exactly that id among its errors.
/// </summary>
[Parallelizable(ParallelScope.Children)]
public sealed partial class CorpusRejectionTests
{
    private static IEnumerable<TestCaseData> Programs() =>
        CorpusPrograms.Rejected().Select(path => new TestCaseData(path).SetName(Path.GetFileNameWithoutExtension(path)));

    [TestCaseSource(nameof(Programs))]
    public void IsRejectedWithTheExpectedDiagnostic(string path)
    {
        var firstLine = File.ReadLines(path).FirstOrDefault() ?? "";
        var match = ExpectRegex().Match(firstLine);
        Assert.That(match.Success, Is.True, $"{Path.GetFileName(path)} must start with '# expect: PAxxxx'");

        var result = NativeCompiler.Build(path, new NativeCompileOptions { CacheRoot = Infrastructure.TestCache.Root });

        Assert.That(result.Success, Is.False, "the program was compiled");
        Assert.That(result.Diagnostics.Where(d => d.Severity == Microsoft.CodeAnalysis.DiagnosticSeverity.Error).Select(d => d.Id), Does.Contain(match.Groups[1].Value));
    }

    [GeneratedRegex(@"^#\s*expect:\s*(PA\d{4})\s*$")]
    private static partial Regex ExpectRegex();
}
