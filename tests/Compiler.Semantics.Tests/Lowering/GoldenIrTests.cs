using PythonAot.Compiler.Semantics.IR;
using PythonAot.Compiler.Syntax.Tests.Infrastructure;

namespace PythonAot.Compiler.Semantics.Tests.Lowering;

/// <summary>
/// The printed IR of each Lowering/Golden/*.py equals the reviewed text in the .ir file beside it. Set
/// PYAOT_UPDATE_GOLDEN=1 to rewrite the .ir files from the current output (then review the diff).
/// </summary>
public sealed class GoldenIrTests
{
    private static string GoldenDirectory => Path.Combine(StdlibCorpus.RepositoryRoot, "tests", "Compiler.Semantics.Tests", "Lowering", "Golden");

    public static IEnumerable<TestCaseData> Files() =>
        Directory.EnumerateFiles(GoldenDirectory, "*.py").Order(StringComparer.Ordinal)
            .Select(f => new TestCaseData(Path.GetFileName(f)).SetName("Golden_" + Path.GetFileNameWithoutExtension(f)));

    [TestCaseSource(nameof(Files))]
    public void PrintedIrMatchesGolden(string file)
    {
        var source = File.ReadAllText(Path.Combine(GoldenDirectory, file)).Replace("\r\n", "\n", StringComparison.Ordinal);
        var printed = IrPrinter.Print(LoweringHarness.Lower(source, file));
        var golden = Path.ChangeExtension(Path.Combine(GoldenDirectory, file), ".ir");
        if (Environment.GetEnvironmentVariable("PYAOT_UPDATE_GOLDEN") == "1")
        {
            File.WriteAllText(golden, printed);
            Assert.Pass("golden rewritten");
        }
        Assert.That(File.Exists(golden), Is.True, $"{golden} is missing; run with PYAOT_UPDATE_GOLDEN=1 and review it");
        Assert.That(printed, Is.EqualTo(File.ReadAllText(golden).Replace("\r\n", "\n", StringComparison.Ordinal)));
    }
}
