using PythonAot.Compiler.Syntax.Errors;

namespace PythonAot.Compiler.Syntax.InternalSyntax;

// Number literals, following CPython 3.11's tok_get number branch step by step (including where it reports
// each error, and verify_end_of_number, which lets "1if x else y" through). After an error the token also
// takes the rest of the malformed literal (name characters), so that the parser sees one bad number.
internal sealed partial class Lexer
{
    private const string Decimal = "decimal";

    private GreenToken LexNumber(int fullStart, GreenNode? leading)
    {
        var start = _pos;
        var p = start;
        if (!ScanNumber(ref p))
        {
            while (p < _limit && CharacterInfo.IsPotentialIdentifierChar(_text[p])) p++;
        }
        _pos = p;
        var trailing = ScanTrailingTrivia();
        return FinishLiteral(SyntaxKind.NumberToken, start, p, fullStart, leading, trailing);
    }

    /// <summary>Scans a number from <paramref name="p"/>; false after reporting an error (p is then where CPython stopped).</summary>
    private bool ScanNumber(ref int p)
    {
        var start = p;
        var c = _text[p];
        if (c == '.')
        {
            p++;
            return ScanFraction(ref p);
        }
        if (c != '0')
        {
            p++;
            if (!ScanDecimalTail(ref p)) return false;
            return ScanAfterInteger(ref p);
        }
        p++;
        c = Peek(p);
        if (c is 'x' or 'X')
        {
            p++;
            do
            {
                if (Peek(p) == '_') p++;
                if (!CharacterInfo.IsHexDigit(Peek(p))) return NumberError(p - 1, "hexadecimal");
                do p++; while (CharacterInfo.IsHexDigit(Peek(p)));
            }
            while (Peek(p) == '_');
            return VerifyEndOfNumber(p, "hexadecimal");
        }
        if (c is 'o' or 'O' or 'b' or 'B')
        {
            var octal = c is 'o' or 'O';
            var kind = octal ? "octal" : "binary";
            var maxDigit = octal ? '7' : '1';
            p++;
            do
            {
                if (Peek(p) == '_') p++;
                c = Peek(p);
                if (c < '0' || c > maxDigit)
                {
                    if (CharacterInfo.IsDigit(c)) return DigitError(ref p, c, kind);
                    return NumberError(p - 1, kind);
                }
                do p++; while (Peek(p) >= '0' && Peek(p) <= maxDigit);
            }
            while (Peek(p) == '_');
            if (CharacterInfo.IsDigit(Peek(p))) return DigitError(ref p, Peek(p), kind);
            return VerifyEndOfNumber(p, kind);
        }
        // Zeros, then maybe a float, an imaginary number, or a forbidden old-style octal.
        var nonZero = false;
        while (true)
        {
            if (Peek(p) == '_')
            {
                p++;
                if (!CharacterInfo.IsDigit(Peek(p))) return NumberError(p - 1, Decimal);
            }
            if (Peek(p) != '0') break;
            p++;
        }
        var zerosEnd = p;
        if (CharacterInfo.IsDigit(Peek(p)))
        {
            nonZero = true;
            p++;
            if (!ScanDecimalTail(ref p)) return false;
        }
        c = Peek(p);
        if (c == '.')
        {
            p++;
            return ScanFraction(ref p);
        }
        if (c is 'e' or 'E') return ScanExponent(ref p);
        if (c is 'j' or 'J') return ScanImaginary(ref p);
        if (nonZero)
        {
            Report(SyntaxDiagnosticDescriptors.LeadingZerosInDecimalLiteral, start, zerosEnd - start);
            return false;
        }
        return VerifyEndOfNumber(p, Decimal);
    }

    private bool ScanAfterInteger(ref int p)
    {
        var c = Peek(p);
        if (c == '.')
        {
            p++;
            return ScanFraction(ref p);
        }
        if (c is 'e' or 'E') return ScanExponent(ref p);
        if (c is 'j' or 'J') return ScanImaginary(ref p);
        return VerifyEndOfNumber(p, Decimal);
    }

    /// <summary>CPython's tok_decimal_tail: digits with single underscores between them (the first digit is read).</summary>
    private bool ScanDecimalTail(ref int p)
    {
        while (true)
        {
            while (CharacterInfo.IsDigit(Peek(p))) p++;
            if (Peek(p) != '_') return true;
            p++;
            if (!CharacterInfo.IsDigit(Peek(p))) return NumberError(p - 1, Decimal);
        }
    }

    /// <summary>After the '.': digits, then an exponent or 'j'.</summary>
    private bool ScanFraction(ref int p)
    {
        if (CharacterInfo.IsDigit(Peek(p)))
        {
            p++;
            if (!ScanDecimalTail(ref p)) return false;
        }
        var c = Peek(p);
        if (c is 'e' or 'E') return ScanExponent(ref p);
        if (c is 'j' or 'J') return ScanImaginary(ref p);
        return VerifyEndOfNumber(p, Decimal);
    }

    /// <summary>At 'e' or 'E'. Without digits after it, the number ends before the 'e' if "else" follows ("1else").</summary>
    private bool ScanExponent(ref int p)
    {
        var e = p;
        p++;
        var c = Peek(p);
        if (c is '+' or '-')
        {
            p++;
            if (!CharacterInfo.IsDigit(Peek(p))) return NumberError(p - 1, Decimal);
        }
        else if (!CharacterInfo.IsDigit(c))
        {
            p = e;
            return VerifyEndOfNumber(p, Decimal);
        }
        p++;
        if (!ScanDecimalTail(ref p)) return false;
        if (Peek(p) is 'j' or 'J') return ScanImaginary(ref p);
        return VerifyEndOfNumber(p, Decimal);
    }

    private bool ScanImaginary(ref int p)
    {
        p++;
        return VerifyEndOfNumber(p, "imaginary");
    }

    /// <summary>
    /// CPython's verify_end_of_number: a number may be directly followed by "and", "else", "for", "if", "in", "is",
    /// "not", "or" (only a warning); any other name character makes it invalid.
    /// </summary>
    private bool VerifyEndOfNumber(int p, string kind)
    {
        var c = Peek(p);
        var keyword = c switch
        {
            'a' => LookaheadWord(p + 1, "nd"),
            'e' => LookaheadWord(p + 1, "lse"),
            'f' => LookaheadWord(p + 1, "or"),
            'i' => Peek(p + 1) is 'f' or 'n' or 's',
            'o' => LookaheadWord(p + 1, "r"),
            'n' => LookaheadWord(p + 1, "ot"),
            _ => false,
        };
        // CPython 3.11 checks only ASCII name characters here: a non-ASCII character after a number starts the next
        // token (`1€` is "invalid character '€' (U+20AC)", `1é` a name after a number).
        if (keyword || c >= 128 || !CharacterInfo.IsPotentialIdentifierChar(c)) return true;
        return NumberError(p - 1, kind);
    }

    private bool LookaheadWord(int p, string rest)
    {
        foreach (var ch in rest)
        {
            if (Peek(p) != ch) return false;
            p++;
        }
        return !CharacterInfo.IsPotentialIdentifierChar(Peek(p));
    }

    private bool NumberError(int position, string kind)
    {
        Report(SyntaxDiagnosticDescriptors.InvalidNumberLiteral, position, 0, kind);
        return false;
    }

    private bool DigitError(ref int p, char digit, string kind)
    {
        Report(SyntaxDiagnosticDescriptors.InvalidDigitInLiteral, p, 0, digit.ToString(), kind);
        p++;
        return false;
    }
}
