using System.Collections;

namespace PythonAot.Compiler.Syntax;

/// <summary>
/// Nodes separated by tokens (commas, dots, semicolons, bars): node, separator, node, ... The list may end
/// in a separator (a trailing comma), so <see cref="SeparatorCount"/> is <see cref="Count"/> or one less.
/// </summary>
public readonly struct SeparatedSyntaxList<TNode> : IReadOnlyList<TNode> where TNode : SyntaxNode
{
    private readonly SyntaxNode? _list;

    internal SeparatedSyntaxList(SyntaxNode? list)
    {
        _list = list;
    }

    internal SyntaxNode? Node => _list;

    private int SlotCount => _list?.Green.SlotCount ?? 0;

    /// <summary>Number of nodes.</summary>
    public int Count => (SlotCount + 1) / 2;

    /// <summary>Number of separators.</summary>
    public int SeparatorCount => SlotCount / 2;

    /// <summary>True when the list ends with a separator (a trailing comma).</summary>
    public bool HasTrailingSeparator => SlotCount > 0 && SlotCount % 2 == 0;

    /// <summary>The node at an index.</summary>
    public TNode this[int index] =>
        index < 0 || index >= Count ? throw new ArgumentOutOfRangeException(nameof(index)) : (TNode)_list!.GetNodeSlot(index * 2)!;

    /// <summary>The separator after node <paramref name="index"/>.</summary>
    public SyntaxToken GetSeparator(int index) =>
        index < 0 || index >= SeparatorCount ? throw new ArgumentOutOfRangeException(nameof(index)) : _list!.GetTokenSlot(index * 2 + 1);

    /// <summary>The separators in order.</summary>
    public IEnumerable<SyntaxToken> GetSeparators()
    {
        for (var i = 0; i < SeparatorCount; i++) yield return GetSeparator(i);
    }

    /// <summary>Nodes and separators in order.</summary>
    public IEnumerable<SyntaxNodeOrToken> GetWithSeparators()
    {
        for (var i = 0; i < SlotCount; i++)
            yield return i % 2 == 0 ? _list!.GetNodeSlot(i)! : _list!.GetTokenSlot(i);
    }

    /// <summary>The full span of the list.</summary>
    public Microsoft.CodeAnalysis.Text.TextSpan FullSpan => _list?.FullSpan ?? default;

    /// <summary>Enumerates the nodes.</summary>
    public IEnumerator<TNode> GetEnumerator()
    {
        for (var i = 0; i < Count; i++) yield return this[i];
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
