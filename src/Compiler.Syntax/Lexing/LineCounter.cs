namespace PythonAot.Compiler.Syntax.InternalSyntax;

/// <summary>
/// 1-based line numbers of positions, counted on demand (only error messages need them). Lines end at "\n",
/// "\r\n" or a lone "\r", as CPython translates them. Queries usually move forward, so the last answer is kept
/// and counting resumes from there.
/// </summary>
internal sealed class LineCounter(string text)
{
    private int _position;
    private int _line = 1;

    /// <summary>The line of the character at <paramref name="position"/>.</summary>
    public int LineOf(int position)
    {
        if (position < _position)
        {
            _position = 0;
            _line = 1;
        }
        var line = _line;
        for (var i = _position; i < position && i < text.Length; i++)
        {
            var c = text[i];
            if (c == '\n') line++;
            else if (c == '\r' && (i + 1 >= text.Length || text[i + 1] != '\n')) line++;
        }
        _position = position;
        _line = line;
        return line;
    }
}
