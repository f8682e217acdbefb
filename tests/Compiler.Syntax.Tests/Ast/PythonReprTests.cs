using PythonAot.Compiler.Syntax.Tests.Infrastructure;
using System.Diagnostics;
using System.Globalization;
using System.Text;

namespace PythonAot.Compiler.Syntax.Tests.Ast;

/// <summary>
/// The repr of constants and the <c>\N{...}</c> name table, checked value by value against python3 (one
/// process per test).
/// </summary>
[TestFixture]
public class PythonReprTests
{
    /// <summary>repr(float) and repr(complex(0, x)) of many doubles (random bit patterns, round numbers, edges).</summary>
    [Test]
    public void FloatAndImaginaryReprMatchPython()
    {
        var random = new Random(1234);
        var values = new List<double> { 0.0, 1.0, 0.1, 1e16, 1e15, 9999999999999998.0, 1e-4, 1e-5, 0.00012345, 123456789.0, 1e22, 1e23,
            5e-324, double.MaxValue, double.Epsilon, 2.2250738585072014e-308, double.PositiveInfinity, 1.5, 100.0, 3.14159, 1e300 };
        for (var i = 0; i < 3000; i++)
        {
            var bits = (long)(random.NextInt64() & 0x7FEF_FFFF_FFFF_FFFF);
            values.Add(BitConverter.Int64BitsToDouble(bits));
            values.Add(Math.Round(random.NextDouble() * Math.Pow(10, random.Next(-8, 20)), random.Next(0, 6)));
        }
        var hex = string.Join('\n', values.Select(v => BitConverter.DoubleToInt64Bits(v).ToString("x16", CultureInfo.InvariantCulture)));
        const string script = "import sys, struct\nfor line in sys.stdin.read().split():\n    x = struct.unpack('<d', bytes.fromhex(line)[::-1])[0]\n    print(repr(x), repr(complex(0, x)))\n";
        var lines = Python.RunScript(script, hex).Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.That(lines, Has.Length.EqualTo(values.Count));
        var failures = new List<string>();
        for (var i = 0; i < values.Count; i++)
        {
            var ours = PythonRepr.Float(values[i]) + " " + PythonRepr.Imaginary(values[i]);
            if (ours != lines[i]) failures.Add($"{values[i]:R}: ours {ours}, python {lines[i]}");
        }
        Assert.That(failures, Is.Empty, string.Join("\n", failures.Take(20)));
    }

    /// <summary>repr(str) of every code point (in chunks), which exercises the quote choice and isprintable.</summary>
    [Test]
    public void StrReprMatchesPythonForEveryCodePoint()
    {
        const string script = "import sys\nfor start in range(0, 0x110000, 64):\n    print(ascii(repr(''.join(chr(c) for c in range(start, start + 64)))))\n";
        var lines = Python.RunScript(script, string.Empty).Split('\n', StringSplitOptions.RemoveEmptyEntries);
        var failures = new List<string>();
        var index = 0;
        for (var start = 0; start < 0x110000; start += 64, index++)
        {
            var codePoints = Enumerable.Range(start, 64).ToArray();
            var ours = Ascii(PythonRepr.Str(codePoints));
            if (ours != lines[index]) failures.Add($"U+{start:X4}..: ours {ours}\n  python {lines[index]}");
        }
        Assert.That(failures, Is.Empty, string.Join("\n", failures.Take(10)));
        Assert.That(PythonRepr.Str("it's"), Is.EqualTo("\"it's\""));
        Assert.That(PythonRepr.Str("'\""), Is.EqualTo("'\\'\"'"));
        Assert.That(PythonRepr.Bytes([0, (byte)'\'', 0x7F, 0x80, (byte)'a']), Is.EqualTo("b\"\\x00'\\x7f\\x80a\""));
    }

    /// <summary>Every character name and alias python3 knows resolves through our table to the same code point.</summary>
    [Test]
    public void UnicodeNamesMatchPython()
    {
        const string script = "import unicodedata, sys\nfor c in range(0x110000):\n    n = unicodedata.name(chr(c), None)\n    if n: print('%X %s' % (c, n))\n";
        var failures = new List<string>();
        var count = 0;
        foreach (var line in Python.RunScript(script, string.Empty).Split('\n', StringSplitOptions.RemoveEmptyEntries))
        {
            var space = line.IndexOf(' ');
            var cp = int.Parse(line.AsSpan(0, space), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture);
            var name = line[(space + 1)..];
            count++;
            if (PythonUnicodeData.LookupName(name) != cp) failures.Add($"{name}: expected U+{cp:X4}, got {PythonUnicodeData.LookupName(name)}");
        }
        Assert.That(count, Is.GreaterThan(100_000));
        Assert.That(failures, Is.Empty, string.Join("\n", failures.Take(20)));
        Assert.That(PythonUnicodeData.LookupName("latin small letter a"), Is.EqualTo('a'));
        Assert.That(PythonUnicodeData.LookupName("LF"), Is.EqualTo('\n'));
        Assert.That(PythonUnicodeData.LookupName("BYTE ORDER MARK"), Is.EqualTo(0xFEFF));
        Assert.That(PythonUnicodeData.LookupName("hangul syllable ga"), Is.EqualTo(-1));
        Assert.That(PythonUnicodeData.LookupName("CJK UNIFIED IDEOGRAPH-4e00"), Is.EqualTo(-1));
        Assert.That(PythonUnicodeData.LookupName("TANGUT IDEOGRAPH-17000"), Is.EqualTo(-1));
    }

    private static string Ascii(string s)
    {
        // Python's ascii() of a str: quotes chosen as by repr, non-ASCII escaped.
        var codePoints = new List<int>();
        for (var i = 0; i < s.Length; i++)
        {
            if (char.IsHighSurrogate(s[i]) && i + 1 < s.Length && char.IsLowSurrogate(s[i + 1]))
            {
                codePoints.Add(char.ConvertToUtf32(s[i], s[i + 1]));
                i++;
            }
            else
            {
                codePoints.Add(s[i]);
            }
        }
        var builder = new StringBuilder();
        var hasSingle = codePoints.Contains('\'');
        var hasDouble = codePoints.Contains('"');
        var quote = hasSingle && !hasDouble ? '"' : '\'';
        builder.Append(quote);
        foreach (var cp in codePoints)
        {
            if (cp == quote || cp == '\\') builder.Append('\\').Append((char)cp);
            else if (cp == '\t') builder.Append("\\t");
            else if (cp == '\n') builder.Append("\\n");
            else if (cp == '\r') builder.Append("\\r");
            else if (cp < ' ' || cp >= 0x7F)
            {
                if (cp <= 0xFF) builder.Append("\\x").Append(cp.ToString("x2", CultureInfo.InvariantCulture));
                else if (cp <= 0xFFFF) builder.Append("\\u").Append(cp.ToString("x4", CultureInfo.InvariantCulture));
                else builder.Append("\\U").Append(cp.ToString("x8", CultureInfo.InvariantCulture));
            }
            else builder.Append((char)cp);
        }
        builder.Append(quote);
        return builder.ToString();
    }
}
