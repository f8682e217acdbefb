using System.Collections;

namespace PythonAot.Compiler.Syntax;

/// <summary>A list of tokens in a token-list slot (the dots of a relative import).</summary>
public readonly struct SyntaxTokenList : IReadOnlyList<SyntaxToken>
{
    private readonly SyntaxNode? _list;

    internal SyntaxTokenList(SyntaxNode? list)
    {
        _list = list;
    }

    internal SyntaxNode? Node => _list;

    /// <summary>Number of tokens.</summary>
    public int Count => _list?.Green.SlotCount ?? 0;

    /// <summary>The token at an index.</summary>
    public SyntaxToken this[int index] =>
        index < 0 || index >= Count ? throw new ArgumentOutOfRangeException(nameof(index)) : _list!.GetTokenSlot(index);

    /// <summary>Enumerates the tokens.</summary>
    public IEnumerator<SyntaxToken> GetEnumerator()
    {
        for (var i = 0; i < Count; i++) yield return this[i];
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
