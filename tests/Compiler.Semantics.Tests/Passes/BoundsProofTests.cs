using PythonAot.Compiler.Semantics.Tests.Lowering;

namespace PythonAot.Compiler.Semantics.Tests.Passes;

/// <summary>
/// The proofs of place-bounds-checks that need a whole function (facts stated before a loop, what may alias a
/// sequence), checked on Python source through the default pipeline. Each rule has cases where it must not apply:
/// there the access keeps its check, and CPython's IndexError stays.
/// </summary>
public sealed class BoundsProofTests
{
    private const string GetItem = "{operator.getitem(list[T], int) -> T}";
    private const string SetItem = "{operator.setitem(list[T], int, T) -> None}";

    private static void AssertUnchecked(string printed, string access)
    {
        Assert.That(printed, Does.Contain(access), printed);
        Assert.That(printed, Does.Not.Contain("checked(bounds) " + access), printed);
    }

    private static void AssertChecked(string printed, string access) =>
        Assert.That(printed, Does.Contain("checked(bounds) " + access), printed);

    [Test]
    public void LenAssignedBeforeTheLoopBoundsItsCounter()
    {
        var printed = LoweringHarness.AfterPipeline("""
            def f(xs: list[int]) -> int:
                n = len(xs)
                t = 0
                for i in range(n):
                    t += xs[i]
                return t
            """);
        AssertUnchecked(printed, GetItem + "(xs, i)");
    }

    [Test]
    public void ALengthChangeBetweenTheLenAndTheLoopKeepsTheCheck()
    {
        var printed = LoweringHarness.AfterPipeline("""
            def f(xs: list[int]) -> int:
                n = len(xs)
                xs.pop()
                t = 0
                for i in range(n):
                    t += xs[i]
                return t
            """);
        AssertChecked(printed, GetItem + "(xs, i)");
    }

    [Test]
    public void RebindingTheListOrTheBoundBetweenKeepsTheCheck()
    {
        var rebound = LoweringHarness.AfterPipeline("""
            def f(xs: list[int]) -> int:
                n = len(xs)
                xs = [1]
                t = 0
                for i in range(n):
                    t += xs[i]
                return t
            """);
        AssertChecked(rebound, GetItem + "(xs, i)");
        var bound = LoweringHarness.AfterPipeline("""
            def f(xs: list[int]) -> int:
                n = len(xs)
                n = n + 1
                t = 0
                for i in range(n):
                    t += xs[i]
                return t
            """);
        AssertChecked(bound, GetItem + "(xs, i)");
    }

    [Test]
    public void ALenThatDoesNotPrecedeTheLoopInItsBlockIsNoFact()
    {
        // Assigned in a branch: the loop is reached without it.
        var branch = LoweringHarness.AfterPipeline("""
            def f(xs: list[int], c: bool) -> int:
                n = 3
                if c:
                    n = len(xs)
                t = 0
                for i in range(n):
                    t += xs[i]
                return t
            """);
        AssertChecked(branch, GetItem + "(xs, i)");
        // Assigned after the loop in a while body: the next round reaches the loop after the pop.
        var after = LoweringHarness.AfterPipeline("""
            def f(xs: list[int]) -> int:
                n = 0
                t = 0
                while len(xs) > 1:
                    for i in range(n):
                        t += xs[i]
                    n = len(xs)
                    xs.pop()
                return t
            """);
        AssertChecked(after, GetItem + "(xs, i)");
    }

    [Test]
    public void ACallOrYieldBetweenTheLenAndTheLoopKeepsTheCheck()
    {
        var call = LoweringHarness.AfterPipeline("""
            def g(ys: list[int]) -> None:
                ys.clear()
            def f(xs: list[int]) -> int:
                n = len(xs)
                g(xs)
                t = 0
                for i in range(n):
                    t += xs[i]
                return t
            """);
        AssertChecked(call, GetItem + "(xs, i)");
    }

    [Test]
    public void AppendingToAListMadeInTheFunctionCannotChangeAParameter()
    {
        var printed = LoweringHarness.AfterPipeline("""
            def f(xs: list[int]) -> list[int]:
                n = len(xs)
                out: list[int] = []
                for i in range(n):
                    out.append(xs[i])
                return out
            """);
        AssertUnchecked(printed, GetItem + "(xs, i)");
    }

    [Test]
    public void AMutatedListThatMayBeTheSequenceKeepsTheCheck()
    {
        // ys is another name for xs.
        var alias = LoweringHarness.AfterPipeline("""
            def f(xs: list[int]) -> int:
                ys = xs
                t = 0
                for i in range(len(xs)):
                    ys.pop()
                    t += xs[i]
                return t
            """);
        AssertChecked(alias, GetItem + "(xs, i)");
        // The sequence is a local that may hold the fresh list.
        var local = LoweringHarness.AfterPipeline("""
            def f() -> int:
                out: list[int] = [1, 2, 3]
                xs = out
                n = len(xs)
                t = 0
                for i in range(n):
                    out.pop()
                    t += xs[i]
                return t
            """);
        AssertChecked(local, GetItem + "(xs, i)");
        // The parameter is rebound to the fresh list later on: in the next round it is that list.
        var rebound = LoweringHarness.AfterPipeline("""
            def f(xs: list[int]) -> int:
                out: list[int] = [0, 0, 0]
                t = 0
                for r in range(2):
                    n = len(xs)
                    for i in range(n):
                        out.pop()
                        t += xs[i]
                    xs = out
                return t
            """);
        AssertChecked(rebound, GetItem + "(xs, i)");
    }

    [Test]
    public void MutatingAContainerOfAnotherTypeCannotChangeTheSequence()
    {
        var printed = LoweringHarness.AfterPipeline("""
            def f(xs: list[int], seen: set[int]) -> int:
                n = len(xs)
                for i in range(n):
                    seen.add(xs[i])
                return len(seen)
            """);
        AssertUnchecked(printed, GetItem + "(xs, i)");
    }

    [Test]
    public void AListRepeatedNTimesHasAtLeastNItems()
    {
        var printed = LoweringHarness.AfterPipeline("""
            def f(p: int) -> list[float]:
                row = [0.0] * p
                for j in range(p):
                    row[j] = 1.5 * j
                return row
            """);
        AssertUnchecked(printed, SetItem + "(row, j, ");
        var shrunk = LoweringHarness.AfterPipeline("""
            def f(p: int) -> list[float]:
                row = [0.0] * p
                row.pop()
                for j in range(p):
                    row[j] = 1.5 * j
                return row
            """);
        AssertChecked(shrunk, SetItem + "(row, j, ");
    }

    [Test]
    public void AListOfARangeHasItsLength()
    {
        var printed = LoweringHarness.AfterPipeline("""
            def f(n: int) -> int:
                perm = list(range(n))
                t = 0
                for i in range(n):
                    t += perm[i]
                return t
            """);
        AssertUnchecked(printed, GetItem + "(perm, i)");
    }

    [Test]
    public void AStartAfterANonNegativeCounterIsNonNegative()
    {
        var printed = LoweringHarness.AfterPipeline("""
            def f(xs: list[float]) -> float:
                n = len(xs)
                e = 0.0
                for i in range(n):
                    for j in range(i + 1, n):
                        e += xs[i] * xs[j]
                return e
            """);
        AssertUnchecked(printed, GetItem + "(xs, i)");
        AssertUnchecked(printed, GetItem + "(xs, j)");
    }

    [Test]
    public void AStartThatMayBeNegativeKeepsTheCheck()
    {
        // xs[-1] is the last item in Python: an unchecked read would be out of the list.
        var before = LoweringHarness.AfterPipeline("""
            def f(xs: list[float]) -> float:
                n = len(xs)
                e = 0.0
                for i in range(n):
                    for j in range(i - 1, n):
                        e += xs[j]
                return e
            """);
        AssertChecked(before, GetItem + "(xs, j)");
        var constant = LoweringHarness.AfterPipeline("""
            def f(xs: list[float]) -> float:
                e = 0.0
                for j in range(-1, len(xs)):
                    e += xs[j]
                return e
            """);
        AssertChecked(constant, GetItem + "(xs, j)");
    }

    [Test]
    public void ACounterAClosureMayRebindStartsNothing()
    {
        // bump() sets i to -5 before the inner loop starts at i + 1 = -4: xs[-4] is an item from the end.
        var printed = LoweringHarness.AfterPipeline("""
            def f(xs: list[int]) -> int:
                i = 0
                def bump() -> None:
                    nonlocal i
                    i = -5
                t = 0
                for i in range(3):
                    bump()
                    for j in range(i + 1, len(xs)):
                        t += xs[j]
                return t
            """);
        AssertChecked(printed, GetItem + "(xs, j)");
    }

    [Test]
    public void ACounterTheBodyAssignsKeepsTheCheck()
    {
        var printed = LoweringHarness.AfterPipeline("""
            def f(xs: list[int]) -> int:
                n = len(xs)
                t = 0
                for i in range(n):
                    i = i + 1
                    t += xs[i]
                return t
            """);
        AssertChecked(printed, GetItem + "(xs, i)");
    }

    [Test]
    public void MatrixProductRowsOfTheRightOperandNeedNoCheck()
    {
        // b[k] is proven (inner = len(b), c is made here); a_row[k] and the column index j are not.
        var printed = LoweringHarness.AfterPipeline("""
            def f(a: list[list[float]], b: list[list[float]]) -> list[list[float]]:
                n = len(a)
                p = len(b[0])
                inner = len(b)
                c: list[list[float]] = []
                for i in range(n):
                    a_row = a[i]
                    row = [0.0] * p
                    for j in range(p):
                        s = 0.0
                        for k in range(inner):
                            s += a_row[k] * b[k][j]
                        row[j] = s
                    c.append(row)
                return c
            """);
        AssertUnchecked(printed, GetItem + "(a, i)");
        AssertUnchecked(printed, GetItem + "(b, k)");
        AssertUnchecked(printed, SetItem + "(row, j, s)");
        AssertChecked(printed, GetItem + "(a_row, k)");
        AssertChecked(printed, GetItem + "(" + GetItem + "(b, k): list[float], j)");
    }
    [Test]
    public void ACallOfAFunctionThatMayChangeALengthKeepsTheCheck()
    {
        // grow appends to its argument (also through a recursive call): it could be xs.
        var printed = LoweringHarness.AfterPipeline("""
            def grow(ys: list[float], k: int) -> float:
                if k > 0:
                    return grow(ys, k - 1)
                ys.pop()
                return 0.0

            def f(xs: list[float]) -> float:
                n = len(xs)
                t = 0.0
                for i in range(n):
                    t += grow(xs, 1) + xs[i]
                return t
            """);
        AssertChecked(printed, GetItem + "(xs, i)");
    }

    [Test]
    public void AnOperationThatMayRunADunderKeepsTheCheck()
    {
        // print(m) calls Marker.__str__, which may empty the list.
        var printed = LoweringHarness.AfterPipeline("""
            class Marker:
                def __str__(self) -> str:
                    return "m"

            def f(xs: list[int], m: Marker) -> int:
                n = len(xs)
                t = 0
                for i in range(n):
                    print(m)
                    t += xs[i]
                return t
            """);
        AssertChecked(printed, GetItem + "(xs, i)");
    }

    [Test]
    public void AnOperationThatStepsAGeneratorKeepsTheCheck()
    {
        var printed = LoweringHarness.AfterPipeline("""
            from typing import Generator

            def f(xs: list[int], steps: Generator[int, None, None]) -> int:
                n = len(xs)
                t = 0
                for i in range(n):
                    t += next(steps) + xs[i]
                return t
            """);
        AssertChecked(printed, GetItem + "(xs, i)");
    }
}
