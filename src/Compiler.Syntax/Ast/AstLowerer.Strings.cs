using System.Text;

namespace PythonAot.Compiler.Syntax;

internal sealed partial class AstLowerer
{
    /// <summary>
    /// Adjacent string parts, as CPython 3.11's <c>_PyPegen_concatenate_strings</c> builds them: one Constant
    /// (str or bytes) when there is no f-string, otherwise a JoinedStr whose adjacent literal text is merged.
    /// Every Constant, FormattedValue and JoinedStr of the group gets the span of the whole group, except a
    /// format spec: its JoinedStr and its last literal get the span of the f-string part that holds it.
    /// </summary>
    private AstNode String(StringExpressionSyntax s)
    {
        var parts = s.Parts;
        if (parts.Count == 0) return Node("Constant", Loc(s), string.Empty, null);
        var first = parts[0];
        var groupLocation = Location(first.SpanStart, first.Span.End, parts[^1].Span.End);
        var firstText = first is StringLiteralPartSyntax literal ? literal.Token.Text : ((FStringSyntax)first).Start.Text;
        var kind = firstText.StartsWith('u') ? "u" : null;
        var group = new StringGroup(groupLocation, kind);

        List<byte>? bytes = null;
        foreach (var part in parts)
        {
            switch (part)
            {
                case StringLiteralPartSyntax stringPart:
                {
                    var text = stringPart.Token.Text;
                    var prefix = PythonLiteralDecoder.GetPrefix(text);
                    var raw = prefix.Contains('r');
                    var body = PythonLiteralDecoder.GetBody(text);
                    if (prefix.Contains('b'))
                    {
                        (bytes ??= []).AddRange(PythonLiteralDecoder.DecodeBytes(body, raw));
                    }
                    else
                    {
                        var codePoints = new List<int>(body.Length);
                        PythonLiteralDecoder.DecodeStr(body, raw, codePoints);
                        group.Concat(codePoints);
                    }
                    break;
                }
                case FStringSyntax fstring:
                    group.FMode = true;
                    ConcatFString(group, fstring, fstring.Contents, topLevel: true);
                    break;
            }
        }
        if (bytes is not null) return Node("Constant", groupLocation, bytes.ToArray(), null);
        if (!group.FMode)
            return Node("Constant", groupLocation, PythonLiteralDecoder.ToStrValue(group.LastStr ?? []), kind);
        group.Flush(group.Location, kind);
        return Node("JoinedStr", groupLocation, group.Values);
    }

    private void ConcatFString(StringGroup state, FStringSyntax part, SyntaxList<FStringContentSyntax> contents, bool topLevel)
    {
        var raw = PythonLiteralDecoder.GetPrefix(part.Start.Text).Contains('r');
        foreach (var content in contents)
        {
            switch (content)
            {
                case FStringTextSyntax text:
                {
                    var codePoints = new List<int>(text.Token.Text.Length);
                    PythonLiteralDecoder.DecodeStr(topLevel ? UndoubleBraces(text.Token.Text, raw) : text.Token.Text, raw, codePoints);
                    state.Concat(codePoints);
                    break;
                }
                case FStringReplacementFieldSyntax field:
                    ReplacementField(state, part, field);
                    break;
            }
        }
    }

    private void ReplacementField(StringGroup state, FStringSyntax part, FStringReplacementFieldSyntax field)
    {
        var saved = EnterField(field.OpenBrace, part);
        AstNode value;
        try
        {
            value = FieldExpression(field);
        }
        finally
        {
            LeaveField(saved);
        }

        var hasDebugText = field.EqualsToken.Kind != SyntaxKind.None;
        if (hasDebugText)
        {
            // `{x = }`: the text from after `{` through `=` and the whitespace after it.
            var start = field.OpenBrace.Span.End;
            var end = field.EqualsToken.Span.End;
            while (end < _text.Length && _text[end] is ' ' or '\t' or '\n' or '\r' or '\f' or '\v') end++;
            var codePoints = new List<int>(end - start);
            PythonLiteralDecoder.DecodeStr(_text[start..end], raw: true, codePoints);
            state.Concat(codePoints);
        }

        var conversion = -1;
        if (field.ExclamationToken.Kind != SyntaxKind.None && field.Conversion.Text.Length > 0)
            conversion = field.Conversion.Text[0];

        object? formatSpec = null;
        if (field.ColonToken.Kind != SyntaxKind.None)
        {
            var partLocation = Location(part.SpanStart, part.Span.End, part.Span.End);
            var spec = new StringGroup(state.Location, state.Kind) { FMode = true };
            ConcatFString(spec, part, field.FormatSpec, topLevel: false);
            spec.Flush(partLocation, null);
            formatSpec = Node("JoinedStr", partLocation, spec.Values);
        }

        if (hasDebugText && formatSpec is null && conversion == -1) conversion = 'r';
        state.Flush(state.Location, state.Kind);
        state.Values.Add(Node("FormattedValue", state.Location, value, conversion, formatSpec));
    }

    /// <summary>
    /// The expression of a field. CPython parses the text <c>(expr)</c>, so a bare tuple or generator takes
    /// the added parentheses as its own: from the <c>{</c> to the character that ends the expression
    /// (<c>=</c>, <c>!</c>, <c>:</c> or <c>}</c>).
    /// </summary>
    private AstNode FieldExpression(FStringReplacementFieldSyntax field)
    {
        var terminator = field.EqualsToken.Kind != SyntaxKind.None ? field.EqualsToken
            : field.ExclamationToken.Kind != SyntaxKind.None ? field.ExclamationToken
            : field.ColonToken.Kind != SyntaxKind.None ? field.ColonToken
            : field.CloseBrace;
        switch (field.Expression)
        {
            case TupleExpressionSyntax { OpenParen.Kind: SyntaxKind.None } tuple:
                return Node("Tuple", Location(field.OpenBrace.SpanStart, field.OpenBrace.Span.End, terminator.Span.End),
                    Elements(tuple.Elements, s_load), s_load);
            case GeneratorExpressionSyntax { OpenParen.Kind: SyntaxKind.None } generator:
                return Generator(generator, Location(field.OpenBrace.SpanStart, field.OpenBrace.Span.End, terminator.Span.End));
            default:
                return Expr(field.Expression);
        }
    }

    /// <summary>Top-level f-string text: <c>{{</c> and <c>}}</c> stand for one brace (escapes and <c>\N{...}</c> kept).</summary>
    internal static string UndoubleBraces(string text, bool raw)
    {
        if (text.IndexOf('{') < 0 && text.IndexOf('}') < 0) return text;
        var builder = new StringBuilder(text.Length);
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            if (!raw && c == '\\' && i + 1 < text.Length)
            {
                if (text[i + 1] == 'N' && i + 2 < text.Length && text[i + 2] == '{')
                {
                    var close = text.IndexOf('}', i + 3);
                    var stop = close < 0 ? text.Length : close + 1;
                    builder.Append(text, i, stop - i);
                    i = stop;
                    continue;
                }
                if (text[i + 1] is not ('{' or '}'))
                {
                    builder.Append(c).Append(text[i + 1]);
                    i += 2;
                    continue;
                }
                builder.Append(c);
                i++;
                continue;
            }
            if ((c == '{' || c == '}') && i + 1 < text.Length && text[i + 1] == c)
            {
                builder.Append(c);
                i += 2;
                continue;
            }
            builder.Append(c);
            i++;
        }
        return builder.ToString();
    }

    /// <summary>CPython's FstringParser state: the pending literal text and the parts made so far.</summary>
    private sealed class StringGroup(AstLocation location, string? kind)
    {
        public AstLocation Location { get; } = location;

        public string? Kind { get; } = kind;

        public List<int>? LastStr { get; private set; }

        public List<object?> Values { get; } = [];

        public bool FMode { get; set; }

        /// <summary>Appends literal text; empty text is dropped, as CPython drops it.</summary>
        public void Concat(List<int> codePoints)
        {
            if (codePoints.Count == 0) return;
            if (LastStr is null) LastStr = codePoints;
            else LastStr.AddRange(codePoints);
        }

        /// <summary>Turns the pending literal text into a Constant part.</summary>
        public void Flush(AstLocation location, string? kind)
        {
            if (LastStr is null) return;
            Values.Add(Node("Constant", location, PythonLiteralDecoder.ToStrValue(LastStr), kind));
            LastStr = null;
        }
    }
}
