namespace PythonAot.Compiler.Semantics.Symbols;

/// <summary>Where a variable lives.</summary>
public enum VariableKind
{
    /// <summary>A module-level variable.</summary>
    Global,
    /// <summary>A local of a function, lambda or comprehension.</summary>
    Local,
    /// <summary>A class-body variable (a class attribute).</summary>
    ClassAttribute,
}
