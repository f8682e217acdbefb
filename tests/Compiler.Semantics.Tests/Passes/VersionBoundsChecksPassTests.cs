using PythonAot.Compiler.Semantics.Passes;
using PythonAot.Compiler.Semantics.Tests.Lowering;

namespace PythonAot.Compiler.Semantics.Tests.Passes;

/// <summary>version-bounds-checks on Python source through the default pipeline: which loops get a length test and an unchecked copy, and which must not.</summary>
public sealed class VersionBoundsChecksPassTests
{
    private const string GetItem = "{operator.getitem(list[T], int) -> T}";
    private const string Le = "{operator.le(int, int) -> bool}";
    private const string Len = "{builtins.len(list[T]) -> int}";

    [Test]
    public void ALoopIndexingAListOfUnknownLengthGetsATestedCopyWithoutChecks()
    {
        var printed = LoweringHarness.AfterPipeline("""
            def f(a_row: list[float], b: list[float], inner: int) -> float:
                s = 0.0
                for k in range(inner):
                    s += a_row[k] * b[k]
                return s
            """);
        Assert.That(printed, Does.Contain($"if ({Le}(inner, {Len}(b)) if {Le}(inner, {Len}(a_row)) else False): bool:"), printed);
        // The first copy reads both lists unchecked; the else copy is the loop as it was.
        Assert.That(LoweringHarness.Occurrences(printed, "for k: int in range(0, inner, 1):"), Is.EqualTo(2), printed);
        Assert.That(LoweringHarness.Occurrences(printed, $"checked(bounds) {GetItem}(a_row, k)"), Is.EqualTo(1), printed);
        Assert.That(LoweringHarness.Occurrences(printed, $"{GetItem}(a_row, k)"), Is.EqualTo(2), printed);
        Assert.That(printed.IndexOf($"{GetItem}(a_row, k)", StringComparison.Ordinal), Is.LessThan(printed.IndexOf("checked(bounds)", StringComparison.Ordinal)), printed);
    }

    [Test]
    public void AVariableStartIsTestedToo()
    {
        var printed = LoweringHarness.AfterPipeline("""
            def f(xs: list[int], lo: int, hi: int) -> int:
                t = 0
                for k in range(lo, hi):
                    t += xs[k]
                return t
            """);
        Assert.That(printed, Does.Contain($"if ({Le}(hi, {Len}(xs)) if {Le}(0, lo) else False): bool:"), printed);
    }

    [Test]
    public void ALoopAlreadyProvenIsLeftAlone()
    {
        var printed = LoweringHarness.AfterPipeline("""
            def f(xs: list[int]) -> int:
                t = 0
                for k in range(len(xs)):
                    t += xs[k]
                return t
            """);
        Assert.That(printed, Does.Not.Contain("if "), printed);
        Assert.That(printed, Does.Not.Contain("checked(bounds)"), printed);
    }

    [TestCase("t += xs[k]\n        xs.append(k)", TestName = "the body changes the length of the list")]
    [TestCase("t += xs[k]\n        xs = [k]", TestName = "the body rebinds the list")]
    [TestCase("t += xs[k]\n        k = 0", TestName = "the body assigns the counter")]
    [TestCase("t += xs[k] + g(k)", TestName = "the body calls user code")]
    [TestCase("for m in range(2):\n            t += xs[k]", TestName = "the body holds a loop")]
    [TestCase("t += xs[k + 1]", TestName = "the index is not the counter")]
    public void LoopsThatDoNotQualifyAreLeftAlone(string body)
    {
        var printed = LoweringHarness.AfterPipeline($$"""
            def g(k: int) -> int:
                return k
            def f(xs: list[int], n: int) -> int:
                t = 0
                for k in range(n):
                    {{body}}
                return t
            """);
        Assert.That(printed, Does.Not.Contain(Le), printed);
    }

    [TestCase("range(n, 0, -1)", TestName = "a negative step")]
    [TestCase("range(-1, n)", TestName = "a negative constant start")]
    [TestCase("range(n + 1)", TestName = "a stop that is an expression")]
    public void RangesThatDoNotQualifyAreLeftAlone(string range)
    {
        var printed = LoweringHarness.AfterPipeline($$"""
            def f(xs: list[int], n: int) -> int:
                t = 0
                for k in {{range}}:
                    t += xs[k]
                return t
            """);
        Assert.That(printed, Does.Not.Contain(Le), printed);
    }
}
