namespace PythonAot.Compiler.Syntax.InternalSyntax;

/// <summary>
/// CPython's indentation stack: each open block's column measured with tab stops of 8 (<c>indstack</c>) and
/// with tabs counting 1 (<c>altindstack</c>); the two must order the blocks the same way, or the indentation
/// depends on the tab size (TabError). The bottom level (column 0) is always there.
/// </summary>
internal sealed class IndentationStack
{
    /// <summary>CPython's MAXINDENT: the tokenizer refuses the 100th level.</summary>
    public const int MaxLevels = 100;

    private int[] _columns = new int[16];
    private int[] _altColumns = new int[16];

    /// <summary>Number of open blocks above the bottom level.</summary>
    public int Depth { get; private set; }

    public int Column => _columns[Depth];

    public int AltColumn => _altColumns[Depth];

    public void Push(int column, int altColumn)
    {
        if (Depth + 1 == _columns.Length)
        {
            Array.Resize(ref _columns, _columns.Length * 2);
            Array.Resize(ref _altColumns, _altColumns.Length * 2);
        }
        Depth++;
        _columns[Depth] = column;
        _altColumns[Depth] = altColumn;
    }

    public void Pop() => Depth--;

    /// <summary>Re-measures the innermost block (error recovery for an unindent that matches no level).</summary>
    public void ReplaceTop(int column, int altColumn)
    {
        _columns[Depth] = column;
        _altColumns[Depth] = altColumn;
    }

    public void Clear() => Depth = 0;
}
