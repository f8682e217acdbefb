using System.Numerics;
using PythonAot.Compiler.Semantics.Passes;

namespace PythonAot.Compiler.Semantics.Tests.Passes;

/// <summary>
/// The interval arithmetic of <see cref="IntInterval"/> against every pair of small operands: each result of the
/// operation (with Python's floor semantics) lies in the computed interval, and where the operation is exact at its
/// bounds (+, -, *, //, abs, **, &gt;&gt;, min, max) the computed bounds are results.
/// </summary>
public sealed class IntIntervalTests
{
    private static readonly List<IntInterval> s_intervals =
        [.. from low in Enumerable.Range(-5, 11) from high in Enumerable.Range(low, 11 - (low + 5)) select new IntInterval(low, high)];

    private static IEnumerable<BigInteger> Values(IntInterval interval)
    {
        for (var v = interval.Low; v <= interval.High; v++) yield return v;
    }

    private static BigInteger FloorDivide(BigInteger a, BigInteger b)
    {
        var quotient = BigInteger.DivRem(a, b, out var remainder);
        return remainder != 0 && (remainder < 0) != (b < 0) ? quotient - 1 : quotient;
    }

    private static BigInteger Modulo(BigInteger a, BigInteger b) => a - b * FloorDivide(a, b);

    private static void AssertHolds(IntInterval computed, List<BigInteger> results, bool tight, string what)
    {
        Assert.That(results.All(r => r >= computed.Low && r <= computed.High), $"{what}: {computed} misses one of {string.Join(", ", results)}");
        if (tight) Assert.That((results.Min(), results.Max()), Is.EqualTo((computed.Low, computed.High)), what);
    }

    private static void ForPairs(Func<IntInterval, IntInterval, bool> applies, Func<IntInterval, IntInterval, IntInterval> operation, Func<BigInteger, BigInteger, BigInteger> concrete, bool tight, string name)
    {
        var checkedPairs = 0;
        foreach (var a in s_intervals)
            foreach (var b in s_intervals)
            {
                if (!applies(a, b)) continue;
                var results = (from x in Values(a) from y in Values(b) select concrete(x, y)).ToList();
                AssertHolds(operation(a, b), results, tight, $"{a} {name} {b}");
                checkedPairs++;
            }
        Assert.That(checkedPairs, Is.GreaterThan(100));
    }

    [Test]
    public void SumsDifferencesAndProductsAreExact()
    {
        ForPairs((_, _) => true, (a, b) => a + b, (x, y) => x + y, tight: true, "+");
        ForPairs((_, _) => true, (a, b) => a - b, (x, y) => x - y, tight: true, "-");
        ForPairs((_, _) => true, (a, b) => a * b, (x, y) => x * y, tight: true, "*");
        ForPairs((_, _) => true, IntInterval.Min, BigInteger.Min, tight: true, "min");
        ForPairs((_, _) => true, IntInterval.Max, BigInteger.Max, tight: true, "max");
    }

    [Test]
    public void FloorDivisionAndModuloByAPositiveDivisorFollowPython()
    {
        ForPairs((_, d) => d.IsPositive, (a, d) => a.FloorDivide(d), FloorDivide, tight: true, "//");
        ForPairs((_, d) => d.IsPositive, (a, d) => a.Modulo(d), Modulo, tight: false, "%");
    }

    [Test]
    public void AndWithANonNegativeOperandStaysBetweenZeroAndIt()
    {
        ForPairs((a, b) => a.IsNonNegative || b.IsNonNegative, (a, b) => a.BitwiseAnd(b)!.Value, (x, y) => x & y, tight: false, "&");
        Assert.That(new IntInterval(-1, 3).BitwiseAnd(new IntInterval(-2, 0)), Is.Null);
    }

    [Test]
    public void UnaryOperationsPowersAndShiftsAreExact()
    {
        foreach (var a in s_intervals)
        {
            AssertHolds(-a, Values(a).Select(x => -x).ToList(), tight: true, $"-{a}");
            AssertHolds(a.Invert(), Values(a).Select(x => -x - 1).ToList(), tight: true, $"~{a}");
            AssertHolds(a.Abs(), Values(a).Select(BigInteger.Abs).ToList(), tight: true, $"abs({a})");
            foreach (var exponent in new long[] { 0, 1, 2, 3, 4, 65, 66 })
            {
                var values = Values(a).ToList();
                var computed = a.Power(exponent);
                if (exponent > 64 && (a.Low < -1 || a.High > 1))
                    Assert.That(computed, Is.EqualTo(IntInterval.Beyond), $"{a} ** {exponent}");
                else
                    AssertHolds(computed, values.Select(x => BigInteger.Pow(x, (int)exponent)).ToList(), tight: true, $"{a} ** {exponent}");
            }
            foreach (var count in new long[] { 0, 1, 2, 3, 70, long.MaxValue })
                AssertHolds(a.ShiftRight(count), Values(a).Select(x => FloorDivide(x, BigInteger.Pow(2, (int)Math.Min(count, 70)))).ToList(), tight: true, $"{a} >> {count}");
        }
    }

    [Test]
    public void BoundsAreNeverClampedToInt64()
    {
        var int64 = IntInterval.Int64;
        Assert.That(int64.FitsInt64, Is.True);
        Assert.That((int64 + IntInterval.Exactly(1)).FitsInt64, Is.False);
        Assert.That((int64 * int64).High, Is.EqualTo((BigInteger)long.MinValue * long.MinValue));
        Assert.That((-int64).FitsInt64, Is.False, "-(-2**63) leaves int64");
        Assert.That(int64.Abs().FitsInt64, Is.False);
        Assert.That(int64.FloorDivide(IntInterval.Exactly(2)).FitsInt64, Is.True);
    }
}
