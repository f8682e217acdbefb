using System.Numerics;

namespace PythonAot.Compiler.Syntax;

/// <summary>
/// The values of literal tokens, decoded exactly as CPython 3.11 does (the same decoder the CPython-AST view uses):
/// numbers with underscores and radix prefixes, str and bytes literals with prefixes, escapes and <c>\N{...}</c>,
/// and the literal text of f-strings.
/// </summary>
public static class PythonLiterals
{
    /// <summary>
    /// The value of a NumberToken: a <see cref="BigInteger"/> for an int literal, a <see cref="double"/> for a float
    /// literal, an <see cref="AstImaginary"/> for an imaginary literal.
    /// </summary>
    public static object GetNumberValue(SyntaxToken token) => PythonLiteralDecoder.ParseNumber(token.Text);

    /// <summary>Whether a StringToken is a bytes literal (<c>b"..."</c>).</summary>
    public static bool IsBytesLiteral(SyntaxToken token) => PythonLiteralDecoder.GetPrefix(token.Text).Contains('b');

    /// <summary>The decoded value of a str literal token (a lone surrogate escape stays a lone UTF-16 surrogate).</summary>
    public static string GetStringValue(SyntaxToken token)
    {
        var raw = PythonLiteralDecoder.GetPrefix(token.Text).Contains('r');
        var codePoints = new List<int>(token.Text.Length);
        PythonLiteralDecoder.DecodeStr(PythonLiteralDecoder.GetBody(token.Text), raw, codePoints);
        return FromCodePoints(codePoints);
    }

    /// <summary>The decoded bytes of a bytes literal token.</summary>
    public static byte[] GetBytesValue(SyntaxToken token)
    {
        var raw = PythonLiteralDecoder.GetPrefix(token.Text).Contains('r');
        return PythonLiteralDecoder.DecodeBytes(PythonLiteralDecoder.GetBody(token.Text), raw);
    }

    /// <summary>
    /// The decoded value of literal text inside an f-string (<paramref name="fstring"/> gives the prefix);
    /// <paramref name="insideFormatSpec"/> is true for text in a format spec, where doubled braces are not undoubled.
    /// </summary>
    public static string GetFStringTextValue(FStringSyntax fstring, SyntaxToken text, bool insideFormatSpec)
    {
        var raw = PythonLiteralDecoder.GetPrefix(fstring.Start.Text).Contains('r');
        var codePoints = new List<int>(text.Text.Length);
        PythonLiteralDecoder.DecodeStr(insideFormatSpec ? text.Text : AstLowerer.UndoubleBraces(text.Text, raw), raw, codePoints);
        return FromCodePoints(codePoints);
    }

    private static string FromCodePoints(List<int> codePoints)
    {
        var builder = new System.Text.StringBuilder(codePoints.Count);
        foreach (var cp in codePoints)
        {
            if (cp is >= 0xD800 and <= 0xDFFF || cp < 0x10000) builder.Append((char)cp);
            else builder.Append(char.ConvertFromUtf32(cp));
        }
        return builder.ToString();
    }
}
