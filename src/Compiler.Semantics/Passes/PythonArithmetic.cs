using System.Numerics;
using System.Text;

namespace PythonAot.Compiler.Semantics.Passes;

/// <summary>CPython's semantics of int (64-bit in PythonAot: null when the result leaves int64) and float arithmetic, for constant folding.</summary>
internal static class PythonArithmetic
{
    private static long? Fit(BigInteger value) => value >= long.MinValue && value <= long.MaxValue ? (long)value : null;

    public static long? Add(long a, long b) => Fit((BigInteger)a + b);

    public static long? Subtract(long a, long b) => Fit((BigInteger)a - b);

    public static long? Multiply(long a, long b) => Fit((BigInteger)a * b);

    public static long? Negate(long a) => Fit(-(BigInteger)a);

    /// <summary>Floor division (rounds toward negative infinity); null for a zero divisor or an overflow.</summary>
    public static long? FloorDivide(long a, long b)
    {
        if (b == 0) return null;
        var quotient = BigInteger.DivRem(a, b, out var remainder);
        if (remainder != 0 && (remainder < 0) != (b < 0)) quotient -= 1;
        return Fit(quotient);
    }

    /// <summary>Python modulo (the sign of the divisor); null for a zero divisor.</summary>
    public static long? Modulo(long a, long b)
    {
        if (b == 0) return null;
        var remainder = (BigInteger)a % b;
        if (remainder != 0 && (remainder < 0) != (b < 0)) remainder += b;
        return Fit(remainder);
    }

    /// <summary>int ** int for a non-negative exponent; null for a negative one (a float result) or an overflow.</summary>
    public static long? Power(long a, long b)
    {
        if (b < 0) return null;
        if (b > 64 && a is not (0 or 1 or -1)) return null;
        return Fit(BigInteger.Pow(a, (int)Math.Min(b, 65)));
    }

    /// <summary>int / int, correctly rounded as CPython's; null for a zero divisor or operands beyond 2**53 (the double quotient might round twice).</summary>
    public static double? TrueDivide(long a, long b)
    {
        const long exact = 1L << 53;
        if (b == 0 || a > exact || a < -exact || b > exact || b < -exact) return null;
        return (double)a / b;
    }

    /// <summary>float divmod as CPython's float_divmod; null for a zero divisor.</summary>
    public static (double Quotient, double Remainder)? FloatDivMod(double vx, double wx)
    {
        if (wx == 0.0) return null;
        var mod = vx % wx; // C# % on doubles is C fmod
        var div = (vx - mod) / wx;
        if (mod != 0)
        {
            if ((wx < 0) != (mod < 0))
            {
                mod += wx;
                div -= 1.0;
            }
        }
        else mod = Math.CopySign(0.0, wx);
        double floordiv;
        if (div != 0)
        {
            floordiv = Math.Floor(div);
            if (div - floordiv > 0.5) floordiv += 1.0;
        }
        else floordiv = Math.CopySign(0.0, vx / wx);
        return (floordiv, mod);
    }

    /// <summary>Compares by code point, as Python compares str (not UTF-16 code units).</summary>
    public static int CompareStrings(string a, string b)
    {
        var x = a.EnumerateRunes().GetEnumerator();
        var y = b.EnumerateRunes().GetEnumerator();
        while (true)
        {
            var hasX = x.MoveNext();
            var hasY = y.MoveNext();
            if (!hasX || !hasY) return hasX == hasY ? 0 : hasX ? 1 : -1;
            var c = x.Current.Value.CompareTo(y.Current.Value);
            if (c != 0) return c;
        }
    }

    /// <summary>str * int; null when the result would exceed <paramref name="maxLength"/> characters.</summary>
    public static string? Repeat(string s, long count, int maxLength)
    {
        if (count <= 0 || s.Length == 0) return "";
        if ((BigInteger)s.Length * count > maxLength) return null;
        return new StringBuilder(s.Length * (int)count).Insert(0, s, (int)count).ToString();
    }
}
