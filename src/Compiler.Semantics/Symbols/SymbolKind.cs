namespace PythonAot.Compiler.Semantics.Symbols;

/// <summary>What a <see cref="Symbol"/> names.</summary>
public enum SymbolKind
{
    /// <summary>A module of the compilation, or an imported library module.</summary>
    Module,
    /// <summary>A class (user-defined or builtin, such as ValueError).</summary>
    Class,
    /// <summary>A function, method or lambda.</summary>
    Function,
    /// <summary>A parameter of a function or lambda.</summary>
    Parameter,
    /// <summary>A variable: module global, function local, or a comprehension's iteration variable.</summary>
    Variable,
    /// <summary>An instance field of a class.</summary>
    Field,
    /// <summary>A builtin function or module member implemented by the operation library.</summary>
    Operation,
}
