using PythonAot.Compiler.Semantics.Tests.Lowering;
using PythonAot.Compiler.Syntax.Tests.Infrastructure;

namespace PythonAot.Compiler.Semantics.Tests.Passes;

/// <summary>
/// version-overflow-checks on Python source through the default pipeline: which functions get a test on the
/// magnitude of their int parameters and a copy without the checks it makes needless, and which are left alone.
/// </summary>
public sealed class VersionOverflowChecksPassTests
{
    private const string Checked = "checked(overflow)";
    private const string Le = "{operator.le(int, int) -> bool}";

    /// <summary>The start of a parameter test, <c>-B &lt;= p</c>.</summary>
    private const string LowerBoundTest = Le + "(-";

    /// <summary><c>-B &lt;= p and p &lt;= B</c> for each parameter, as the printer shows the nested conditionals.</summary>
    private static string Test(long bound, params string[] parameters)
    {
        string Part(string p) => $"{Le}(-{bound}, {p})";
        string Upper(string p) => $"{Le}({p}, {bound})";
        var text = Upper(parameters[^1]);
        for (var i = parameters.Length - 1; i >= 0; i--)
        {
            if (i < parameters.Length - 1) text = $"({text} if {Upper(parameters[i])} else False): bool";
            text = $"({text} if {Part(parameters[i])} else False): bool";
        }
        return $"if {text}:";
    }

    [Test]
    public void ATestOnTheParametersPicksACopyWithoutTheirChecks()
    {
        // spectral_norm's eval_a: (i + j) * (i + j + 1) fits int64 when |i|, |j| <= 2**30; scale is not needed.
        var printed = LoweringHarness.AfterPipeline("""
            def f(i: int, j: int, scale: int) -> float:
                return 1.0 / ((i + j) * (i + j + 1) // 2 + i + 1)
            """);
        var lines = printed.Split('\n');
        Assert.That(lines[1], Does.StartWith("  " + Test(1L << 30, "i", "j")), printed);
        Assert.That(lines[2], Does.StartWith("    return checked(zero-division) {operator.truediv(float, float) -> float}(1.0, int_to_float({operator.add(int, int) -> int}("), printed);
        Assert.That(lines[2], Does.Not.Contain(Checked), printed);
        Assert.That(lines[3], Is.EqualTo("  else:"), printed);
        // The else block is the body as it was: all seven int operations checked.
        Assert.That(LoweringHarness.Occurrences(lines[4], Checked), Is.EqualTo(7), printed);
        Assert.That(lines, Has.Length.EqualTo(6), printed);
    }

    [Test]
    public void TheLargestExponentThatKeepsEveryProofIsChosen()
    {
        // benchmarks/programs/nqueens.py's place: row - col + n - 1 with col < n fits for |row|, |n| <= 2**61, not 2**62.
        var source = File.ReadAllText(Path.Combine(StdlibCorpus.RepositoryRoot, "benchmarks", "programs", "nqueens.py"));
        var printed = LoweringHarness.AfterPipeline(source, "place");
        Assert.That(printed, Does.Contain(Test(1L << 61, "row", "n")), printed);
        Assert.That(printed, Does.Contain("      d1: int = {operator.add(int, int) -> int}(row, col)"), printed);
        Assert.That(printed, Does.Contain("      d1: int = checked(overflow) {operator.add(int, int) -> int}(row, col)"), printed);
        // In the copy only count's sum keeps its check; the original keeps all six.
        Assert.That(LoweringHarness.Occurrences(printed, Checked), Is.EqualTo(1 + 6), printed);
    }

    [Test]
    public void AReassignedParameterIsTestedWithItsAssignmentsCounted()
    {
        // a // 2 stays within the bounds a had on entry: a * b fits for |a|, |b| <= 2**31.
        var printed = LoweringHarness.AfterPipeline("""
            def f(a: int, b: int) -> int:
                a = a // 2
                return a * b
            """);
        Assert.That(printed, Does.Contain(Test(1L << 31, "a", "b")), printed);
        Assert.That(LoweringHarness.Occurrences(printed, Checked), Is.EqualTo(1), printed);
    }

    [Test]
    public void AParameterThatGrowsFromItsEntryValueProvesNothing()
    {
        // a = a + b: a may be far beyond its entry bound, so neither operation can go unchecked.
        var printed = LoweringHarness.AfterPipeline("""
            def f(a: int, b: int) -> int:
                a = a + b
                return a * 2
            """);
        Assert.That(printed, Does.Not.Contain(LowerBoundTest), printed);
        Assert.That(LoweringHarness.Occurrences(printed, Checked), Is.EqualTo(2), printed);
    }

    [TestCase("def f(n: int, xs: list[int]) -> int:\n    t = 0\n    for x in xs:\n        t = t + x * n\n    return t", TestName = "no bound on the parameters helps")]
    [TestCase("def f(xs: list[int]) -> int:\n    t = 0\n    for x in xs:\n        t = t + x\n    return t", TestName = "no int parameter")]
    [TestCase("def f(n: int) -> int:\n    try:\n        return n + 1\n    except ValueError:\n        return 0", TestName = "a try")]
    [TestCase("def f(n: int) -> int:\n    def g() -> int:\n        return n + 1\n    return g() + n * 2", TestName = "a nested function")]
    [TestCase("def f(n: int) -> list[bool]:\n    xs = [True] * (n + 1)\n    i = 2\n    while i * i <= n:\n        for j in range(i * i, n + 1, i):\n            xs[j] = False\n        i += 1\n    return xs",
        TestName = "the checks are outside the innermost loops")]
    public void FunctionsThatDoNotQualifyAreLeftAlone(string function)
    {
        var printed = LoweringHarness.AfterPipeline(function);
        Assert.That(printed, Does.Not.Contain(LowerBoundTest), printed);
    }

    [Test]
    public void AGeneratorIsLeftAlone()
    {
        var printed = LoweringHarness.AfterPipeline("""
            from typing import Iterator


            def f(n: int) -> Iterator[int]:
                yield n + 1
            """);
        Assert.That(printed, Does.Not.Contain(LowerBoundTest), printed);
    }

    [Test]
    public void ALoopFreeRecursiveFunctionIsVersioned()
    {
        var printed = LoweringHarness.AfterPipeline("""
            def f(n: int) -> int:
                if n < 2:
                    return n
                return f(n - 1) + f(n - 2)
            """);
        Assert.That(printed, Does.Contain(Test(1L << 62, "n")), printed);
        Assert.That(printed, Does.Contain("{operator.add(int, int) -> int}(call f({operator.sub(int, int) -> int}(n, 1)), call f({operator.sub(int, int) -> int}(n, 2)))"), printed);
    }
}
