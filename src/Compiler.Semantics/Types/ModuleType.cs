namespace PythonAot.Compiler.Semantics.Types;

/// <summary>A module object: what <c>math</c> refers to after <c>import math</c>.</summary>
public sealed record ModuleType(string ModuleName) : PyType
{
    /// <inheritdoc/>
    public override PyTypeKind Kind => PyTypeKind.Module;

    /// <inheritdoc/>
    public override string DisplayName => $"module '{ModuleName}'";
}
