namespace PythonAot.Compiler.Syntax.InternalSyntax;

// The one thing the parser needs from the lexer beyond its token contract: line numbers for CPython's
// "expected an indented block after 'if' statement on line N". Kept here, next to its only user.
internal sealed partial class Lexer
{
    /// <summary>The 1-based line of a text position (error paths only).</summary>
    internal int GetLineNumberForParser(int position) => _lines.LineOf(position);
}
