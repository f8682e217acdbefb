using System.Globalization;
using System.Numerics;
using System.Text;

namespace PythonAot.Compiler.Syntax;

/// <summary>
/// Decodes literal token text into the values CPython 3.11 puts in <c>ast.Constant</c>: numbers
/// (<c>0x_FF</c>, <c>1_000.5e-3j</c>), str and bytes literals (prefixes, escapes, <c>\N{...}</c>, raw strings,
/// newline translation) and f-string literal text.
/// </summary>
internal static class PythonLiteralDecoder
{
    /// <summary>The value of a NUMBER token: a <see cref="BigInteger"/>, a <see cref="double"/> or an <see cref="AstImaginary"/>.</summary>
    public static object ParseNumber(string text)
    {
        var s = text.Contains('_') ? text.Replace("_", string.Empty) : text;
        if (s.Length == 0) return BigInteger.Zero;
        var last = s[^1];
        if (last is 'j' or 'J') return new AstImaginary(ParseFloat(s[..^1]));
        if (s.Length > 1 && s[0] == '0')
        {
            switch (s[1])
            {
                case 'x' or 'X': return ParseRadix(s.AsSpan(2), 16);
                case 'o' or 'O': return ParseRadix(s.AsSpan(2), 8);
                case 'b' or 'B': return ParseRadix(s.AsSpan(2), 2);
            }
        }
        if (s.AsSpan().IndexOfAny('.', 'e', 'E') >= 0) return ParseFloat(s);
        return BigInteger.TryParse(s, NumberStyles.None, CultureInfo.InvariantCulture, out var value) ? value : BigInteger.Zero;
    }

    private static double ParseFloat(string s)
    {
        if (s.Length > 0 && s[^1] == '.') s += "0";
        if (s.Length > 0 && s[0] == '.') s = "0" + s;
        return double.TryParse(s, NumberStyles.Float, CultureInfo.InvariantCulture, out var d) ? d : 0.0;
    }

    private static BigInteger ParseRadix(ReadOnlySpan<char> digits, int radix)
    {
        var value = BigInteger.Zero;
        // Work in chunks that fit in a ulong to keep big literals fast.
        var i = 0;
        var bitsPerDigit = radix == 16 ? 4 : radix == 8 ? 3 : 1;
        var chunkDigits = 60 / bitsPerDigit;
        while (i < digits.Length)
        {
            var n = Math.Min(chunkDigits, digits.Length - i);
            ulong chunk = 0;
            for (var k = 0; k < n; k++)
            {
                var c = digits[i + k];
                var d = c is >= '0' and <= '9' ? c - '0' : c is >= 'a' and <= 'f' ? c - 'a' + 10 : c is >= 'A' and <= 'F' ? c - 'A' + 10 : 0;
                chunk = (chunk << bitsPerDigit) | (uint)d;
            }
            value = (value << (n * bitsPerDigit)) | chunk;
            i += n;
        }
        return value;
    }

    /// <summary>The prefix letters of a string token (<c>rb</c>, <c>f</c>, <c>U</c>, ...), lower-cased.</summary>
    public static string GetPrefix(string tokenText)
    {
        var i = 0;
        while (i < tokenText.Length && tokenText[i] != '\'' && tokenText[i] != '"') i++;
        return tokenText[..i].ToLowerInvariant();
    }

    /// <summary>The text between the quotes of a whole string token (prefix and quotes removed).</summary>
    public static string GetBody(string tokenText)
    {
        var i = 0;
        while (i < tokenText.Length && tokenText[i] != '\'' && tokenText[i] != '"') i++;
        if (i >= tokenText.Length) return string.Empty;
        var quote = tokenText[i];
        var quoteLength = i + 2 < tokenText.Length && tokenText[i + 1] == quote && tokenText[i + 2] == quote && tokenText.Length - i >= 6 ? 3 : 1;
        var start = i + quoteLength;
        var end = tokenText.Length;
        // Strip the closing quotes when present (an unterminated token has none).
        var closing = 0;
        while (closing < quoteLength && end - closing - 1 >= start && tokenText[end - closing - 1] == quote) closing++;
        if (closing == quoteLength) end -= quoteLength;
        return end > start ? tokenText[start..end] : string.Empty;
    }

    /// <summary>Decodes the body of a str literal (or f-string literal text) into code points.</summary>
    public static void DecodeStr(string body, bool raw, List<int> output)
    {
        var s = NormalizeNewlines(body);
        var i = 0;
        while (i < s.Length)
        {
            var c = s[i];
            if (c != '\\' || raw)
            {
                i = AppendCodePoint(s, i, output);
                continue;
            }
            if (i + 1 >= s.Length)
            {
                output.Add('\\');
                i++;
                continue;
            }
            var n = s[i + 1];
            switch (n)
            {
                case '\n': i += 2; continue;
                case '\\': output.Add('\\'); i += 2; continue;
                case '\'': output.Add('\''); i += 2; continue;
                case '"': output.Add('"'); i += 2; continue;
                case 'b': output.Add('\b'); i += 2; continue;
                case 'f': output.Add('\f'); i += 2; continue;
                case 't': output.Add('\t'); i += 2; continue;
                case 'n': output.Add('\n'); i += 2; continue;
                case 'r': output.Add('\r'); i += 2; continue;
                case 'v': output.Add('\v'); i += 2; continue;
                case 'a': output.Add('\a'); i += 2; continue;
                case >= '0' and <= '7':
                {
                    var value = 0;
                    var j = i + 1;
                    while (j < s.Length && j < i + 4 && s[j] is >= '0' and <= '7')
                    {
                        value = value * 8 + (s[j] - '0');
                        j++;
                    }
                    output.Add(value);
                    i = j;
                    continue;
                }
                case 'x' or 'u' or 'U':
                {
                    var digits = n == 'x' ? 2 : n == 'u' ? 4 : 8;
                    if (TryParseHex(s, i + 2, digits, out var value) && value <= 0x10FFFF)
                    {
                        output.Add(value);
                        i += 2 + digits;
                        continue;
                    }
                    break;
                }
                case 'N':
                {
                    if (i + 2 < s.Length && s[i + 2] == '{')
                    {
                        var close = s.IndexOf('}', i + 3);
                        if (close > i + 3)
                        {
                            var cp = PythonUnicodeData.LookupName(s[(i + 3)..close]);
                            if (cp >= 0)
                            {
                                output.Add(cp);
                                i = close + 1;
                                continue;
                            }
                        }
                    }
                    break;
                }
            }
            // Not an escape (or an invalid one, which CPython rejects): the backslash stays.
            output.Add('\\');
            i++;
        }
    }

    /// <summary>Decodes the body of a bytes literal.</summary>
    public static byte[] DecodeBytes(string body, bool raw)
    {
        var s = NormalizeNewlines(body);
        var output = new List<byte>(s.Length);
        var i = 0;
        while (i < s.Length)
        {
            var c = s[i];
            if (c != '\\' || raw || i + 1 >= s.Length)
            {
                output.Add(unchecked((byte)c));
                i++;
                continue;
            }
            var n = s[i + 1];
            switch (n)
            {
                case '\n': i += 2; continue;
                case '\\': output.Add((byte)'\\'); i += 2; continue;
                case '\'': output.Add((byte)'\''); i += 2; continue;
                case '"': output.Add((byte)'"'); i += 2; continue;
                case 'b': output.Add(8); i += 2; continue;
                case 'f': output.Add(12); i += 2; continue;
                case 't': output.Add(9); i += 2; continue;
                case 'n': output.Add(10); i += 2; continue;
                case 'r': output.Add(13); i += 2; continue;
                case 'v': output.Add(11); i += 2; continue;
                case 'a': output.Add(7); i += 2; continue;
                case >= '0' and <= '7':
                {
                    var value = 0;
                    var j = i + 1;
                    while (j < s.Length && j < i + 4 && s[j] is >= '0' and <= '7')
                    {
                        value = value * 8 + (s[j] - '0');
                        j++;
                    }
                    output.Add(unchecked((byte)value));
                    i = j;
                    continue;
                }
                case 'x':
                    if (TryParseHex(s, i + 2, 2, out var hex))
                    {
                        output.Add((byte)hex);
                        i += 4;
                        continue;
                    }
                    break;
            }
            output.Add((byte)'\\');
            i++;
        }
        return output.ToArray();
    }

    /// <summary>A str value: a string, or an <see cref="AstCodePointString"/> when it holds surrogate code points.</summary>
    public static object ToStrValue(List<int> codePoints)
    {
        var builder = new StringBuilder(codePoints.Count);
        foreach (var cp in codePoints)
        {
            if (cp is >= 0xD800 and <= 0xDFFF) return new AstCodePointString(codePoints.ToArray());
            if (cp < 0x10000) builder.Append((char)cp);
            else builder.Append(char.ConvertFromUtf32(cp));
        }
        return builder.ToString();
    }

    /// <summary>CPython reads source with universal newlines: "\r\n" and a lone "\r" become "\n".</summary>
    public static string NormalizeNewlines(string s) =>
        s.Contains('\r') ? s.Replace("\r\n", "\n").Replace('\r', '\n') : s;

    private static int AppendCodePoint(string s, int i, List<int> output)
    {
        var c = s[i];
        if (char.IsHighSurrogate(c) && i + 1 < s.Length && char.IsLowSurrogate(s[i + 1]))
        {
            output.Add(char.ConvertToUtf32(c, s[i + 1]));
            return i + 2;
        }
        output.Add(c);
        return i + 1;
    }

    private static bool TryParseHex(string s, int start, int digits, out int value)
    {
        value = 0;
        if (start + digits > s.Length) return false;
        long v = 0;
        for (var k = 0; k < digits; k++)
        {
            var c = s[start + k];
            int d;
            if (c is >= '0' and <= '9') d = c - '0';
            else if (c is >= 'a' and <= 'f') d = c - 'a' + 10;
            else if (c is >= 'A' and <= 'F') d = c - 'A' + 10;
            else return false;
            v = v * 16 + d;
        }
        if (v > int.MaxValue) return false;
        value = (int)v;
        return true;
    }
}
