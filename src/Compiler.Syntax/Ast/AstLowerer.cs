using System.Text;
using PythonAot.Compiler.Syntax.InternalSyntax;
using PythonAot.Compiler.Syntax.Text;

namespace PythonAot.Compiler.Syntax;

/// <summary>
/// Lowers a syntax tree to CPython 3.11's <c>ast</c> shapes. This part holds the positions: CPython's
/// line/column rules (1-based lines, UTF-8 byte columns, the byte-order mark stripped) and the shifts its 3.11
/// f-string parser applies to the tokens of replacement-field expressions.
/// </summary>
internal sealed partial class AstLowerer
{
    private readonly string _text;
    private readonly PythonLineMap _lines;
    private readonly bool _hasBom;
    private FieldContext? _field;
    private sbyte[]? _asciiLines;

    public AstLowerer(SyntaxTree tree)
    {
        _text = tree.GetTextString();
        _lines = tree.Lines;
        _hasBom = _text.Length > 0 && _text[0] == '\uFEFF';
    }

    /// <summary>
    /// The f-string replacement field whose expression is being lowered. CPython 3.11 re-parses the expression
    /// as the text <c>(expr)</c> with a second parser whose first line starts at column <see cref="Base"/>
    /// (<c>starting_col_offset</c>): a token that ends on the line of the opening brace gets column
    /// <c>Base + (real column - brace column)</c>; a token that starts there but ends on a later line (a
    /// multi-line string) keeps its raw column inside the copied text; tokens on later lines keep their real
    /// columns.
    /// </summary>
    private sealed record FieldContext(int BraceLine, int BraceColumn, int Base);

    private (int Line, int Column) Real(int position)
    {
        var line = _lines.GetLineIndex(position);
        var lineStart = _lines.GetLineStart(line);
        int column;
        if (IsAsciiLine(line))
        {
            column = position - lineStart;
        }
        else
        {
            column = Encoding.UTF8.GetByteCount(_text.AsSpan(lineStart, position - lineStart));
            if (line == 0 && _hasBom) column -= 3;
        }
        return (line, column);
    }

    private bool IsAsciiLine(int line)
    {
        _asciiLines ??= new sbyte[_lines.LineCount];
        var known = _asciiLines[line];
        if (known != 0) return known > 0;
        var start = _lines.GetLineStart(line);
        var end = line + 1 < _lines.LineCount ? _lines.GetLineStart(line + 1) : _text.Length;
        var ascii = System.Text.Ascii.IsValid(_text.AsSpan(start, end - start));
        _asciiLines[line] = ascii ? (sbyte)1 : (sbyte)-1;
        return ascii;
    }

    /// <summary>The CPython location of a span whose first CPython token ends at <paramref name="firstTokenEnd"/>.</summary>
    private AstLocation Location(int start, int firstTokenEnd, int end)
    {
        var (startLine, startColumn) = Real(start);
        var (endLine, endColumn) = Real(end);
        if (_field is { } field)
        {
            var firstEndLine = _lines.GetLineIndex(firstTokenEnd);
            if (firstEndLine == field.BraceLine) startColumn = field.Base + (startColumn - field.BraceColumn);
            else if (startLine == field.BraceLine) startColumn -= field.BraceColumn;
            if (endLine == field.BraceLine) endColumn = field.Base + (endColumn - field.BraceColumn);
        }
        return new AstLocation(startLine + 1, startColumn, endLine + 1, endColumn);
    }

    /// <summary>The location of an expression-like node: its span.</summary>
    private AstLocation Loc(SyntaxNode node) => Location(node.SpanStart, FirstTokenEnd(node), node.Span.End);

    /// <summary>The location from the start of one node/token to the end of another.</summary>
    private AstLocation Loc(int start, SyntaxNode firstNode, int end) => Location(start, FirstTokenEnd(firstNode), end);

    private AstLocation Loc(SyntaxToken first, int end) => Location(first.SpanStart, first.Span.End, end);

    private AstLocation Loc(SyntaxToken token) => Location(token.SpanStart, token.Span.End, token.Span.End);

    /// <summary>The location of a statement: from <paramref name="start"/> to its last token that is not NEWLINE, INDENT or DEDENT.</summary>
    private AstLocation StatementLoc(SyntaxNode node, int start) => Location(start, start, SignificantEnd(node));

    /// <summary>
    /// The end of the first CPython token of a node (an f-string is one STRING token in 3.11). Only matters inside
    /// f-string replacement fields.
    /// </summary>
    private int FirstTokenEnd(SyntaxNode node)
    {
        if (_field is null) return node.SpanStart;
        var current = node;
        while (true)
        {
            if (current is FStringSyntax) return current.Span.End;
            SyntaxNode? next = null;
            foreach (var child in current.ChildNodesAndTokens())
            {
                if (child.IsToken)
                {
                    var token = child.AsToken();
                    if (token.Span.Length == 0) continue;
                    return token.Span.End;
                }
                var childNode = child.AsNode()!;
                if (childNode.Span.Length == 0) continue;
                next = childNode;
                break;
            }
            if (next is null) return current.Span.End;
            current = next;
        }
    }

    private static int SignificantEnd(SyntaxNode node)
    {
        var end = SignificantEnd(node.Green, node.Position);
        return end >= 0 ? end : node.Span.End;
    }

    private static int SignificantEnd(GreenNode green, int position)
    {
        if (green is GreenToken token)
        {
            if (token.Width == 0 || token.Kind is SyntaxKind.NewLineToken or SyntaxKind.IndentToken
                    or SyntaxKind.DedentToken or SyntaxKind.EndOfFileToken)
                return -1;
            return position + token.GetLeadingTriviaWidth() + token.Width;
        }
        for (var i = green.SlotCount - 1; i >= 0; i--)
        {
            var child = green.GetSlot(i);
            if (child is null || child.FullWidth == 0) continue;
            var end = SignificantEnd(child, position + green.GetSlotOffset(i));
            if (end >= 0) return end;
        }
        return -1;
    }

    /// <summary>
    /// Enters the expression of a replacement field whose <c>{</c> is <paramref name="openBrace"/>, inside the
    /// f-string part <paramref name="part"/> (one STRING token to CPython 3.11); mirrors
    /// <c>fstring_find_expr_location</c> and <c>fstring_compile_expr</c> of Parser/string_parser.c.
    /// </summary>
    private FieldContext? EnterField(SyntaxToken openBrace, FStringSyntax part)
    {
        var (braceLine, braceColumn) = Real(openBrace.SpanStart);
        var (partLine, partColumn) = Real(part.SpanStart);
        // Only blanks between the brace and the end of its line: the column shift is not applied.
        var newlineAfterBrace = true;
        for (var i = openBrace.Span.End; i < _text.Length; i++)
        {
            var c = _text[i];
            if (c is '}' or '\n' or '\r') break;
            if (c is not (' ' or '\t' or '\f'))
            {
                newlineAfterBrace = false;
                break;
            }
        }
        int basis;
        if (braceLine == partLine)
        {
            // The part's own CPython column (it is one token, maybe itself inside a field) plus the brace's
            // byte offset inside it.
            var partColumnCPython = Location(part.SpanStart, part.Span.End, part.Span.End).ColOffset;
            basis = partColumnCPython + (newlineAfterBrace ? 0 : braceColumn - partColumn);
        }
        else
        {
            basis = newlineAfterBrace ? 0 : braceColumn;
        }
        var saved = _field;
        _field = new FieldContext(braceLine, braceColumn, basis);
        return saved;
    }

    private void LeaveField(FieldContext? saved) => _field = saved;

    /// <summary>An identifier as CPython stores it: NFKC-normalized when it is not ASCII.</summary>
    private static string Identifier(SyntaxToken token) => Identifier(token.Text);

    private static string Identifier(string text)
    {
        foreach (var c in text)
        {
            if (c >= 0x80) return text.Normalize(NormalizationForm.FormKC);
        }
        return text;
    }

    /// <summary>
    /// The nodes of a separated list, skipping any slot that does not hold a <typeparamref name="T"/> (error
    /// recovery may leave one), so lowering a broken tree never throws.
    /// </summary>
    private static IEnumerable<T> Each<T>(SeparatedSyntaxList<T> list) where T : SyntaxNode
    {
        foreach (var item in list.GetWithSeparators())
        {
            if (item.IsNode && item.AsNode() is T node) yield return node;
        }
    }

    private static AstNode Node(string type, AstLocation? location, params object?[] values) =>
        new(AstNodeType.Get(type), location, values);

    private static List<object?> NewList() => [];
}
