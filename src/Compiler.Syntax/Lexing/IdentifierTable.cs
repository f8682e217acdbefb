using System.Runtime.CompilerServices;

namespace PythonAot.Compiler.Syntax.InternalSyntax;

/// <summary>
/// The lexer's intern table: one string per distinct name (and per short number or string literal), with its
/// keyword kind and the token instances that carry no trivia or one trailing space, so that repeated names
/// cost neither a string nor a token. Open addressing over a power-of-two array; one table per lexer.
/// </summary>
internal sealed class IdentifierTable
{
    internal struct Entry
    {
        public string? Text;
        public int Hash;
        public SyntaxKind Kind;
        public GreenToken? Bare;
        public GreenToken? Spaced;
    }

    private static readonly (string Text, SyntaxKind Kind)[] s_keywords = CollectKeywords();

    private Entry[] _entries;
    private int _count;

    public IdentifierTable()
    {
        _entries = new Entry[1024];
        foreach (var (text, kind) in s_keywords) Lookup(text, 0, text.Length, kind);
    }

    private static (string, SyntaxKind)[] CollectKeywords()
    {
        var list = new List<(string, SyntaxKind)>();
        foreach (var kind in Enum.GetValues<SyntaxKind>())
            if (SyntaxFacts.IsKeyword(kind)) list.Add((SyntaxFacts.GetText(kind), kind));
        return [.. list];
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static int ComputeHash(string text, int start, int length)
    {
        var hash = (uint)length * 0x9E3779B1u;
        for (var i = 0; i < length; i++) hash = (hash ^ text[start + i]) * 16777619u;
        return (int)(hash ^ (hash >> 15));
    }

    /// <summary>The entry of text[start..start+length), added with <paramref name="kind"/> when new.</summary>
    public ref Entry Lookup(string text, int start, int length, SyntaxKind kind)
    {
        var hash = ComputeHash(text, start, length);
        var entries = _entries;
        var mask = entries.Length - 1;
        var index = hash & mask;
        while (true)
        {
            ref var entry = ref entries[index];
            if (entry.Text is null) break;
            if (entry.Hash == hash && entry.Text.Length == length
                && entry.Text.AsSpan().SequenceEqual(text.AsSpan(start, length)))
                return ref entry;
            index = (index + 1) & mask;
        }
        if (_count * 2 >= entries.Length)
        {
            Grow();
            return ref Lookup(text, start, length, kind);
        }
        _count++;
        ref var added = ref entries[index];
        added.Text = start == 0 && length == text.Length ? text : text.Substring(start, length);
        added.Hash = hash;
        added.Kind = kind;
        return ref added;
    }

    private void Grow()
    {
        var old = _entries;
        var entries = new Entry[old.Length * 2];
        var mask = entries.Length - 1;
        foreach (var entry in old)
        {
            if (entry.Text is null) continue;
            var index = entry.Hash & mask;
            while (entries[index].Text is not null) index = (index + 1) & mask;
            entries[index] = entry;
        }
        _entries = entries;
    }
}
