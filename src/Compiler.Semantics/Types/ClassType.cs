using PythonAot.Compiler.Semantics.Symbols;

namespace PythonAot.Compiler.Semantics.Types;

/// <summary>An instance of a class (user-defined or a builtin exception class); compared by the class symbol.</summary>
public sealed record ClassType(ClassSymbol Class) : PyType
{
    /// <inheritdoc/>
    public override PyTypeKind Kind => PyTypeKind.Class;

    /// <inheritdoc/>
    public override string DisplayName => Class.Name;
}
