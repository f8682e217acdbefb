using System.Globalization;

namespace PythonAot.Compiler.Semantics.Tests.Binding;

/// <summary>One file's answer from tools/cpython_symtable_dump.py.</summary>
internal sealed record SymtableResult(string? Dump, string? ErrorStage, int ErrorLine, int ErrorOffset, string? ErrorMessage)
{
    public bool Accepted => Dump is not null;

    public static SymtableResult Parse(string text)
    {
        if (text.StartsWith("OK\n", StringComparison.Ordinal)) return new SymtableResult(text, null, 0, 0, null);
        var lines = text.Split('\n');
        var header = lines[0].Split(' ');
        var message = lines.Length > 1 ? lines[1] : string.Empty;
        var colon = message.IndexOf(": ", StringComparison.Ordinal);
        return new SymtableResult(null, header[1], int.Parse(header[2], CultureInfo.InvariantCulture),
            int.Parse(header[3], CultureInfo.InvariantCulture), colon >= 0 ? message[(colon + 2)..] : message);
    }
}
