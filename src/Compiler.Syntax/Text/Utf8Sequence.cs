namespace PythonAot.Compiler.Syntax.Text;

/// <summary>
/// UTF-8 decoding step by step with CPython's rules for what is invalid and how an error is described (the
/// reason and the number of bytes it covers, as in "can't decode bytes in position 3-4: invalid continuation byte").
/// </summary>
internal static class Utf8Sequence
{
    /// <summary>
    /// Decodes the sequence at <paramref name="index"/>: its length and code point, or 0 with the length of the
    /// invalid part and CPython's reason.
    /// </summary>
    public static int Decode(ReadOnlySpan<byte> bytes, int index, out int codePoint, out int errorLength, out string? reason)
    {
        codePoint = 0;
        errorLength = 0;
        reason = null;
        var end = bytes.Length;
        int ch = bytes[index];
        if (ch < 0x80)
        {
            codePoint = ch;
            return 1;
        }
        if (ch < 0xC2 || ch >= 0xF5) return Invalid(1, "invalid start byte", out errorLength, out reason);
        var need = ch < 0xE0 ? 2 : ch < 0xF0 ? 3 : 4;
        for (var k = 1; k < need; k++)
        {
            if (index + k >= end) return Invalid(end - index, "unexpected end of data", out errorLength, out reason);
            int c = bytes[index + k];
            var valid = (c & 0xC0) == 0x80;
            if (k == 1 && valid)
            {
                if (ch == 0xE0) valid = c >= 0xA0;
                else if (ch == 0xED) valid = c < 0xA0;
                else if (ch == 0xF0) valid = c >= 0x90;
                else if (ch == 0xF4) valid = c < 0x90;
            }
            if (!valid) return Invalid(k, "invalid continuation byte", out errorLength, out reason);
        }
        codePoint = need switch
        {
            2 => ((ch & 0x1F) << 6) | (bytes[index + 1] & 0x3F),
            3 => ((ch & 0x0F) << 12) | ((bytes[index + 1] & 0x3F) << 6) | (bytes[index + 2] & 0x3F),
            _ => ((ch & 0x07) << 18) | ((bytes[index + 1] & 0x3F) << 12) | ((bytes[index + 2] & 0x3F) << 6) | (bytes[index + 3] & 0x3F),
        };
        return need;
    }

    private static int Invalid(int length, string why, out int errorLength, out string? reason)
    {
        errorLength = length;
        reason = why;
        return 0;
    }

    /// <summary>The text of Python's UnicodeDecodeError for bytes[start..start+length) of a decoded buffer.</summary>
    public static string DescribeError(string codec, ReadOnlySpan<byte> bytes, int start, int length, string reason) =>
        length == 1
            ? $"'{codec}' codec can't decode byte 0x{bytes[start]:x2} in position {start}: {reason}"
            : $"'{codec}' codec can't decode bytes in position {start}-{start + length - 1}: {reason}";
}
