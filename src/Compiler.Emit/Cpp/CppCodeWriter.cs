using System.Text;

namespace PythonAot.Compiler.Emit.Cpp;

/// <summary>Appends C++ lines at an indentation level (four spaces a level, as clang-format's Google-ish default reads).</summary>
internal sealed class CppCodeWriter
{
    private readonly StringBuilder _text;
    private int _indent;

    /// <summary>Creates a writer appending to <paramref name="text"/>, starting at <paramref name="indent"/> levels.</summary>
    public CppCodeWriter(StringBuilder text, int indent = 0)
    {
        _text = text;
        _indent = indent;
    }

    /// <summary>The current indentation level.</summary>
    public int Indent => _indent;

    /// <summary>Inserts a line at <paramref name="position"/> (a length of <see cref="Text"/> taken earlier) at the current indentation.</summary>
    public void InsertLine(int position, string line) => _text.Insert(position, new string(' ', _indent * 4) + line + "\n");

    /// <summary>The text written so far.</summary>
    public StringBuilder Text => _text;

    /// <summary>Writes one line at the current indentation (an empty line has no trailing spaces).</summary>
    public void Line(string line = "")
    {
        if (line.Length > 0) _text.Append(' ', _indent * 4).Append(line);
        _text.Append('\n');
    }

    /// <summary>Writes a line without indentation (preprocessor directives and labels read best at column 0).</summary>
    public void RawLine(string line) => _text.Append(line).Append('\n');

    /// <summary>Writes <c>header {</c> and indents.</summary>
    public void Open(string header)
    {
        Line(header.Length == 0 ? "{" : header + " {");
        _indent++;
    }

    /// <summary>Unindents and writes <c>}</c> plus <paramref name="suffix"/>.</summary>
    public void Close(string suffix = "")
    {
        _indent--;
        Line("}" + suffix);
    }
}
