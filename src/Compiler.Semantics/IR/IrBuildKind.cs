namespace PythonAot.Compiler.Semantics.IR;

/// <summary>The container an <see cref="IrBuild"/> or <see cref="IrComprehension"/> makes.</summary>
public enum IrBuildKind
{
    /// <summary>A list.</summary>
    List,
    /// <summary>A tuple (not for comprehensions).</summary>
    Tuple,
    /// <summary>A set.</summary>
    Set,
    /// <summary>A dict (elements come in key, value pairs).</summary>
    Dict,
    /// <summary>A generator (only for comprehensions: a generator expression).</summary>
    Generator,
}
