using PythonAot.Compiler.Semantics.Symbols;

namespace PythonAot.Compiler.Semantics.Types;

/// <summary>The class object itself (<c>type[C]</c>): what the name of a class refers to; calling it constructs an instance.</summary>
public sealed record ClassObjectType(ClassSymbol Class) : PyType
{
    /// <inheritdoc/>
    public override PyTypeKind Kind => PyTypeKind.ClassObject;

    /// <inheritdoc/>
    public override string DisplayName => $"type[{Class.Name}]";
}
