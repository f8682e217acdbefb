using System.Collections;
using PythonAot.Compiler.Syntax.InternalSyntax;

namespace PythonAot.Compiler.Syntax;

/// <summary>The leading or trailing trivia of a token.</summary>
public readonly struct SyntaxTriviaList : IReadOnlyList<SyntaxTrivia>
{
    private readonly SyntaxToken _token;
    private readonly GreenNode? _node;
    private readonly int _position;

    internal SyntaxTriviaList(SyntaxToken token, GreenNode? node, int position)
    {
        _token = token;
        _node = node;
        _position = position;
    }

    /// <summary>Number of trivia.</summary>
    public int Count => _node is null ? 0 : _node.IsList ? _node.SlotCount : 1;

    /// <summary>The trivia at an index.</summary>
    public SyntaxTrivia this[int index]
    {
        get
        {
            if (_node is null || index < 0 || index >= Count) throw new ArgumentOutOfRangeException(nameof(index));
            if (!_node.IsList) return new SyntaxTrivia(_token, (GreenTrivia)_node, _position);
            return new SyntaxTrivia(_token, (GreenTrivia)_node.GetSlot(index)!, _position + _node.GetSlotOffset(index));
        }
    }

    /// <summary>The full span of all the trivia.</summary>
    public Microsoft.CodeAnalysis.Text.TextSpan FullSpan => new(_position, _node?.FullWidth ?? 0);

    /// <summary>Enumerates the trivia.</summary>
    public IEnumerator<SyntaxTrivia> GetEnumerator()
    {
        var position = _position;
        for (var i = 0; i < Count; i++)
        {
            var green = (GreenTrivia)(_node!.IsList ? _node.GetSlot(i)! : _node);
            yield return new SyntaxTrivia(_token, green, position);
            position += green.FullWidth;
        }
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    /// <summary>The text of all the trivia.</summary>
    public override string ToString() => _node?.ToFullString() ?? string.Empty;

    internal static GreenNode? ToGreen(IEnumerable<SyntaxTrivia> trivia) =>
        GreenList.CreateTrivia(trivia.Select(t => (GreenNode)t.Node!).ToList());
}
