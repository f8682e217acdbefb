using Microsoft.CodeAnalysis.Text;

namespace PythonAot.Compiler.Syntax.Text;

/// <summary>
/// Line starts by Python's rules: a line ends at "\n", "\r\n" or a lone "\r" and nowhere else (Roslyn's
/// SourceText also breaks at U+2028, U+2029 and U+0085, which CPython does not).
/// </summary>
public sealed class PythonLineMap
{
    private readonly int[] _lineStarts;

    /// <summary>Builds the map of a text.</summary>
    public PythonLineMap(string text)
    {
        Text = text;
        var starts = new List<int> { 0 };
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '\n')
            {
                starts.Add(i + 1);
            }
            else if (c == '\r')
            {
                if (i + 1 < text.Length && text[i + 1] == '\n') i++;
                starts.Add(i + 1);
            }
        }
        _lineStarts = starts.ToArray();
    }

    /// <summary>The text the map was built for.</summary>
    public string Text { get; }

    /// <summary>Number of lines (a text ending in a line end has an empty last line).</summary>
    public int LineCount => _lineStarts.Length;

    /// <summary>The start offset of a 0-based line.</summary>
    public int GetLineStart(int line) => _lineStarts[line];

    /// <summary>The end offset of a 0-based line, line end excluded.</summary>
    public int GetLineEnd(int line)
    {
        var end = line + 1 < _lineStarts.Length ? _lineStarts[line + 1] : Text.Length;
        while (end > _lineStarts[line] && (Text[end - 1] == '\n' || Text[end - 1] == '\r')) end--;
        return end;
    }

    /// <summary>The 0-based line that contains an offset.</summary>
    public int GetLineIndex(int position)
    {
        var index = Array.BinarySearch(_lineStarts, position);
        return index >= 0 ? index : ~index - 1;
    }

    /// <summary>0-based line and UTF-16 column of an offset.</summary>
    public LinePosition GetLinePosition(int position)
    {
        var line = GetLineIndex(position);
        return new LinePosition(line, position - _lineStarts[line]);
    }

    /// <summary>The line/column span of a text span.</summary>
    public LinePositionSpan GetLinePositionSpan(TextSpan span) => new(GetLinePosition(span.Start), GetLinePosition(span.End));

    /// <summary>The column of an offset in UTF-8 bytes from its line start, as CPython counts col_offset.</summary>
    public int GetUtf8Column(int position)
    {
        var line = GetLineIndex(position);
        var start = _lineStarts[line];
        return System.Text.Encoding.UTF8.GetByteCount(Text.AsSpan(start, position - start));
    }
}
