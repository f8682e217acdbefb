namespace PythonAot.Compiler.Semantics.Symbols;

/// <summary>How an argument reaches a parameter.</summary>
public enum ParameterKind
{
    /// <summary>Before a <c>/</c>: positional only.</summary>
    PositionalOnly,
    /// <summary>The ordinary kind: by position or by name.</summary>
    PositionalOrKeyword,
    /// <summary>After <c>*</c> or <c>*args</c>: by name only.</summary>
    KeywordOnly,
    /// <summary><c>*args</c>.</summary>
    VarPositional,
    /// <summary><c>**kwargs</c>.</summary>
    VarKeyword,
}
