using PythonAot.Compiler.Syntax.Errors;

namespace PythonAot.Compiler.Syntax.InternalSyntax;

// String and bytes literals. The extent of a literal is found as CPython's tokenizer finds it (letter_quote):
// quotes and backslash escapes decide, whatever the prefix (raw strings included). An f-string then hands its
// contents to the f-string modes (Lexer.FStrings.cs); any other literal is one StringToken.
internal sealed partial class Lexer
{
    /// <summary>Where a string literal's parts are.</summary>
    private struct StringExtent
    {
        public int ContentStart;
        public int ContentEnd;
        public int End;
        public bool Terminated;
        public bool Triple;

        /// <summary>For an unterminated literal: the position whose line CPython reports ("detected at line N").</summary>
        public int DetectedAt;
    }

    /// <summary>A string literal whose prefix starts at <paramref name="start"/> and opening quote is at <paramref name="quote"/>.</summary>
    private GreenToken LexString(int fullStart, GreenNode? leading, int start, int quote)
    {
        var isFString = false;
        var raw = false;
        for (var i = start; i < quote; i++)
        {
            var c = _text[i];
            if (c is 'f' or 'F') isFString = true;
            else if (c is 'r' or 'R') raw = true;
        }
        var extent = ScanStringExtent(quote);
        var inFString = _modeCount != 0;
        if (inFString && _text.AsSpan(start, extent.End - start).Contains('\\'))
            ReportFString(SyntaxDiagnosticDescriptors.FStringBackslashInExpression, start, 0);
        if (isFString && extent.Terminated)
            return LexFStringStart(fullStart, leading, start, extent, raw);
        if (!extent.Terminated)
        {
            if (inFString && extent.End >= _limit)
                ReportFString(SyntaxDiagnosticDescriptors.FStringUnterminatedString, start, 0);
            else
                Report(extent.Triple ? SyntaxDiagnosticDescriptors.UnterminatedTripleQuotedString : SyntaxDiagnosticDescriptors.UnterminatedString,
                    start, 0, _lines.LineOf(extent.DetectedAt));
        }
        _pos = extent.End;
        var end = _pos;
        var trailing = ScanTrailingTrivia();
        return FinishLiteral(SyntaxKind.StringToken, start, end, fullStart, leading, trailing);
    }

    /// <summary>CPython's letter_quote loop from the opening quote at <paramref name="quote"/>, bounded by the current limit.</summary>
    private StringExtent ScanStringExtent(int quote)
    {
        var text = _text;
        var limit = _limit;
        var q = text[quote];
        var p = quote + 1;
        var quoteSize = 1;
        var endQuoteSize = 0;
        if (p < limit && text[p] == q)
        {
            p++;
            if (p < limit && text[p] == q)
            {
                p++;
                quoteSize = 3;
            }
            else
            {
                endQuoteSize = 1; // the empty string
            }
        }
        var extent = new StringExtent { ContentStart = quoteSize == 3 ? p : quote + 1, Triple = quoteSize == 3 };
        if (endQuoteSize == 1)
        {
            extent.ContentEnd = quote + 1;
            extent.End = p;
            extent.Terminated = true;
            return extent;
        }
        while (true)
        {
            if (p >= limit)
            {
                extent.ContentEnd = extent.End = limit;
                extent.DetectedAt = Math.Max(limit - 1, quote);
                return extent;
            }
            var c = text[p];
            if (quoteSize == 1 && (c == '\n' || c == '\r'))
            {
                extent.ContentEnd = extent.End = p;
                extent.DetectedAt = p;
                return extent;
            }
            p++;
            if (c == q)
            {
                if (++endQuoteSize == quoteSize) break;
            }
            else
            {
                endQuoteSize = 0;
                if (c == '\\' && p < limit)
                {
                    // The escaped character, a whole "\r\n" included.
                    p += text[p] == '\r' && p + 1 < limit && text[p + 1] == '\n' ? 2 : 1;
                }
            }
        }
        extent.End = p;
        extent.ContentEnd = p - quoteSize;
        extent.Terminated = true;
        return extent;
    }
}
