using System.Globalization;
using System.Runtime.CompilerServices;

namespace PythonAot.Compiler.Syntax.InternalSyntax;

/// <summary>Character classes of Python's lexical grammar (identifiers after PEP 3131, printability as CPython's).</summary>
internal static class CharacterInfo
{
    private const byte IdentStart = 1, IdentPart = 2, Digit = 4, HexDigit = 8, Space = 16;

    private static readonly byte[] s_ascii = BuildAsciiTable();

    private static byte[] BuildAsciiTable()
    {
        var table = new byte[128];
        for (var c = 'a'; c <= 'z'; c++) table[c] = IdentStart | IdentPart;
        for (var c = 'A'; c <= 'Z'; c++) table[c] = IdentStart | IdentPart;
        table['_'] = IdentStart | IdentPart;
        for (var c = '0'; c <= '9'; c++) table[c] = IdentPart | Digit | HexDigit;
        for (var c = 'a'; c <= 'f'; c++) table[c] |= HexDigit;
        for (var c = 'A'; c <= 'F'; c++) table[c] |= HexDigit;
        table[' '] = table['\t'] = table['\f'] = Space;
        return table;
    }

    /// <summary>CPython's is_potential_identifier_start: an ASCII letter, '_' or any non-ASCII character.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool IsPotentialIdentifierStart(char c) => c >= 128 || (s_ascii[c] & IdentStart) != 0;

    /// <summary>CPython's is_potential_identifier_char: an ASCII letter, digit, '_' or any non-ASCII character.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool IsPotentialIdentifierChar(char c) => c >= 128 || (s_ascii[c] & IdentPart) != 0;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool IsAsciiIdentifierChar(char c) => c < 128 && (s_ascii[c] & IdentPart) != 0;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool IsDigit(char c) => (uint)(c - '0') <= 9;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool IsHexDigit(char c) => c < 128 && (s_ascii[c] & HexDigit) != 0;

    /// <summary>Space, tab or form feed: the characters CPython skips between tokens.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool IsWhitespace(char c) => c < 128 && (s_ascii[c] & Space) != 0;

    /// <summary>XID_Start or '_' (the first character of an identifier).</summary>
    public static bool IsIdentifierStart(int codePoint)
    {
        if (codePoint < 128) return codePoint < 128 && (s_ascii[codePoint] & IdentStart) != 0;
        if (IsOtherIdStart(codePoint)) return true;
        if (IsExcludedFromXid(codePoint)) return false;
        return CharUnicodeInfo.GetUnicodeCategory(codePoint) switch
        {
            UnicodeCategory.UppercaseLetter or UnicodeCategory.LowercaseLetter or UnicodeCategory.TitlecaseLetter
                or UnicodeCategory.ModifierLetter or UnicodeCategory.OtherLetter or UnicodeCategory.LetterNumber => !IsPatternSyntax(codePoint),
            _ => false,
        };
    }

    /// <summary>XID_Continue (a later character of an identifier).</summary>
    public static bool IsIdentifierPart(int codePoint)
    {
        if (codePoint < 128) return (s_ascii[codePoint] & IdentPart) != 0;
        if (IsOtherIdStart(codePoint) || IsOtherIdContinue(codePoint)) return true;
        if (IsExcludedFromXid(codePoint)) return false;
        return CharUnicodeInfo.GetUnicodeCategory(codePoint) switch
        {
            UnicodeCategory.UppercaseLetter or UnicodeCategory.LowercaseLetter or UnicodeCategory.TitlecaseLetter
                or UnicodeCategory.ModifierLetter or UnicodeCategory.OtherLetter or UnicodeCategory.LetterNumber
                or UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark
                or UnicodeCategory.DecimalDigitNumber or UnicodeCategory.ConnectorPunctuation => !IsPatternSyntax(codePoint),
            _ => false,
        };
    }

    // Other_ID_Start (PropList.txt): characters that are ID_Start without being letters.
    private static bool IsOtherIdStart(int cp) => cp is 0x1885 or 0x1886 or 0x2118 or 0x212E or 0x309B or 0x309C;

    // Other_ID_Continue (PropList.txt).
    private static bool IsOtherIdContinue(int cp) =>
        cp is 0x00B7 or 0x0387 or (>= 0x1369 and <= 0x1371) or 0x19DA or 0x200C or 0x200D or 0x30FB or 0xFF65;

    // Pattern_Syntax characters in letter categories (excluded from ID_Start/ID_Continue).
    private static bool IsPatternSyntax(int cp) => cp is 0x2E2F;

    // Characters whose NFKC form is not an identifier (ID but not XID, DerivedCoreProperties.txt).
    private static bool IsExcludedFromXid(int cp) =>
        cp is 0x037A or 0x0E33 or 0x0EB3 or 0x309B or 0x309C or 0xFC5E or 0xFC5F or 0xFC60 or 0xFC61 or 0xFC62 or 0xFC63
            or 0xFDFA or 0xFDFB or 0xFE70 or 0xFE72 or 0xFE74 or 0xFE76 or 0xFE78 or 0xFE7A or 0xFE7C or 0xFE7E
            or 0xFF9E or 0xFF9F;

    /// <summary>CPython's Py_UNICODE_ISPRINTABLE: false for controls, format characters, surrogates, private use,
    /// unassigned code points and separators other than the ASCII space.</summary>
    public static bool IsPrintable(int codePoint)
    {
        if (codePoint == ' ') return true;
        if (codePoint < 128) return codePoint > 0x20 && codePoint < 0x7F;
        return CharUnicodeInfo.GetUnicodeCategory(codePoint) switch
        {
            UnicodeCategory.Control or UnicodeCategory.Format or UnicodeCategory.Surrogate or UnicodeCategory.PrivateUse
                or UnicodeCategory.OtherNotAssigned or UnicodeCategory.LineSeparator or UnicodeCategory.ParagraphSeparator
                or UnicodeCategory.SpaceSeparator => false,
            _ => true,
        };
    }

    /// <summary>The code point at <paramref name="index"/> (a surrogate pair counts as one) and its length in chars.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static int CodePointAt(string text, int index, int limit, out int length)
    {
        var c = text[index];
        if (char.IsHighSurrogate(c) && index + 1 < limit && char.IsLowSurrogate(text[index + 1]))
        {
            length = 2;
            return char.ConvertToUtf32(c, text[index + 1]);
        }
        length = 1;
        return c;
    }
}
