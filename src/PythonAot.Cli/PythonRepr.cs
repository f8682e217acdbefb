using System.Globalization;
using System.Text;

namespace PythonAot.Cli;

/// <summary>Quotes text the way Python's <c>repr(str)</c> does.</summary>
internal static class PythonRepr
{
    /// <summary>
    /// <c>repr(text)</c>: single quotes unless the text holds a single quote and no double quote; backslash, the
    /// quote, \n, \r and \t escaped; other non-printable code points as \xNN, \uNNNN or \UNNNNNNNN; printable
    /// non-ASCII kept as is. A lone surrogate is escaped as \uNNNN.
    /// </summary>
    public static string Quote(string text)
    {
        var quote = text.Contains('\'') && !text.Contains('"') ? '"' : '\'';
        var builder = new StringBuilder(text.Length + 2);
        builder.Append(quote);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            int codePoint = c;
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                codePoint = char.ConvertToUtf32(c, text[i + 1]);
                if (IsPrintable(codePoint))
                {
                    builder.Append(c).Append(text[i + 1]);
                }
                else
                {
                    builder.Append(CultureInfo.InvariantCulture, $"\\U{codePoint:x8}");
                }
                i++;
                continue;
            }
            switch (c)
            {
                case '\\': builder.Append("\\\\"); break;
                case '\n': builder.Append("\\n"); break;
                case '\r': builder.Append("\\r"); break;
                case '\t': builder.Append("\\t"); break;
                default:
                    if (c == quote) builder.Append('\\').Append(c);
                    else if (c < 0x20 || c == 0x7f) builder.Append(CultureInfo.InvariantCulture, $"\\x{(int)c:x2}");
                    else if (c < 0x7f) builder.Append(c);
                    else if (char.IsSurrogate(c) || !IsPrintable(c))
                        builder.Append(c <= 0xff ? $"\\x{(int)c:x2}" : $"\\u{(int)c:x4}");
                    else builder.Append(c);
                    break;
            }
        }
        builder.Append(quote);
        return builder.ToString();
    }

    /// <summary>Python's <c>str.isprintable</c> for one code point: not in Cc, Cf, Cs, Co, Cn, Zl, Zp, nor Zs other than space.</summary>
    private static bool IsPrintable(int codePoint)
    {
        if (codePoint == ' ') return true;
        var category = CharUnicodeInfo.GetUnicodeCategory(codePoint);
        return category switch
        {
            UnicodeCategory.Control or UnicodeCategory.Format or UnicodeCategory.Surrogate or UnicodeCategory.PrivateUse
                or UnicodeCategory.OtherNotAssigned or UnicodeCategory.LineSeparator or UnicodeCategory.ParagraphSeparator
                or UnicodeCategory.SpaceSeparator => false,
            _ => true,
        };
    }
}
