using System.Collections;

namespace PythonAot.Compiler.Syntax;

/// <summary>A list of nodes in a list slot (statements, decorators, clauses...).</summary>
public readonly struct SyntaxList<TNode> : IReadOnlyList<TNode> where TNode : SyntaxNode
{
    private readonly SyntaxNode? _list;

    internal SyntaxList(SyntaxNode? list)
    {
        _list = list;
    }

    internal SyntaxNode? Node => _list;

    /// <summary>Number of nodes.</summary>
    public int Count => _list?.Green.SlotCount ?? 0;

    /// <summary>The node at an index.</summary>
    public TNode this[int index] =>
        _list is null || index < 0 || index >= Count ? throw new ArgumentOutOfRangeException(nameof(index)) : (TNode)_list.GetNodeSlot(index)!;

    /// <summary>The full span of the list (empty at the owner's slot when there are no nodes).</summary>
    public Microsoft.CodeAnalysis.Text.TextSpan FullSpan => _list?.FullSpan ?? default;

    /// <summary>Enumerates the nodes.</summary>
    public IEnumerator<TNode> GetEnumerator()
    {
        for (var i = 0; i < Count; i++) yield return this[i];
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
