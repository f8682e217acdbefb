namespace PythonAot.Compiler.Syntax.InternalSyntax;

/// <summary>
/// The children of a list slot (statements, separated elements with their separators, tokens or trivia).
/// An empty list is represented by a null slot, never by an empty <see cref="GreenList"/>.
/// </summary>
internal sealed class GreenList : GreenNode
{
    private readonly GreenNode[] _children;

    public GreenList(GreenNode[] children, SyntaxDiagnosticInfo[]? diagnostics = null)
        : base(SyntaxKind.List, diagnostics)
    {
        _children = children;
        foreach (var child in children) AdjustFlagsAndWidth(child);
    }

    /// <summary>Null for no children, otherwise a list (trivia lists of one stay a list only when asked).</summary>
    public static GreenNode? Create(IReadOnlyList<GreenNode> children)
    {
        if (children.Count == 0) return null;
        var array = new GreenNode[children.Count];
        for (var i = 0; i < array.Length; i++) array[i] = children[i];
        return new GreenList(array);
    }

    /// <summary>Trivia lists: none is null, one is the trivia itself, more is a list.</summary>
    public static GreenNode? CreateTrivia(IReadOnlyList<GreenNode> trivia) =>
        trivia.Count switch { 0 => null, 1 => trivia[0], _ => Create(trivia) };

    public override int SlotCount => _children.Length;

    public override GreenNode GetSlot(int index) => _children[index];

    private int[]? _offsets;

    /// <summary>Long lists (a module's statements) keep their children's offsets, so walking them stays linear.</summary>
    public override int GetSlotOffset(int index)
    {
        if (_children.Length <= 8) return base.GetSlotOffset(index);
        var offsets = _offsets;
        if (offsets is null)
        {
            offsets = new int[_children.Length];
            var offset = 0;
            for (var i = 0; i < _children.Length; i++)
            {
                offsets[i] = offset;
                offset += _children[i].FullWidth;
            }
            _offsets = offsets;
        }
        return offsets[index];
    }

    public override GreenNode WithDiagnostics(SyntaxDiagnosticInfo[]? diagnostics) => new GreenList(_children, diagnostics);

    public override SyntaxNode CreateRed(SyntaxNode? parent, int position) => new SyntaxListNode(this, parent, position);
}
