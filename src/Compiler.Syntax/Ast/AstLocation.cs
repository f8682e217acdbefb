namespace PythonAot.Compiler.Syntax;

/// <summary>
/// The position attributes CPython's <c>ast</c> gives a node: 1-based lines, columns in UTF-8 bytes from the
/// start of the line (after a byte-order mark, which CPython strips).
/// </summary>
/// <param name="Lineno">The 1-based first line (<c>lineno</c>).</param>
/// <param name="ColOffset">The UTF-8 byte column of the start (<c>col_offset</c>).</param>
/// <param name="EndLineno">The 1-based last line (<c>end_lineno</c>).</param>
/// <param name="EndColOffset">The UTF-8 byte column just past the end (<c>end_col_offset</c>).</param>
public readonly record struct AstLocation(int Lineno, int ColOffset, int EndLineno, int EndColOffset);
