namespace PythonAot.Compiler.Semantics.IR;

/// <summary>The conversion of a replacement field in an f-string.</summary>
public enum IrFormatConversion
{
    /// <summary>No conversion.</summary>
    None,
    /// <summary><c>!s</c>: <c>str(value)</c>.</summary>
    Str,
    /// <summary><c>!r</c>: <c>repr(value)</c>.</summary>
    Repr,
    /// <summary><c>!a</c>: <c>ascii(value)</c>.</summary>
    Ascii,
}
