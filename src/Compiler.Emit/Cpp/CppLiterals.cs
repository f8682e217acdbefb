using System.Globalization;
using System.Text;

namespace PythonAot.Compiler.Emit.Cpp;

/// <summary>C++ spellings of Python constants: exact, locale-independent, and free of undefined behaviour.</summary>
internal static class CppLiterals
{
    /// <summary>A narrow string literal of the UTF-8 bytes of <paramref name="text"/> (octal escapes outside printable ASCII, so no escape runs into the next character).</summary>
    public static string Quote(string text) => QuoteBytes(Encoding.UTF8.GetBytes(text));

    /// <summary>A narrow string literal of <paramref name="bytes"/>.</summary>
    public static string QuoteBytes(byte[] bytes)
    {
        var result = new StringBuilder(bytes.Length + 2).Append('"');
        foreach (var b in bytes)
        {
            switch (b)
            {
                case (byte)'"': result.Append("\\\""); break;
                case (byte)'\\': result.Append("\\\\"); break;
                case (byte)'\n': result.Append("\\n"); break;
                case (byte)'\t': result.Append("\\t"); break;
                case (byte)'\r': result.Append("\\r"); break;
                // `??` sequences would be trigraphs in old dialects; escaping one '?' keeps every compiler quiet.
                case (byte)'?': result.Append("\\?"); break;
                default:
                    if (b is >= 0x20 and < 0x7F) result.Append((char)b);
                    else result.Append('\\').Append(Convert.ToString(b, 8).PadLeft(3, '0'));
                    break;
            }
        }
        return result.Append('"').ToString();
    }

    /// <summary>
    /// A <c>pyaot::Str</c> constant: the runtime's <c>str_literal</c>, built once and shared (the literal's array
    /// type carries its length, so NUL bytes in the text need nothing special).
    /// </summary>
    public static string Str(string text) => $"pyaot::str_literal<{Quote(text)}>()";

    /// <summary>An int64 literal without a type: <c>42</c>, <c>-7</c>, and the minimum spelled so it is not a negated overflow.</summary>
    public static string Int(long value) => value == long.MinValue ? "(-9223372036854775807 - 1)" : value.ToString(CultureInfo.InvariantCulture);

    /// <summary>An int64 constant typed as pyaot::Int (so overload resolution and templates see int64_t, not int).</summary>
    public static string TypedInt(long value) => $"pyaot::Int({Int(value)})";

    /// <summary>A double literal that reads back to exactly <paramref name="value"/>.</summary>
    public static string Float(double value)
    {
        if (double.IsNaN(value)) return "std::numeric_limits<double>::quiet_NaN()";
        if (double.IsPositiveInfinity(value)) return "std::numeric_limits<double>::infinity()";
        if (double.IsNegativeInfinity(value)) return "(-std::numeric_limits<double>::infinity())";
        if (value == 0 && double.IsNegative(value)) return "-0.0";
        var text = value.ToString("R", CultureInfo.InvariantCulture);
        if (!text.Contains('.') && !text.Contains('E')) text += ".0";
        return text;
    }
}
