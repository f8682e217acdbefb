namespace PythonAot.Compiler.Syntax.Tests.Ast;

/// <summary>What CPython said about one source: its AST dump, or the line of its error.</summary>
internal sealed record OracleResult(bool Accepted, string Dump, int ErrorLine, int ErrorOffset, string ErrorMessage)
{
    /// <summary>Parses the oracle file text: <c>OK\n&lt;dump&gt;\n</c> or <c>ERR &lt;lineno&gt; &lt;offset&gt;\n&lt;Type&gt;: &lt;msg&gt;\n</c>.</summary>
    public static OracleResult Parse(string text)
    {
        var newline = text.IndexOf('\n');
        var head = newline < 0 ? text : text[..newline];
        var rest = newline < 0 ? string.Empty : text[(newline + 1)..].TrimEnd('\n');
        if (head == "OK") return new OracleResult(true, rest, 0, 0, string.Empty);
        var parts = head.Split(' ');
        var line = parts.Length > 1 ? int.Parse(parts[1], System.Globalization.CultureInfo.InvariantCulture) : 0;
        var offset = parts.Length > 2 ? int.Parse(parts[2], System.Globalization.CultureInfo.InvariantCulture) : 0;
        return new OracleResult(false, string.Empty, line, offset, rest);
    }
}
