namespace PythonAot.Compiler.Semantics.Types;

/// <summary>A generic parameter of an op-library signature (<c>T</c> in <c>len(list[T]) -> int</c>); bound afresh at each overload resolution.</summary>
public sealed record TypeParameter(string Name) : PyType
{
    /// <inheritdoc/>
    public override PyTypeKind Kind => PyTypeKind.TypeParameter;

    /// <inheritdoc/>
    public override string DisplayName => Name;
}
