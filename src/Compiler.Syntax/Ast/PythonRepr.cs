using System.Globalization;
using System.Numerics;
using System.Text;

namespace PythonAot.Compiler.Syntax;

/// <summary>Python's <c>repr</c> of the constant values the AST holds (CPython 3.11's algorithms).</summary>
public static class PythonRepr
{
    /// <summary>The repr of any field value <see cref="AstField.Value"/> can hold (nodes and lists excluded).</summary>
    public static string Of(object? value) => value switch
    {
        null => "None",
        bool b => b ? "True" : "False",
        string s => Str(s),
        AstCodePointString cps => Str(cps.CodePoints),
        int i => i.ToString(CultureInfo.InvariantCulture),
        long l => l.ToString(CultureInfo.InvariantCulture),
        BigInteger big => big.ToString(CultureInfo.InvariantCulture),
        double d => Float(d),
        AstImaginary imaginary => Imaginary(imaginary.Imaginary),
        byte[] bytes => Bytes(bytes),
        AstEllipsis => "Ellipsis",
        _ => throw new ArgumentException($"No Python repr for {value.GetType()}.", nameof(value)),
    };

    /// <summary>repr(str): quote choice and escapes as CPython's unicode_repr.</summary>
    public static string Str(string s)
    {
        var codePoints = new List<int>(s.Length);
        for (var i = 0; i < s.Length; i++)
        {
            var c = s[i];
            if (char.IsHighSurrogate(c) && i + 1 < s.Length && char.IsLowSurrogate(s[i + 1]))
            {
                codePoints.Add(char.ConvertToUtf32(c, s[i + 1]));
                i++;
            }
            else
            {
                codePoints.Add(c);
            }
        }
        return Str(codePoints);
    }

    /// <summary>repr(str) of a sequence of code points.</summary>
    public static string Str(IReadOnlyList<int> codePoints)
    {
        var hasSingle = false;
        var hasDouble = false;
        foreach (var cp in codePoints)
        {
            if (cp == '\'') hasSingle = true;
            else if (cp == '"') hasDouble = true;
        }
        var quote = hasSingle && !hasDouble ? '"' : '\'';
        var builder = new StringBuilder(codePoints.Count + 2);
        builder.Append(quote);
        foreach (var cp in codePoints)
        {
            if (cp == quote || cp == '\\')
            {
                builder.Append('\\').Append((char)cp);
            }
            else if (cp == '\t') builder.Append("\\t");
            else if (cp == '\n') builder.Append("\\n");
            else if (cp == '\r') builder.Append("\\r");
            else if (cp < ' ' || cp == 0x7F) AppendHex(builder, "\\x", cp, 2);
            else if (cp < 0x7F) builder.Append((char)cp);
            else if (PythonUnicodeData.IsPrintable(cp))
            {
                if (cp < 0x10000) builder.Append((char)cp);
                else builder.Append(char.ConvertFromUtf32(cp));
            }
            else if (cp <= 0xFF) AppendHex(builder, "\\x", cp, 2);
            else if (cp <= 0xFFFF) AppendHex(builder, "\\u", cp, 4);
            else AppendHex(builder, "\\U", cp, 8);
        }
        builder.Append(quote);
        return builder.ToString();
    }

    /// <summary>repr(bytes).</summary>
    public static string Bytes(byte[] bytes)
    {
        var hasSingle = Array.IndexOf(bytes, (byte)'\'') >= 0;
        var hasDouble = Array.IndexOf(bytes, (byte)'"') >= 0;
        var quote = hasSingle && !hasDouble ? '"' : '\'';
        var builder = new StringBuilder(bytes.Length + 3);
        builder.Append('b').Append(quote);
        foreach (var b in bytes)
        {
            if (b == quote || b == '\\') builder.Append('\\').Append((char)b);
            else if (b == '\t') builder.Append("\\t");
            else if (b == '\n') builder.Append("\\n");
            else if (b == '\r') builder.Append("\\r");
            else if (b < ' ' || b >= 0x7F) AppendHex(builder, "\\x", b, 2);
            else builder.Append((char)b);
        }
        builder.Append(quote);
        return builder.ToString();
    }

    private static void AppendHex(StringBuilder builder, string prefix, int value, int digits) =>
        builder.Append(prefix).Append(value.ToString("x" + digits.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture));

    /// <summary>repr(float): the shortest round-trip digits in CPython's format (<c>1.0</c>, <c>1e+16</c>, <c>inf</c>).</summary>
    public static string Float(double value) => FormatShort(value, addDotZero: true);

    /// <summary>repr(complex(0, imaginary)): <c>1j</c>, <c>1.5j</c>, <c>1e+16j</c>, <c>infj</c>.</summary>
    public static string Imaginary(double imaginary) => FormatShort(imaginary, addDotZero: false) + "j";

    // CPython's format_float_short with mode 'r': scientific notation when the decimal exponent is < -4 or >= 16.
    private static string FormatShort(double value, bool addDotZero)
    {
        if (double.IsNaN(value)) return "nan";
        if (double.IsPositiveInfinity(value)) return "inf";
        if (double.IsNegativeInfinity(value)) return "-inf";
        var negative = value < 0 || (value == 0 && double.IsNegative(value));
        if (value == 0) return negative ? (addDotZero ? "-0.0" : "-0") : (addDotZero ? "0.0" : "0");

        // "R" gives the shortest round-trip digits; "E16" would not. Parse it into digits and a decimal exponent.
        var r = Math.Abs(value).ToString("R", CultureInfo.InvariantCulture);
        var exponent = 0;
        var ePos = r.IndexOfAny(['E', 'e']);
        if (ePos >= 0)
        {
            exponent = int.Parse(r.AsSpan(ePos + 1), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture);
            r = r[..ePos];
        }
        var dot = r.IndexOf('.');
        string digits;
        int pointPos; // the decimal point sits after this many digits
        if (dot >= 0)
        {
            digits = r[..dot] + r[(dot + 1)..];
            pointPos = dot;
        }
        else
        {
            digits = r;
            pointPos = r.Length;
        }
        var lead = 0;
        while (lead < digits.Length - 1 && digits[lead] == '0') lead++;
        digits = digits[lead..];
        pointPos -= lead;
        digits = digits.TrimEnd('0');
        if (digits.Length == 0) digits = "0";
        var decpt = pointPos + exponent; // value = 0.digits * 10^decpt

        var builder = new StringBuilder();
        if (negative) builder.Append('-');
        if (decpt <= -4 || decpt > 16)
        {
            // Scientific: d.ddde[+-]XX
            builder.Append(digits[0]);
            if (digits.Length > 1) builder.Append('.').Append(digits, 1, digits.Length - 1);
            var exp = decpt - 1;
            builder.Append('e').Append(exp < 0 ? '-' : '+');
            var abs = Math.Abs(exp);
            if (abs < 10) builder.Append('0');
            builder.Append(abs.ToString(CultureInfo.InvariantCulture));
        }
        else if (decpt <= 0)
        {
            builder.Append("0.").Append('0', -decpt).Append(digits);
        }
        else if (decpt >= digits.Length)
        {
            builder.Append(digits).Append('0', decpt - digits.Length);
            if (addDotZero) builder.Append(".0");
        }
        else
        {
            builder.Append(digits, 0, decpt).Append('.').Append(digits, decpt, digits.Length - decpt);
        }
        return builder.ToString();
    }
}
