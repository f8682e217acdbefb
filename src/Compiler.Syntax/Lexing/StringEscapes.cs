using System.Text;

namespace PythonAot.Compiler.Syntax.InternalSyntax;

/// <summary>
/// The errors CPython 3.11 raises while decoding the escape sequences of a string literal, with its messages and
/// positions. A str body goes through decode_unicode_with_escapes (Parser/string_parser.c): every non-ASCII
/// character is first rewritten as <c>\UXXXXXXXX</c> (10 bytes) and a backslash before one (or at the end) as
/// <c>\u005c</c>, then the unicode-escape codec runs, so positions count in that rewritten buffer. A bytes body
/// goes through _PyBytes_DecodeEscape, whose positions are plain indices. Newlines count as one character
/// (CPython's tokenizer has turned "\r\n" into "\n"). Unknown escapes like <c>"\d"</c> only warn in 3.11: no error.
/// </summary>
internal static class StringEscapes
{
    private const string TruncatedX = @"truncated \xXX escape";
    private const string TruncatedU = @"truncated \uXXXX escape";
    private const string TruncatedBigU = @"truncated \UXXXXXXXX escape";
    private const string MalformedN = @"malformed \N character escape";

    /// <summary>
    /// The escape error of a string-literal token (a str or an ASCII bytes literal), or null when it decodes or is raw.
    /// </summary>
    public static string? CheckLiteral(string tokenText)
    {
        var quote = 0;
        bool raw = false, bytes = false;
        while (quote < tokenText.Length && tokenText[quote] is not ('\'' or '"'))
        {
            var c = tokenText[quote++];
            if (c is 'r' or 'R') raw = true;
            else if (c is 'b' or 'B') bytes = true;
        }
        var quoteLength = quote + 5 < tokenText.Length && tokenText[quote + 1] == tokenText[quote] && tokenText[quote + 2] == tokenText[quote] ? 3 : 1;
        var start = quote + quoteLength;
        var end = tokenText.Length - quoteLength;
        if (end < start) return null;
        var body = tokenText.AsSpan(start, end - start);
        if (raw) return null;
        return bytes ? CheckBytes(body) : CheckStr(body);
    }

    /// <summary>
    /// The error of the literal text of an f-string (an FStringMiddle token, kept as written). At the top level
    /// (<paramref name="topLevel"/>) CPython decodes it in pieces that end after the first brace of each "{{" or
    /// "}}" (the second brace is dropped), and counts positions from the start of the piece.
    /// </summary>
    public static string? CheckFStringText(string text, bool topLevel)
    {
        if (!text.Contains('\\')) return null;
        if (!topLevel) return CheckStr(text);
        // fstring_find_literal's scan, cutting a piece after the first brace of a doubled pair.
        var pieceStart = 0;
        var p = 0;
        while (p < text.Length)
        {
            var ch = text[p++];
            if (ch == '\\' && p < text.Length)
            {
                ch = text[p++];
                if (ch == 'N')
                {
                    if (p < text.Length && text[p++] == '{')
                    {
                        while (p < text.Length && text[p++] != '}')
                        {
                        }
                    }
                    continue;
                }
            }
            if (ch is '{' or '}' && p < text.Length && text[p] == ch)
            {
                var error = CheckStr(text.AsSpan(pieceStart, p - pieceStart));
                if (error is not null) return error;
                pieceStart = ++p;
            }
        }
        return CheckStr(text.AsSpan(pieceStart));
    }

    /// <summary>The "(unicode error) ..." CPython raises for a non-raw str body, or null.</summary>
    public static string? CheckStr(ReadOnlySpan<char> body)
    {
        var i = 0;
        while (true)
        {
            var next = body[i..].IndexOf('\\');
            if (next < 0) return null;
            i += next;
            if (i + 1 >= body.Length) return null; // rewritten as \u005c
            switch (body[i + 1])
            {
                case 'x':
                case 'u':
                case 'U':
                {
                    var digits = body[i + 1] switch { 'x' => 2, 'u' => 4, _ => 8 };
                    var count = 0;
                    var value = 0L;
                    while (count < digits && i + 2 + count < body.Length && char.IsAsciiHexDigit(body[i + 2 + count]))
                    {
                        value = value * 16 + HexValue(body[i + 2 + count]);
                        count++;
                    }
                    if (count < digits)
                    {
                        var message = digits switch { 2 => TruncatedX, 4 => TruncatedU, _ => TruncatedBigU };
                        return UnicodeError(body, i, BufferPosition(body, i) + 2 + count, message);
                    }
                    if (value > 0x10FFFF) return UnicodeError(body, i, BufferPosition(body, i) + 2 + digits, "illegal Unicode character");
                    i += 2 + digits;
                    continue;
                }
                case 'N':
                {
                    if (i + 2 >= body.Length || body[i + 2] != '{') return UnicodeError(body, i, BufferPosition(body, i) + 2, MalformedN);
                    var close = body[(i + 3)..].IndexOf('}');
                    if (close < 0) return UnicodeError(body, i, BufferPosition(body, body.Length), MalformedN);
                    close += i + 3;
                    if (close == i + 3) return UnicodeError(body, i, BufferPosition(body, i) + 3, MalformedN);
                    var name = body[(i + 3)..close];
                    // A non-ASCII character reaches the codec rewritten as \UXXXXXXXX: never a name.
                    if (!Ascii.IsValid(name) || PythonUnicodeData.LookupName(name.ToString()) < 0)
                        return UnicodeError(body, i, BufferPosition(body, close) + 1, "unknown Unicode character name");
                    i = close + 1;
                    continue;
                }
                default:
                    // A simple, octal or unknown escape (the last only warns), or a backslash before a non-ASCII
                    // character (rewritten as \u005c): no error; the escaped character is not a new escape.
                    i += 2;
                    continue;
            }
        }
    }

    /// <summary>The "(value error) invalid \x escape at position N" CPython raises for a non-raw bytes body, or null.</summary>
    public static string? CheckBytes(ReadOnlySpan<char> body)
    {
        var i = 0;
        while (true)
        {
            var next = body[i..].IndexOf('\\');
            if (next < 0) return null;
            i += next;
            if (i + 1 >= body.Length) return null;
            if (body[i + 1] == 'x')
            {
                if (i + 3 < body.Length && char.IsAsciiHexDigit(body[i + 2]) && char.IsAsciiHexDigit(body[i + 3]))
                {
                    i += 4;
                    continue;
                }
                return $@"(value error) invalid \x escape at position {BytesPosition(body, i)}";
            }
            i += 2;
        }
    }

    private static int HexValue(char c) => c <= '9' ? c - '0' : (c | 0x20) - 'a' + 10;

    private static string UnicodeError(ReadOnlySpan<char> body, int backslash, int end, string reason)
    {
        var start = BufferPosition(body, backslash);
        return $"(unicode error) 'unicodeescape' codec can't decode bytes in position {start}-{end - 1}: {reason}";
    }

    /// <summary>Where <paramref name="index"/> of the body lands in CPython's rewritten buffer (see the class summary).</summary>
    private static int BufferPosition(ReadOnlySpan<char> body, int index)
    {
        var position = 0;
        var j = 0;
        while (j < index)
        {
            var c = body[j];
            if (c == '\\')
            {
                position++;
                j++;
                if (j >= body.Length || body[j] >= 0x80)
                {
                    position += 5; // \u005c
                    continue;
                }
                c = body[j]; // the escaped ASCII character is copied with the backslash
            }
            if (c >= 0x80)
            {
                position += 10; // \UXXXXXXXX
                j += char.IsHighSurrogate(c) && j + 1 < body.Length && char.IsLowSurrogate(body[j + 1]) ? 2 : 1;
                continue;
            }
            position++;
            j += c == '\r' && j + 1 < body.Length && body[j + 1] == '\n' ? 2 : 1;
        }
        return position;
    }

    /// <summary>An index of a bytes body with "\r\n" counted as one character.</summary>
    private static int BytesPosition(ReadOnlySpan<char> body, int index)
    {
        var position = index;
        for (var j = 0; j + 1 < index; j++)
            if (body[j] == '\r' && body[j + 1] == '\n') position--;
        return position;
    }
}
