namespace PythonAot.Compiler.Syntax;

/// <summary>The Python grammar version the parser accepts.</summary>
public enum PythonLanguageVersion
{
    /// <summary>Python 3.11, the default: CPython 3.11 is the oracle of the whole compiler.</summary>
    Python311 = 311,

    /// <summary>Python 3.11 plus 3.12's <c>type X = ...</c> statement and generic parameter lists.</summary>
    Python312 = 312,
}
