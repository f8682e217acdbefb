using System.Numerics;

namespace PythonAot.Compiler.Semantics.Passes;

/// <summary>
/// The integers from <see cref="Low"/> to <see cref="High"/>, both included, as Python computes them: the bounds are
/// exact (BigInteger, never clamped to int64), so an interval that leaves int64 says the operation's exact result may
/// not fit, which is what <see cref="IntRanges"/> needs to decide that an overflow check can go. Every operation
/// returns an interval holding each result of the operation applied to values of its operands' intervals.
/// </summary>
internal readonly record struct IntInterval(BigInteger Low, BigInteger High)
{
    /// <summary>Every int64 value: what an int variable may hold (a store of anything else raised first).</summary>
    public static IntInterval Int64 { get; } = new(long.MinValue, long.MaxValue);

    /// <summary>
    /// Every value compiled code can compute, the 128-bit intermediates of a nested <c>+ - * **</c> included (a
    /// larger one raises): the interval of an operation whose exact bounds are not worth computing
    /// (<c>x ** 1000</c>). It does not fit int64, so nothing computed from it is trusted to.
    /// </summary>
    public static IntInterval Beyond { get; } = new(-BigInteger.Pow(2, 128), BigInteger.Pow(2, 128));

    /// <summary>The single value.</summary>
    public static IntInterval Exactly(BigInteger value) => new(value, value);

    /// <summary>Whether every value of the interval is an int64.</summary>
    public bool FitsInt64 => Low >= long.MinValue && High <= long.MaxValue;

    /// <summary>Whether every value is greater than zero.</summary>
    public bool IsPositive => Low > 0;

    /// <summary>Whether no value is negative.</summary>
    public bool IsNonNegative => Low >= 0;

    /// <summary>The smallest interval holding both.</summary>
    public IntInterval Hull(IntInterval other) => new(BigInteger.Min(Low, other.Low), BigInteger.Max(High, other.High));

    /// <summary>The values in both, or null when they share none.</summary>
    public IntInterval? Intersect(IntInterval other)
    {
        var low = BigInteger.Max(Low, other.Low);
        var high = BigInteger.Min(High, other.High);
        return low <= high ? new IntInterval(low, high) : null;
    }

    public static IntInterval operator +(IntInterval a, IntInterval b) => new(a.Low + b.Low, a.High + b.High);

    public static IntInterval operator -(IntInterval a, IntInterval b) => new(a.Low - b.High, a.High - b.Low);

    public static IntInterval operator -(IntInterval a) => new(-a.High, -a.Low);

    // A product's extremes are products of the operands' bounds.
    public static IntInterval operator *(IntInterval a, IntInterval b) =>
        Corners([a.Low * b.Low, a.Low * b.High, a.High * b.Low, a.High * b.High]);

    /// <summary><c>~x == -x - 1</c>.</summary>
    public IntInterval Invert() => new(-High - 1, -Low - 1);

    /// <summary><c>abs(x)</c>.</summary>
    public IntInterval Abs() =>
        IsNonNegative ? this : High <= 0 ? -this : new IntInterval(0, BigInteger.Max(-Low, High));

    /// <summary>
    /// <c>x // d</c> for a divisor interval that <see cref="IsPositive"/>: for a fixed positive d floor division grows
    /// with x, and for a fixed x it moves monotonically with d, so the extremes are at the corners.
    /// </summary>
    public IntInterval FloorDivide(IntInterval positiveDivisor) =>
        Corners([Floor(Low, positiveDivisor.Low), Floor(Low, positiveDivisor.High), Floor(High, positiveDivisor.Low), Floor(High, positiveDivisor.High)]);

    /// <summary><c>x % d</c> for a divisor interval that <see cref="IsPositive"/>: Python's remainder takes the divisor's sign, so it is in <c>[0, d - 1]</c>, and x itself when x is already in that range.</summary>
    public IntInterval Modulo(IntInterval positiveDivisor) =>
        IsNonNegative && High < positiveDivisor.Low ? this : new IntInterval(0, IsNonNegative ? BigInteger.Min(High, positiveDivisor.High - 1) : positiveDivisor.High - 1);

    /// <summary>
    /// <c>x &amp; y</c> when an operand is never negative: between 0 and that operand (two's complement: the and of a
    /// non-negative value keeps only some of its bits, whatever the other is); null when both may be negative.
    /// </summary>
    public IntInterval? BitwiseAnd(IntInterval other) => (IsNonNegative, other.IsNonNegative) switch
    {
        (true, true) => new IntInterval(0, BigInteger.Min(High, other.High)),
        (true, false) => new IntInterval(0, High),
        (false, true) => new IntInterval(0, other.High),
        _ => null,
    };

    /// <summary><c>x &gt;&gt; count</c> for a constant count &gt;= 0: floor division by <c>2 ** count</c>, growing with x.</summary>
    public IntInterval ShiftRight(long count)
    {
        // Shifting by more bits than the bounds have gives 0 or -1, as shifting by just one more than that does.
        var bits = BigInteger.Max(BigInteger.Abs(Low), BigInteger.Abs(High)).GetBitLength();
        var divisor = BigInteger.Pow(2, (int)Math.Min(count, bits + 1));
        return new IntInterval(Floor(Low, divisor), Floor(High, divisor));
    }

    /// <summary><c>x ** exponent</c> for a constant exponent &gt;= 0; <see cref="Beyond"/> past 64 unless every base is -1, 0 or 1.</summary>
    public IntInterval Power(long exponent)
    {
        if (exponent == 0) return Exactly(1);
        if (exponent > 64)
        {
            if (Low < -1 || High > 1) return Beyond;
            // -1, 0 and 1 to a power cycle with the exponent's parity.
            exponent = 2 + exponent % 2;
        }
        var power = (int)exponent;
        var ends = Corners([BigInteger.Pow(Low, power), BigInteger.Pow(High, power)]);
        // An even power of an interval holding zero reaches down to zero.
        return power % 2 == 0 && Low < 0 && High > 0 ? new IntInterval(0, ends.High) : ends;
    }

    /// <summary><c>min(a, b)</c>.</summary>
    public static IntInterval Min(IntInterval a, IntInterval b) => new(BigInteger.Min(a.Low, b.Low), BigInteger.Min(a.High, b.High));

    /// <summary><c>max(a, b)</c>.</summary>
    public static IntInterval Max(IntInterval a, IntInterval b) => new(BigInteger.Max(a.Low, b.Low), BigInteger.Max(a.High, b.High));

    private static IntInterval Corners(BigInteger[] values) => new(values.Min(), values.Max());

    /// <summary>Python's floor division (rounds toward negative infinity).</summary>
    private static BigInteger Floor(BigInteger value, BigInteger divisor)
    {
        var quotient = BigInteger.DivRem(value, divisor, out var remainder);
        return remainder != 0 && (remainder < 0) != (divisor < 0) ? quotient - 1 : quotient;
    }

    /// <summary><c>[low, high]</c>.</summary>
    public override string ToString() => $"[{Low}, {High}]";
}
