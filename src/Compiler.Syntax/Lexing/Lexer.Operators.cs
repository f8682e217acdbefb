using System.Runtime.CompilerServices;
using PythonAot.Compiler.Syntax.Errors;

namespace PythonAot.Compiler.Syntax.InternalSyntax;

// Punctuation by longest match, bracket tracking (CPython's paren stack and its errors), and the characters
// that start no token.
internal sealed partial class Lexer
{
    private char[] _brackets = new char[16];
    private int[] _bracketPositions = new int[16];
    private int _bracketCount;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private char Peek(int position) => position < _limit ? _text[position] : '\0';

    private GreenToken LexOperator(int fullStart, GreenNode? leading, char c)
    {
        var start = _pos;
        var n = Peek(start + 1);
        SyntaxKind kind;
        var length = 1;
        switch (c)
        {
            case '(': kind = SyntaxKind.OpenParenToken; OpenBracket(c, start); break;
            case '[': kind = SyntaxKind.OpenBracketToken; OpenBracket(c, start); break;
            case '{': kind = SyntaxKind.OpenBraceToken; OpenBracket(c, start); break;
            case ')': kind = SyntaxKind.CloseParenToken; CloseBracket(c, start); break;
            case ']': kind = SyntaxKind.CloseBracketToken; CloseBracket(c, start); break;
            case '}': kind = SyntaxKind.CloseBraceToken; CloseBracket(c, start); break;
            case ',': kind = SyntaxKind.CommaToken; break;
            case ';': kind = SyntaxKind.SemicolonToken; break;
            case '~': kind = SyntaxKind.TildeToken; break;
            case ':':
                if (n == '=') (kind, length) = (SyntaxKind.ColonEqualsToken, 2);
                else kind = SyntaxKind.ColonToken;
                break;
            case '.':
                if (n == '.' && Peek(start + 2) == '.') (kind, length) = (SyntaxKind.DotDotDotToken, 3);
                else kind = SyntaxKind.DotToken;
                break;
            case '+': kind = n == '=' ? Compound(SyntaxKind.PlusEqualsToken, SyntaxKind.PlusToken, ref length) : SyntaxKind.PlusToken; break;
            case '-':
                if (n == '>') (kind, length) = (SyntaxKind.MinusGreaterThanToken, 2);
                else kind = n == '=' ? Compound(SyntaxKind.MinusEqualsToken, SyntaxKind.MinusToken, ref length) : SyntaxKind.MinusToken;
                break;
            case '*':
                if (n == '*')
                {
                    length = 2;
                    kind = Peek(start + 2) == '=' ? Compound(SyntaxKind.StarStarEqualsToken, SyntaxKind.StarStarToken, ref length) : SyntaxKind.StarStarToken;
                }
                else
                {
                    kind = n == '=' ? Compound(SyntaxKind.StarEqualsToken, SyntaxKind.StarToken, ref length) : SyntaxKind.StarToken;
                }
                break;
            case '/':
                if (n == '/')
                {
                    length = 2;
                    kind = Peek(start + 2) == '=' ? Compound(SyntaxKind.SlashSlashEqualsToken, SyntaxKind.SlashSlashToken, ref length) : SyntaxKind.SlashSlashToken;
                }
                else
                {
                    kind = n == '=' ? Compound(SyntaxKind.SlashEqualsToken, SyntaxKind.SlashToken, ref length) : SyntaxKind.SlashToken;
                }
                break;
            case '%': kind = n == '=' ? Compound(SyntaxKind.PercentEqualsToken, SyntaxKind.PercentToken, ref length) : SyntaxKind.PercentToken; break;
            case '&': kind = n == '=' ? Compound(SyntaxKind.AmpersandEqualsToken, SyntaxKind.AmpersandToken, ref length) : SyntaxKind.AmpersandToken; break;
            case '|': kind = n == '=' ? Compound(SyntaxKind.BarEqualsToken, SyntaxKind.BarToken, ref length) : SyntaxKind.BarToken; break;
            case '^': kind = n == '=' ? Compound(SyntaxKind.CaretEqualsToken, SyntaxKind.CaretToken, ref length) : SyntaxKind.CaretToken; break;
            case '@': kind = n == '=' ? Compound(SyntaxKind.AtEqualsToken, SyntaxKind.AtToken, ref length) : SyntaxKind.AtToken; break;
            case '=':
                if (n == '=') (kind, length) = (SyntaxKind.EqualsEqualsToken, 2);
                else kind = SyntaxKind.EqualsToken;
                break;
            case '!':
                if (n != '=') return LexBadCharacter(fullStart, leading);
                (kind, length) = (SyntaxKind.ExclamationEqualsToken, 2);
                break;
            case '<':
                if (n == '<') (kind, length) = Peek(start + 2) == '=' ? (SyntaxKind.LessThanLessThanEqualsToken, 3) : (SyntaxKind.LessThanLessThanToken, 2);
                else if (n == '=') (kind, length) = (SyntaxKind.LessThanEqualsToken, 2);
                else kind = SyntaxKind.LessThanToken;
                break;
            case '>':
                if (n == '>') (kind, length) = Peek(start + 2) == '=' ? (SyntaxKind.GreaterThanGreaterThanEqualsToken, 3) : (SyntaxKind.GreaterThanGreaterThanToken, 2);
                else if (n == '=') (kind, length) = (SyntaxKind.GreaterThanEqualsToken, 2);
                else kind = SyntaxKind.GreaterThanToken;
                break;
            default:
                return LexBadCharacter(fullStart, leading);
        }
        _pos = start + length;
        var trailing = ScanTrailingTrivia();
        return FinishFixed(kind, fullStart, leading, trailing);
    }

    /// <summary>
    /// An augmented assignment operator, except at the top bracket depth of an f-string expression, where CPython
    /// 3.11 ends the expression at the '=' (f"{x+=1}" is the expression "x+" followed by '=').
    /// </summary>
    private SyntaxKind Compound(SyntaxKind compound, SyntaxKind simple, ref int length)
    {
        if (_modeCount != 0 && _bracketCount == _modes[_modeCount - 1].BracketBase) return simple;
        length++;
        return compound;
    }

    private void OpenBracket(char c, int position)
    {
        var inFString = _modeCount != 0;
        var depth = inFString ? _bracketCount - _modes[_modeCount - 1].BracketBase : _bracketCount;
        if (depth >= MaxBracketDepth)
        {
            if (inFString) ReportFString(SyntaxDiagnosticDescriptors.FStringTooManyNestedBrackets, position, 0);
            else Report(SyntaxDiagnosticDescriptors.TooManyNestedBrackets, position, 0);
        }
        if (_bracketCount == _brackets.Length)
        {
            Array.Resize(ref _brackets, _brackets.Length * 2);
            Array.Resize(ref _bracketPositions, _bracketPositions.Length * 2);
        }
        _brackets[_bracketCount] = c;
        _bracketPositions[_bracketCount] = position;
        _bracketCount++;
    }

    private void CloseBracket(char c, int position)
    {
        var inFString = _modeCount != 0;
        var bottom = inFString ? _modes[_modeCount - 1].BracketBase : 0;
        if (_bracketCount == bottom)
        {
            if (inFString) ReportFString(SyntaxDiagnosticDescriptors.FStringUnmatchedBracket, position, 0, c.ToString());
            else Report(SyntaxDiagnosticDescriptors.UnmatchedClosingBracket, position, 0, c.ToString());
            return;
        }
        _bracketCount--;
        var opening = _brackets[_bracketCount];
        if ((opening, c) is ('(', ')') or ('[', ']') or ('{', '}')) return;
        if (inFString)
        {
            ReportFString(SyntaxDiagnosticDescriptors.FStringMismatchedBracket, position, 0, c.ToString(), opening.ToString());
            return;
        }
        var openingLine = _lines.LineOf(_bracketPositions[_bracketCount]);
        var line = _lines.LineOf(position);
        if (openingLine != line)
            Report(SyntaxDiagnosticDescriptors.MismatchedClosingBracketOnLine, position, 0, c.ToString(), opening.ToString(), openingLine);
        else
            Report(SyntaxDiagnosticDescriptors.MismatchedClosingBracket, position, 0, c.ToString(), opening.ToString());
    }

    /// <summary>
    /// A character no token starts with: a backslash not ending its line, '#' or '\' in an f-string expression,
    /// '!', '$', '?', '`', control characters, non-ASCII characters that cannot start a name.
    /// </summary>
    private GreenToken LexBadCharacter(int fullStart, GreenNode? leading)
    {
        var start = _pos;
        var c = _text[start];
        if (c == '\\')
        {
            if (_modeCount != 0) ReportFString(SyntaxDiagnosticDescriptors.FStringBackslashInExpression, start, 0);
            // A backslash that is the last character of the file: CPython's implicit final newline makes it a line
            // continuation at the end of the file.
            else if (start + 1 == _text.Length)
            {
                EndsWithContinuationError = true;
                Report(SyntaxDiagnosticDescriptors.UnexpectedEndOfFile, start + 1, 0);
            }
            else Report(SyntaxDiagnosticDescriptors.UnexpectedCharacterAfterLineContinuation, start + 1, 0);
        }
        else if (c == '#' && _modeCount != 0)
        {
            ReportFString(SyntaxDiagnosticDescriptors.FStringCommentInExpression, start, 0);
        }
        else
        {
            return LexInvalidCharacter(fullStart, leading);
        }
        _pos = start + 1;
        var trailing = ScanTrailingTrivia();
        return Finish(SyntaxKind.BadToken, c == '\\' ? "\\" : "#", fullStart, leading, trailing);
    }
}
