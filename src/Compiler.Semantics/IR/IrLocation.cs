namespace PythonAot.Compiler.Semantics.IR;

/// <summary>A source position of an IR node: file path, 1-based line and 1-based column.</summary>
/// <param name="Path">The source file path as given to the compilation.</param>
/// <param name="Line">The 1-based line.</param>
/// <param name="Column">The 1-based column.</param>
public sealed record IrLocation(string Path, int Line, int Column)
{
    /// <summary><c>example.py:4:12</c>.</summary>
    public override string ToString() => $"{Path}:{Line}:{Column}";
}
