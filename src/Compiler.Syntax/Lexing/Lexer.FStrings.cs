using Microsoft.CodeAnalysis;
using PythonAot.Compiler.Syntax.Errors;

namespace PythonAot.Compiler.Syntax.InternalSyntax;

// f-strings with Python 3.11's semantics and 3.12's tokens. The literal's extent is found first, as for any
// string (Lexer.Strings.cs); its contents are then tokenized under a mode stack (LexerMode): FStringStart,
// FStringMiddle text (kept as written, "{{" and "}}" included), '{' expression tokens [ '=' ] [ '!' name ]
// [ ':' format spec ] '}', FStringEnd. Scanning follows CPython 3.11's fstring_find_literal and
// fstring_find_expr (Parser/string_parser.c), whose error messages it reports; as CPython stops at the first
// f-string error, later ones in the same literal are not reported. A field the literal ends inside gets a
// zero-width '}' carrying the error.
internal sealed partial class Lexer
{
    /// <summary>CPython's MAXLEVEL: brackets nested in one f-string expression (and in the tokenizer).</summary>
    private const int MaxBracketDepth = 200;

    private LexerMode[] _modes = new LexerMode[4];
    private int _modeCount;

    private int PushMode(LexerModeKind kind)
    {
        if (_modeCount == _modes.Length) Array.Resize(ref _modes, _modes.Length * 2);
        _modes[_modeCount] = new LexerMode { Kind = kind };
        return _modeCount++;
    }

    /// <summary>The f-string frame the current mode belongs to.</summary>
    private int CurrentStringIndex()
    {
        ref var top = ref _modes[_modeCount - 1];
        return top.Kind == LexerModeKind.FString ? _modeCount - 1 : top.StringIndex;
    }

    /// <summary>Reports an f-string error unless this f-string already has one (CPython reports only the first).</summary>
    private void ReportFString(DiagnosticDescriptor descriptor, int position, int width, params object[] arguments)
    {
        ref var frame = ref _modes[CurrentStringIndex()];
        if (frame.HasError) return;
        frame.HasError = true;
        Report(descriptor, position, width, arguments);
    }

    private GreenToken LexFStringStart(int fullStart, GreenNode? leading, int start, StringExtent extent, bool raw)
    {
        var outerLimit = _limit;
        var index = PushMode(LexerModeKind.FString);
        ref var frame = ref _modes[index];
        frame.ContentEnd = extent.ContentEnd;
        frame.End = extent.End;
        frame.Raw = raw;
        frame.OuterLimit = outerLimit;
        _limit = extent.ContentEnd;
        _pos = extent.ContentStart;
        return FinishLiteral(SyntaxKind.FStringStartToken, start, extent.ContentStart, fullStart, leading, null);
    }

    private GreenToken LexInMode()
    {
        var index = _modeCount - 1;
        switch (_modes[index].Kind)
        {
            case LexerModeKind.FString:
                return LexFStringText(index, 0);
            case LexerModeKind.FieldFormatSpec:
                return LexFStringText(index, _modes[index].Level + 1);
            case LexerModeKind.FieldExpression:
                return LexFieldExpression(index);
            case LexerModeKind.FieldConversion:
                return LexConversion(index);
            case LexerModeKind.FieldAfterEquals:
            {
                var fullStart = _pos;
                return LexFieldTail(index, fullStart, ScanLeadingTrivia());
            }
            default:
                return LexFieldTail(index, _pos, null);
        }
    }

    /// <summary>
    /// Literal text at CPython's recurse level <paramref name="level"/> (0: the f-string itself, where "{{" and "}}"
    /// are literal braces; 1 and up: a format spec, where '}' ends the field and '{' opens a nested field).
    /// </summary>
    private GreenToken LexFStringText(int index, int level)
    {
        var text = _text;
        var end = _limit;
        var start = _pos;
        var stringIndex = level == 0 ? index : _modes[index].StringIndex;
        var raw = _modes[stringIndex].Raw;
        var p = start;
        while (p < end)
        {
            var ch = text[p++];
            if (!raw && ch == '\\' && p < end)
            {
                ch = text[p++];
                if (ch == 'N')
                {
                    // "\N{NAME}": its braces are not a field.
                    if (p < end && text[p++] == '{')
                    {
                        while (p < end && text[p++] != '}')
                        {
                        }
                    }
                    continue;
                }
            }
            if (ch == '{' || ch == '}')
            {
                if (level == 0)
                {
                    if (p < end && text[p] == ch)
                    {
                        p++;
                        continue;
                    }
                    if (ch == '}')
                    {
                        ReportFString(SyntaxDiagnosticDescriptors.FStringSingleClosingBrace, p - 1, 0);
                        continue;
                    }
                }
                p--;
                break;
            }
        }
        if (p > start)
        {
            _pos = p;
            return Finish(SyntaxKind.FStringMiddleToken, text.Substring(start, p - start), start, null, null);
        }
        if (p >= end)
        {
            if (level == 0) return LexFStringEnd(index);
            // The literal ends inside a format spec.
            ReportFString(SyntaxDiagnosticDescriptors.FStringExpectingClosingBrace, p, 0);
            _modeCount--;
            return CreateMissing(SyntaxKind.CloseBraceToken, p, null);
        }
        _pos = p + 1;
        if (text[p] == '}')
        {
            // The end of a format spec, and of its field.
            _modeCount--;
            return FinishFixed(SyntaxKind.CloseBraceToken, p, null, null);
        }
        // '{' opens a replacement field.
        if (level >= 2) ReportFString(SyntaxDiagnosticDescriptors.FStringNestedTooDeeply, p, 0);
        var field = PushMode(LexerModeKind.FieldExpression);
        _modes[field].StringIndex = stringIndex;
        _modes[field].Level = level;
        _modes[field].BracketBase = _bracketCount;
        var trailing = ScanTrailingTrivia();
        return FinishFixed(SyntaxKind.OpenBraceToken, p, null, trailing);
    }

    private GreenToken LexFStringEnd(int index)
    {
        var frame = _modes[index];
        _modeCount--;
        _limit = frame.OuterLimit;
        var start = frame.ContentEnd;
        _pos = frame.End;
        var end = _pos;
        var trailing = ScanTrailingTrivia();
        return FinishLiteral(SyntaxKind.FStringEndToken, start, end, start, null, trailing);
    }

    /// <summary>A token of a field's expression, or the end of the expression ('=', '!', ':', '}' at its own bracket depth).</summary>
    private GreenToken LexFieldExpression(int index)
    {
        var fullStart = _pos;
        var leading = ScanLeadingTrivia();
        ref var field = ref _modes[index];
        if (_pos >= _limit)
        {
            // The literal ends inside the expression.
            if (_bracketCount > field.BracketBase)
                ReportFString(SyntaxDiagnosticDescriptors.FStringUnmatchedBracket, _pos, 0, _brackets[_bracketCount - 1].ToString());
            else
                ReportFString(SyntaxDiagnosticDescriptors.FStringExpectingClosingBrace, _pos, 0);
            _bracketCount = field.BracketBase;
            _modeCount--;
            return CreateMissing(SyntaxKind.CloseBraceToken, fullStart, leading);
        }
        var c = _text[_pos];
        if (_bracketCount == field.BracketBase && IsFieldTerminator(c))
        {
            if (field.TokenCount == 0)
            {
                if (c == '}') ReportFString(SyntaxDiagnosticDescriptors.FStringEmptyExpression, _pos, 0);
                else ReportFString(SyntaxDiagnosticDescriptors.FStringExpressionRequired, _pos, 0, c.ToString());
            }
            field.Kind = LexerModeKind.FieldAfterExpression;
            return LexFieldTail(index, fullStart, leading);
        }
        field.TokenCount++;
        return LexTokenAfterTrivia(fullStart, leading);
    }

    /// <summary>'}', ':', '!' but not "!=", '=' but not "==": where fstring_find_expr stops at depth 0.</summary>
    private bool IsFieldTerminator(char c) => c switch
    {
        '}' or ':' => true,
        '!' or '=' => _pos + 1 >= _limit || _text[_pos + 1] != '=',
        _ => false,
    };

    /// <summary>After the expression: '=' (trailing whitespace skipped), '!', ':' or the closing '}'.</summary>
    private GreenToken LexFieldTail(int index, int fullStart, GreenNode? leading)
    {
        var kind = _modes[index].Kind;
        if (_pos < _limit)
        {
            var c = _text[_pos];
            if (c == '=' && kind == LexerModeKind.FieldAfterExpression)
            {
                _pos++;
                _modes[index].Kind = LexerModeKind.FieldAfterEquals;
                var trailing = ScanTrailingTrivia();
                return FinishFixed(SyntaxKind.EqualsToken, fullStart, leading, trailing);
            }
            if (c == '!' && kind <= LexerModeKind.FieldAfterEquals)
            {
                _pos++;
                _modes[index].Kind = LexerModeKind.FieldConversion;
                return FinishFixed(SyntaxKind.ExclamationToken, fullStart, leading, null);
            }
            if (c == ':' && kind <= LexerModeKind.FieldAfterConversion)
            {
                _pos++;
                _modes[index].Kind = LexerModeKind.FieldFormatSpec;
                return FinishFixed(SyntaxKind.ColonToken, fullStart, leading, null);
            }
            if (c == '}')
            {
                _pos++;
                _modeCount--;
                return FinishFixed(SyntaxKind.CloseBraceToken, fullStart, leading, null);
            }
        }
        ReportFString(SyntaxDiagnosticDescriptors.FStringExpectingClosingBrace, _pos, 0);
        _modeCount--;
        return CreateMissing(SyntaxKind.CloseBraceToken, fullStart, leading);
    }

    /// <summary>The conversion after '!': CPython 3.11 takes one character, which must be s, r or a.</summary>
    private GreenToken LexConversion(int index)
    {
        _modes[index].Kind = LexerModeKind.FieldAfterConversion;
        var start = _pos;
        if (start >= _limit) return LexFieldTail(index, start, null);
        var c = _text[start];
        if (!CharacterInfo.IsPotentialIdentifierStart(c))
        {
            ReportFString(SyntaxDiagnosticDescriptors.FStringInvalidConversion, start, 0);
            return CreateMissing(SyntaxKind.IdentifierToken, start, null);
        }
        var p = start + 1;
        while (p < _limit && CharacterInfo.IsPotentialIdentifierChar(_text[p])) p++;
        _pos = p;
        if (c is 's' or 'r' or 'a')
        {
            if (p - start > 1) ReportFString(SyntaxDiagnosticDescriptors.FStringExpectingClosingBrace, start + 1, 0);
        }
        else
        {
            ReportFString(SyntaxDiagnosticDescriptors.FStringInvalidConversion, start, 0);
        }
        ref var entry = ref _table.Lookup(_text, start, p - start, SyntaxKind.IdentifierToken);
        if (entry.Kind == SyntaxKind.IdentifierToken) return FinishInterned(ref entry, start, null, null);
        return Finish(SyntaxKind.IdentifierToken, entry.Text!, start, null, null);
    }
}
