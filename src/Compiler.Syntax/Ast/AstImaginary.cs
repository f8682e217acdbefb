namespace PythonAot.Compiler.Syntax;

/// <summary>The value of an imaginary literal such as <c>1.5j</c>: Python's <c>complex(0, Imaginary)</c>.</summary>
/// <param name="Imaginary">The imaginary part.</param>
public readonly record struct AstImaginary(double Imaginary)
{
    /// <summary>Python's repr: <c>1.5j</c>, <c>1e+16j</c>, <c>infj</c>.</summary>
    public override string ToString() => PythonRepr.Imaginary(Imaginary);
}
