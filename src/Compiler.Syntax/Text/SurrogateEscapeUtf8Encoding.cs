using System.Text;

namespace PythonAot.Compiler.Syntax.Text;

/// <summary>
/// UTF-8 that keeps invalid bytes: each byte 0x80–0xFF that is not part of a valid sequence decodes to the lone
/// surrogate U+DC00 + byte and encodes back to that byte (Python's "surrogateescape" error handler), so any byte
/// string round-trips. Other lone surrogates encode as U+FFFD.
/// </summary>
internal sealed class SurrogateEscapeUtf8Encoding : Encoding
{
    public static readonly SurrogateEscapeUtf8Encoding Instance = new();

    public override string WebName => "utf-8";

    public override string EncodingName => "Unicode (UTF-8, surrogateescape)";

    private static bool IsEscape(char c) => c >= '\uDC80' && c <= '\uDCFF';

    public override int GetByteCount(char[] chars, int index, int count) => Encode(chars.AsSpan(index, count), default, write: false);

    public override int GetBytes(char[] chars, int charIndex, int charCount, byte[] bytes, int byteIndex) =>
        Encode(chars.AsSpan(charIndex, charCount), bytes.AsSpan(byteIndex), write: true);

    public override int GetCharCount(byte[] bytes, int index, int count) => DecodeTo(bytes.AsSpan(index, count), default, write: false);

    public override int GetChars(byte[] bytes, int byteIndex, int byteCount, char[] chars, int charIndex) =>
        DecodeTo(bytes.AsSpan(byteIndex, byteCount), chars.AsSpan(charIndex), write: true);

    public override int GetMaxByteCount(int charCount) => (charCount + 1) * 3;

    public override int GetMaxCharCount(int byteCount) => byteCount + 1;

    private static int Encode(ReadOnlySpan<char> chars, Span<byte> output, bool write)
    {
        var n = 0;
        for (var i = 0; i < chars.Length; i++)
        {
            int c = chars[i];
            if (c < 0x80)
            {
                if (write) output[n] = (byte)c;
                n++;
            }
            else if (c < 0x800)
            {
                if (write) { output[n] = (byte)(0xC0 | (c >> 6)); output[n + 1] = (byte)(0x80 | (c & 0x3F)); }
                n += 2;
            }
            else if (char.IsHighSurrogate((char)c) && i + 1 < chars.Length && char.IsLowSurrogate(chars[i + 1]))
            {
                var cp = char.ConvertToUtf32((char)c, chars[i + 1]);
                i++;
                if (write)
                {
                    output[n] = (byte)(0xF0 | (cp >> 18));
                    output[n + 1] = (byte)(0x80 | ((cp >> 12) & 0x3F));
                    output[n + 2] = (byte)(0x80 | ((cp >> 6) & 0x3F));
                    output[n + 3] = (byte)(0x80 | (cp & 0x3F));
                }
                n += 4;
            }
            else if (IsEscape((char)c))
            {
                if (write) output[n] = (byte)(c - 0xDC00);
                n++;
            }
            else
            {
                if (char.IsSurrogate((char)c)) c = 0xFFFD;
                if (write)
                {
                    output[n] = (byte)(0xE0 | (c >> 12));
                    output[n + 1] = (byte)(0x80 | ((c >> 6) & 0x3F));
                    output[n + 2] = (byte)(0x80 | (c & 0x3F));
                }
                n += 3;
            }
        }
        return n;
    }

    /// <summary>Decodes with escapes; without <paramref name="write"/>, only counts.</summary>
    internal static int DecodeTo(ReadOnlySpan<byte> bytes, Span<char> output, bool write)
    {
        var n = 0;
        var i = 0;
        while (i < bytes.Length)
        {
            var length = Utf8Sequence.Decode(bytes, i, out var cp, out var errorLength, out _);
            if (length == 0)
            {
                for (var k = 0; k < errorLength; k++)
                {
                    if (write) output[n] = (char)(0xDC00 + bytes[i + k]);
                    n++;
                }
                i += errorLength;
                continue;
            }
            if (cp >= 0x10000)
            {
                if (write)
                {
                    output[n] = (char)(0xD800 + ((cp - 0x10000) >> 10));
                    output[n + 1] = (char)(0xDC00 + ((cp - 0x10000) & 0x3FF));
                }
                n += 2;
            }
            else
            {
                if (write) output[n] = (char)cp;
                n++;
            }
            i += length;
        }
        return n;
    }
}
