using Microsoft.CodeAnalysis.Text;

namespace PythonAot.Compiler.Semantics.Tests.Infrastructure;

/// <summary>
/// Roslyn-style markup for expected spans: <c>x = [|eval|]("1")</c> is the source <c>x = eval("1")</c> with one
/// span around <c>eval</c>. Spans may nest; they come back ordered by start, then by end.
/// </summary>
public static class MarkedSource
{
    private const string Open = "[|";
    private const string Close = "|]";

    /// <summary>Strips the markers and returns the plain source and the marked spans.</summary>
    public static (string Source, IReadOnlyList<TextSpan> Spans) Parse(string marked)
    {
        ArgumentNullException.ThrowIfNull(marked);
        var source = new System.Text.StringBuilder(marked.Length);
        var open = new Stack<int>();
        var spans = new List<TextSpan>();
        for (var i = 0; i < marked.Length;)
        {
            if (string.CompareOrdinal(marked, i, Open, 0, Open.Length) == 0)
            {
                open.Push(source.Length);
                i += Open.Length;
            }
            else if (string.CompareOrdinal(marked, i, Close, 0, Close.Length) == 0)
            {
                if (open.Count == 0) throw new ArgumentException($"'{Close}' at {i} closes no span.", nameof(marked));
                spans.Add(TextSpan.FromBounds(open.Pop(), source.Length));
                i += Close.Length;
            }
            else
            {
                source.Append(marked[i]);
                i++;
            }
        }
        if (open.Count != 0) throw new ArgumentException($"{open.Count} span(s) not closed.", nameof(marked));
        spans.Sort((a, b) => a.Start != b.Start ? a.Start.CompareTo(b.Start) : a.End.CompareTo(b.End));
        return (source.ToString(), spans);
    }
}
