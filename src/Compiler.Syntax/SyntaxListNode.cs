using PythonAot.Compiler.Syntax.InternalSyntax;

namespace PythonAot.Compiler.Syntax;

/// <summary>
/// The red node over a green list. It is transparent: its elements report the list's owner as their
/// parent, and the public API exposes it only through <see cref="SyntaxList{TNode}"/> and friends.
/// </summary>
internal sealed class SyntaxListNode : SyntaxNode
{
    private readonly SyntaxNode?[] _children;

    internal SyntaxListNode(GreenList green, SyntaxNode? parent, int position)
        : base(green, parent, position)
    {
        _children = new SyntaxNode?[green.SlotCount];
    }

    internal override SyntaxNode? GetNodeSlot(int slot) =>
        Green.GetSlot(slot)!.IsToken ? null : GetRed(ref _children[slot], slot);

    internal override SyntaxNode? GetCachedSlot(int slot) => _children[slot];

    public override void Accept(SyntaxVisitor visitor) => throw new InvalidOperationException("A list is not visited.");

    public override TResult? Accept<TResult>(SyntaxVisitor<TResult> visitor) where TResult : default => throw new InvalidOperationException("A list is not visited.");
}
