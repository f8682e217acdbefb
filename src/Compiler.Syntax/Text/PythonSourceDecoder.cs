using System.Text;
using PythonAot.Compiler.Syntax.InternalSyntax;

namespace PythonAot.Compiler.Syntax.Text;

/// <summary>
/// Decodes Python source bytes as CPython 3.11 does (PEP 263 and PEP 3120): a UTF-8 byte order mark, a coding
/// cookie on line 1 (or on line 2 when line 1 is blank or only a comment), UTF-8 otherwise. Whatever happens, the
/// returned encoding gives the original bytes back; when CPython would refuse the bytes, the error comes with
/// CPython's message and the text keeps every byte.
/// </summary>
public static class PythonSourceDecoder
{
    private static readonly UTF8Encoding s_utf8 = new(encoderShouldEmitUTF8Identifier: false);
    private static readonly UTF8Encoding s_utf8WithBom = new(encoderShouldEmitUTF8Identifier: true);

    static PythonSourceDecoder()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
    }

    /// <summary>Decodes <paramref name="bytes"/>; a byte order mark stays in the text as U+FEFF.</summary>
    public static DecodedSource Decode(byte[] bytes)
    {
        ArgumentNullException.ThrowIfNull(bytes);
        var bom = bytes.Length >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF;
        var bodyStart = bom ? 3 : 0;
        var (cookie, cookieLine) = FindCodingCookie(bytes, bodyStart);
        if (cookie is not null)
        {
            var name = GetNormalName(cookie);
            if (bom && name != "utf-8") return Escaped(bytes, $"encoding problem: {name} with BOM", cookieLine);
            if (name != "utf-8")
            {
                var encoding = LookupEncoding(name);
                if (encoding is null) return Escaped(bytes, $"unknown encoding: {name}", cookieLine);
                return DecodeWithCodec(bytes, encoding, name);
            }
        }
        return DecodeUtf8(bytes, bom);
    }

    /// <summary>The bytes of <paramref name="text"/> in <paramref name="encoding"/> (the inverse of <see cref="Decode"/>).</summary>
    public static byte[] Encode(string text, Encoding encoding)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(encoding);
        return encoding.GetBytes(text);
    }

    // ------------------------------------------------------------------ PEP 263

    /// <summary>CPython's check_coding_spec over line 1, then line 2 if line 1 holds nothing but a comment.</summary>
    private static (string? Cookie, int Line) FindCodingCookie(byte[] bytes, int start)
    {
        var lineStart = start;
        for (var line = 1; line <= 2 && lineStart < bytes.Length; line++)
        {
            var lineEnd = lineStart;
            while (lineEnd < bytes.Length && bytes[lineEnd] != '\n' && bytes[lineEnd] != '\r') lineEnd++;
            var spec = GetCodingSpec(bytes.AsSpan(lineStart, lineEnd - lineStart));
            if (spec is not null) return (spec, line);
            // Only a blank or comment-only line lets line 2 have the cookie.
            for (var i = lineStart; i < lineEnd; i++)
            {
                var b = bytes[i];
                if (b == '#') break;
                if (b != ' ' && b != '\t' && b != '\f') return (null, 0);
            }
            if (lineEnd >= bytes.Length) break;
            lineStart = lineEnd + (bytes[lineEnd] == '\r' && lineEnd + 1 < bytes.Length && bytes[lineEnd + 1] == '\n' ? 2 : 1);
        }
        return (null, 0);
    }

    /// <summary>CPython's get_coding_spec: "^[ \t\f]*#.*?coding[:=][ \t]*([-\w.]+)" (ASCII \w).</summary>
    private static string? GetCodingSpec(ReadOnlySpan<byte> line)
    {
        var size = line.Length;
        var i = 0;
        for (; i < size - 6; i++)
        {
            if (line[i] == '#') break;
            if (line[i] != ' ' && line[i] != '\t' && line[i] != '\f') return null;
        }
        for (; i < size - 6; i++)
        {
            if (!line.Slice(i, 6).SequenceEqual("coding"u8)) continue;
            var t = i + 6;
            if (line[t] != ':' && line[t] != '=') continue;
            do t++; while (t < size && (line[t] == ' ' || line[t] == '\t'));
            var begin = t;
            while (t < size && (char.IsAsciiLetterOrDigit((char)line[t]) || line[t] is (byte)'-' or (byte)'_' or (byte)'.')) t++;
            if (begin < t) return Encoding.ASCII.GetString(line.Slice(begin, t - begin));
        }
        return null;
    }

    /// <summary>CPython's get_normal_name: the spellings of utf-8 and latin-1 it recognises itself.</summary>
    private static string GetNormalName(string name)
    {
        var buffer = new StringBuilder();
        for (var i = 0; i < name.Length && i < 12; i++)
            buffer.Append(name[i] == '_' ? '-' : char.ToLowerInvariant(name[i]));
        var b = buffer.ToString();
        if (b == "utf-8" || b.StartsWith("utf-8-", StringComparison.Ordinal)) return "utf-8";
        if (b is "latin-1" or "iso-8859-1" or "iso-latin-1" || b.StartsWith("latin-1-", StringComparison.Ordinal)
            || b.StartsWith("iso-8859-1-", StringComparison.Ordinal) || b.StartsWith("iso-latin-1-", StringComparison.Ordinal))
            return "iso-8859-1";
        return name;
    }

    /// <summary>A Python codec name as a .NET encoding (strict), or null when unknown.</summary>
    private static Encoding? LookupEncoding(string name)
    {
        var key = name.ToLowerInvariant().Replace('_', '-').Replace(' ', '-');
        key = key switch
        {
            "utf8" or "u8" or "utf" or "utf-8-sig" or "cp65001" => "utf-8",
            "latin1" or "latin" or "l1" or "iso8859-1" or "8859" or "cp819" => "iso-8859-1",
            "ascii" or "us-ascii" or "646" => "us-ascii",
            "sjis" or "s-jis" or "shiftjis" => "shift_jis",
            "eucjp" or "ujis" or "u-jis" => "euc-jp",
            "euckr" => "euc-kr",
            "mac-roman" or "macroman" or "macintosh" => "macintosh",
            _ => key,
        };
        if (key.StartsWith("cp", StringComparison.Ordinal) && key.Length > 2 && char.IsAsciiDigit(key[2])) key = "windows-" + key[2..];
        if (key.StartsWith("iso8859-", StringComparison.Ordinal)) key = "iso-8859-" + key[8..];
        try
        {
            return Encoding.GetEncoding(key, EncoderFallback.ExceptionFallback, DecoderFallback.ExceptionFallback);
        }
        catch (ArgumentException)
        {
            return null;
        }
    }

    // ------------------------------------------------------------------ decoding

    private static DecodedSource DecodeWithCodec(byte[] bytes, Encoding encoding, string name)
    {
        if (encoding.CodePage == 65001)
        {
            // A cookie spelling CPython does not normalise ("utf8"): decoded strictly as a whole.
            var index = FirstInvalidUtf8(bytes, 0, bytes.Length, out var length, out var reason);
            if (index < 0) return new DecodedSource(s_utf8.GetString(bytes), s_utf8, null, 0);
            var span = TranslatedNewLines(bytes, 0, index);
            return Escaped(bytes, Utf8Sequence.DescribeError("utf-8", CopyWithPosition(bytes, index, length, span), span, length, reason!), LineOfByte(bytes, index));
        }
        string text;
        try
        {
            text = encoding.GetString(bytes);
        }
        catch (DecoderFallbackException e)
        {
            var index = Math.Clamp(e.Index, 0, Math.Max(0, bytes.Length - 1));
            var value = e.BytesUnknown is { Length: > 0 } unknown ? unknown[0] : bytes[index];
            var position = TranslatedNewLines(bytes, 0, index);
            var message = encoding.CodePage == 20127
                ? $"'ascii' codec can't decode byte 0x{value:x2} in position {position}: ordinal not in range(128)"
                : encoding.IsSingleByte
                    ? $"'charmap' codec can't decode byte 0x{value:x2} in position {position}: character maps to <undefined>"
                    : $"'{name.ToLowerInvariant().Replace('-', '_')}' codec can't decode byte 0x{value:x2} in position {position}: illegal multibyte sequence";
            return Escaped(bytes, message, LineOfByte(bytes, index));
        }
        var roundTrip = encoding.GetBytes(text);
        if (roundTrip.AsSpan().SequenceEqual(bytes)) return new DecodedSource(text, encoding, null, 0);
        // A stateful or lossy code page: keep the bytes (as UTF-8 with escapes) rather than lose them.
        return Escaped(bytes, null, 0);
    }

    private static DecodedSource DecodeUtf8(byte[] bytes, bool bom)
    {
        if (System.Text.Unicode.Utf8.IsValid(bytes))
            return new DecodedSource(s_utf8.GetString(bytes), bom ? s_utf8WithBom : s_utf8, null, 0);
        var text = SurrogateEscapeUtf8Encoding.Instance.GetString(bytes);
        var (error, line) = DescribeUtf8ErrorInContext(text);
        return new DecodedSource(text, SurrogateEscapeUtf8Encoding.Instance, error, line);
    }

    private static DecodedSource Escaped(byte[] bytes, string? error, int line) =>
        new(SurrogateEscapeUtf8Encoding.Instance.GetString(bytes), SurrogateEscapeUtf8Encoding.Instance, error, line);

    private static int FirstInvalidUtf8(byte[] bytes, int start, int end, out int length, out string? reason)
    {
        var span = bytes.AsSpan(start, end - start);
        for (var i = 0; i < span.Length;)
        {
            var n = Utf8Sequence.Decode(span, i, out _, out length, out reason);
            if (n == 0) return start + i;
            i += n;
        }
        length = 0;
        reason = null;
        return -1;
    }

    /// <summary>A position in CPython's buffer, where "\r\n" was translated to "\n" before decoding.</summary>
    private static int TranslatedNewLines(byte[] bytes, int start, int index)
    {
        var position = index - start;
        for (var i = start; i + 1 < index + 1 && i + 1 < bytes.Length; i++)
            if (bytes[i] == '\r' && bytes[i + 1] == '\n' && i + 1 < index) position--;
        return position;
    }

    private static byte[] CopyWithPosition(byte[] bytes, int index, int length, int position)
    {
        var copy = new byte[position + length];
        Array.Copy(bytes, index, copy, position, length);
        return copy;
    }

    private static int LineOfByte(byte[] bytes, int index)
    {
        var line = 1;
        for (var i = 0; i < index && i < bytes.Length; i++)
        {
            if (bytes[i] == '\n') line++;
            else if (bytes[i] == '\r' && (i + 1 >= bytes.Length || bytes[i + 1] != '\n')) line++;
        }
        return line;
    }

    /// <summary>
    /// CPython 3.11 decodes UTF-8 lazily: bytes that do not decode are an error only inside a string literal or a
    /// name (comments may hold anything), and the message counts the position from the start of the literal's
    /// contents or of the name. The lexer finds which token the first such byte is in.
    /// </summary>
    private static (string? Error, int Line) DescribeUtf8ErrorInContext(string text)
    {
        var lexer = new Lexer(text, PythonParseOptions.Default);
        var position = 0;
        while (true)
        {
            var token = lexer.Lex();
            var start = position + (token.LeadingTrivia?.FullWidth ?? 0);
            position += token.FullWidth;
            if (token.Kind == SyntaxKind.EndOfFileToken) return (null, 0);
            var escape = IndexOfEscape(token.Text);
            if (escape < 0) continue;
            var errorIndex = start + escape;
            int contextStart, contextEnd;
            if (token.Kind is SyntaxKind.StringToken or SyntaxKind.FStringMiddleToken)
            {
                var (contentStart, contentEnd, isBytes, raw) = StringContent(token);
                if (isBytes) continue; // "bytes can only contain ASCII literal characters", reported with the literal
                contextStart = start + contentStart;
                contextEnd = start + contentEnd;
                if (!raw && token.Text.AsSpan(contentStart, contentEnd - contentStart).Contains('\\'))
                {
                    // decode_unicode_with_escapes decodes each run of non-ASCII bytes on its own.
                    var runStart = errorIndex;
                    while (runStart > contextStart && text[runStart - 1] >= 128) runStart--;
                    var runEnd = errorIndex;
                    while (runEnd < contextEnd && text[runEnd] >= 128) runEnd++;
                    contextStart = runStart;
                    contextEnd = runEnd;
                }
            }
            else
            {
                contextStart = errorIndex;
                while (contextStart > 0 && CharacterInfo.IsPotentialIdentifierChar(text[contextStart - 1])) contextStart--;
                contextEnd = errorIndex;
                while (contextEnd < text.Length && CharacterInfo.IsPotentialIdentifierChar(text[contextEnd])) contextEnd++;
            }
            var context = SurrogateEscapeUtf8Encoding.Instance.GetBytes(text.Substring(contextStart, contextEnd - contextStart));
            var byteIndex = SurrogateEscapeUtf8Encoding.Instance.GetByteCount(text.Substring(contextStart, errorIndex - contextStart));
            var n = Utf8Sequence.Decode(context, byteIndex, out _, out var length, out var reason);
            if (n != 0) return (null, 0);
            var message = "(unicode error) " + Utf8Sequence.DescribeError("utf-8", context, byteIndex, length, reason!);
            return (message, new LineCounter(text).LineOf(errorIndex));
        }
    }

    private static int IndexOfEscape(string text)
    {
        for (var i = 0; i < text.Length; i++)
            if (text[i] >= '\uDC80' && text[i] <= '\uDCFF' && (i == 0 || !char.IsHighSurrogate(text[i - 1])))
                return i;
        return -1;
    }

    /// <summary>Where a literal's contents start and end within its token text, and its prefix flags.</summary>
    private static (int Start, int End, bool IsBytes, bool Raw) StringContent(GreenToken token)
    {
        var text = token.Text;
        if (token.Kind == SyntaxKind.FStringMiddleToken) return (0, text.Length, false, false);
        var i = 0;
        bool isBytes = false, raw = false;
        while (i < text.Length && text[i] is not ('\'' or '"'))
        {
            if (text[i] is 'b' or 'B') isBytes = true;
            if (text[i] is 'r' or 'R') raw = true;
            i++;
        }
        var quote = i < text.Length ? text[i] : '"';
        var quoteLength = i + 2 < text.Length && text[i + 1] == quote && text[i + 2] == quote ? 3 : 1;
        var start = Math.Min(text.Length, i + quoteLength);
        var end = text.Length;
        var closing = 0;
        while (closing < quoteLength && end - 1 >= start && text[end - 1] == quote)
        {
            end--;
            closing++;
        }
        if (closing < quoteLength) end = text.Length; // unterminated
        return (start, end, isBytes, raw);
    }
}
