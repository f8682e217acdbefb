namespace PythonAot.Compiler.Syntax.InternalSyntax;

/// <summary>
/// Hash-consing of small green nodes (up to three slots), in the manner of Roslyn's SyntaxNodeCache: a lossy,
/// per-thread table keyed on the kind and the identity of the children. Identical subtrees such as
/// <c>self.x</c> or <c>(1)</c> then share one green node; lossy means a collision just evicts.
/// </summary>
internal static class GreenNodeCache
{
    private const int CacheSizeBits = 16;
    private const int CacheSize = 1 << CacheSizeBits;
    private const int CacheMask = CacheSize - 1;

    /// <summary>Nodes wider than this are rarely repeated; caching them only costs.</summary>
    private const int MaxCachedWidth = 64;

    private struct Entry
    {
        public int Hash;
        public GreenNode? Node;
    }

    [ThreadStatic]
    private static Entry[]? s_entries;

    private static Entry[] Entries => s_entries ??= new Entry[CacheSize];

    public static int GetHash(SyntaxKind kind, GreenNode? child1) =>
        Cacheable(child1) ? Combine((int)kind, child1) : -1;

    public static int GetHash(SyntaxKind kind, GreenNode? child1, GreenNode? child2) =>
        Cacheable(child1) && Cacheable(child2) ? Combine(Combine((int)kind, child1), child2) : -1;

    public static int GetHash(SyntaxKind kind, GreenNode? child1, GreenNode? child2, GreenNode? child3) =>
        Cacheable(child1) && Cacheable(child2) && Cacheable(child3) ? Combine(Combine(Combine((int)kind, child1), child2), child3) : -1;

    public static GreenNode? TryGet(int hash, SyntaxKind kind, GreenNode? child1)
    {
        if (hash < 0) return null;
        var entry = Entries[hash & CacheMask];
        var node = entry.Node;
        return entry.Hash == hash && node is not null && node.Kind == kind && node.SlotCount == 1
            && ReferenceEquals(node.GetSlot(0), child1) ? node : null;
    }

    public static GreenNode? TryGet(int hash, SyntaxKind kind, GreenNode? child1, GreenNode? child2)
    {
        if (hash < 0) return null;
        var entry = Entries[hash & CacheMask];
        var node = entry.Node;
        return entry.Hash == hash && node is not null && node.Kind == kind && node.SlotCount == 2
            && ReferenceEquals(node.GetSlot(0), child1) && ReferenceEquals(node.GetSlot(1), child2) ? node : null;
    }

    public static GreenNode? TryGet(int hash, SyntaxKind kind, GreenNode? child1, GreenNode? child2, GreenNode? child3)
    {
        if (hash < 0) return null;
        var entry = Entries[hash & CacheMask];
        var node = entry.Node;
        return entry.Hash == hash && node is not null && node.Kind == kind && node.SlotCount == 3
            && ReferenceEquals(node.GetSlot(0), child1) && ReferenceEquals(node.GetSlot(1), child2)
            && ReferenceEquals(node.GetSlot(2), child3) ? node : null;
    }

    public static void Add(int hash, GreenNode node)
    {
        if (hash < 0 || node.FullWidth > MaxCachedWidth) return;
        ref var entry = ref Entries[hash & CacheMask];
        entry.Hash = hash;
        entry.Node = node;
    }

    private static bool Cacheable(GreenNode? child) =>
        child is null || (!child.ContainsDiagnostics && child.FullWidth <= MaxCachedWidth);

    private static int Combine(int hash, GreenNode? child) =>
        (int)((uint)(hash * unchecked((int)0xA5555529) + (child is null ? 0 : System.Runtime.CompilerServices.RuntimeHelpers.GetHashCode(child))) & 0x7FFFFFFF);
}
