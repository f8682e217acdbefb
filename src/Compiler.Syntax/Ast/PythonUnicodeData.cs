using System.Globalization;
using System.IO.Compression;
using System.Reflection;

namespace PythonAot.Compiler.Syntax;

/// <summary>
/// The bits of CPython 3.11's unicodedata (Unicode 14.0) the AST view needs: <c>str.isprintable</c> for repr,
/// and the character names (aliases included) that <c>"\N{...}"</c> escapes accept. The tables are generated
/// by tools/gen_python_unicode_data.py; the names are an embedded resource, loaded on first use.
/// </summary>
internal static partial class PythonUnicodeData
{
    private const string NamesResource = "PythonAot.Compiler.Syntax.PythonUnicodeNames.bin.gz";

    private static readonly string[] s_jamoL = ["G", "GG", "N", "D", "DD", "R", "M", "B", "BB", "S", "SS", "", "J", "JJ", "C", "K", "T", "P", "H"];
    private static readonly string[] s_jamoV = ["A", "AE", "YA", "YAE", "EO", "E", "YEO", "YE", "O", "WA", "WAE", "OE", "YO", "U", "WEO", "WE", "WI", "YU", "EU", "YI", "I"];
    private static readonly string[] s_jamoT = ["", "G", "GG", "GS", "N", "NJ", "NH", "D", "L", "LG", "LM", "LB", "LS", "LT", "LP", "LH", "M", "B", "BS", "S", "SS", "NG", "J", "C", "K", "T", "P", "H"];

    private static NameTable? s_names;

    /// <summary>Python's <c>chr(codePoint).isprintable()</c>.</summary>
    public static bool IsPrintable(int codePoint)
    {
        var ranges = s_nonPrintableRanges;
        int lo = 0, hi = ranges.Length / 2 - 1;
        while (lo <= hi)
        {
            var mid = (lo + hi) >> 1;
            if (codePoint < ranges[2 * mid]) hi = mid - 1;
            else if (codePoint > ranges[2 * mid + 1]) lo = mid + 1;
            else return false;
        }
        return true;
    }

    /// <summary>The code point a <c>\N{name}</c> escape stands for, or -1 when CPython rejects the name.</summary>
    public static int LookupName(string name)
    {
        if (name.StartsWith("HANGUL SYLLABLE ", StringComparison.Ordinal)) return LookupHangul(name.AsSpan(16));
        if (name.StartsWith("CJK UNIFIED IDEOGRAPH-", StringComparison.Ordinal))
        {
            var hex = name.AsSpan(22);
            if (hex.Length is not (4 or 5)) return -1;
            var v = 0;
            foreach (var c in hex)
            {
                if (c is >= '0' and <= '9') v = v * 16 + (c - '0');
                else if (c is >= 'A' and <= 'F') v = v * 16 + (c - 'A' + 10);
                else return -1;
            }
            var table = Names;
            foreach (var (first, last) in table.Unified)
                if (v >= first && v <= last) return v;
            return -1;
        }
        var names = Names;
        var upper = name.ToUpperInvariant();
        if (names.ByName.TryGetValue(upper, out var cp)) return cp;
        foreach (var (prefix, first, last) in names.PrefixRanges)
        {
            if (upper.Length <= prefix.Length + 1 || !upper.StartsWith(prefix, StringComparison.Ordinal) || upper[prefix.Length] != '-') continue;
            var hex = upper.AsSpan(prefix.Length + 1);
            if (!int.TryParse(hex, NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var v)) continue;
            if (v >= first && v <= last && v.ToString("X", CultureInfo.InvariantCulture).AsSpan().SequenceEqual(hex)) return v;
        }
        return -1;
    }

    private static int LookupHangul(ReadOnlySpan<char> rest)
    {
        var l = FindSyllable(ref rest, s_jamoL);
        var v = FindSyllable(ref rest, s_jamoV);
        var t = FindSyllable(ref rest, s_jamoT);
        if (l < 0 || v < 0 || t < 0 || rest.Length != 0) return -1;
        return 0xAC00 + (l * s_jamoV.Length + v) * s_jamoT.Length + t;
    }

    private static int FindSyllable(ref ReadOnlySpan<char> text, string[] column)
    {
        int bestLength = -1, best = -1;
        for (var i = 0; i < column.Length; i++)
        {
            var s = column[i];
            if (s.Length <= bestLength) continue;
            if (text.StartsWith(s, StringComparison.Ordinal))
            {
                bestLength = s.Length;
                best = i;
            }
        }
        if (bestLength > 0) text = text[bestLength..];
        return best;
    }

    private static NameTable Names => s_names ??= LoadNames();

    private static NameTable LoadNames()
    {
        var table = new NameTable();
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream(NamesResource)
            ?? throw new InvalidOperationException($"Missing embedded resource {NamesResource}.");
        using var gzip = new GZipStream(stream, CompressionMode.Decompress);
        using var reader = new StreamReader(gzip, System.Text.Encoding.UTF8);
        while (reader.ReadLine() is { } line)
        {
            if (line.Length == 0) continue;
            if (line.StartsWith("R ", StringComparison.Ordinal))
            {
                var lastSpace = line.LastIndexOf(' ');
                var midSpace = line.LastIndexOf(' ', lastSpace - 1);
                table.PrefixRanges.Add((line[2..midSpace],
                    int.Parse(line.AsSpan(midSpace + 1, lastSpace - midSpace - 1), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture),
                    int.Parse(line.AsSpan(lastSpace + 1), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture)));
            }
            else if (line.StartsWith("U ", StringComparison.Ordinal))
            {
                var space = line.IndexOf(' ', 2);
                table.Unified.Add((int.Parse(line.AsSpan(2, space - 2), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture),
                    int.Parse(line.AsSpan(space + 1), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture)));
            }
            else
            {
                var space = line.IndexOf(' ');
                var cp = int.Parse(line.AsSpan(0, space), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture);
                table.ByName.TryAdd(line[(space + 1)..], cp);
            }
        }
        return table;
    }

    private sealed class NameTable
    {
        public Dictionary<string, int> ByName { get; } = new(StringComparer.Ordinal);

        public List<(string Prefix, int First, int Last)> PrefixRanges { get; } = [];

        public List<(int First, int Last)> Unified { get; } = [];
    }
}
