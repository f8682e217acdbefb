namespace PythonAot.Compiler.Semantics.Types;

/// <summary>A builtin type without type arguments; use the static instances on <see cref="PyType"/>.</summary>
public sealed record PrimitiveType(PrimitiveTypeKind PrimitiveKind) : PyType
{
    /// <inheritdoc/>
    public override PyTypeKind Kind => PyTypeKind.Primitive;

    /// <inheritdoc/>
    public override string DisplayName => PrimitiveKind switch
    {
        PrimitiveTypeKind.Int => "int",
        PrimitiveTypeKind.Float => "float",
        PrimitiveTypeKind.Bool => "bool",
        PrimitiveTypeKind.Str => "str",
        PrimitiveTypeKind.Bytes => "bytes",
        PrimitiveTypeKind.None => "None",
        PrimitiveTypeKind.Range => "range",
        PrimitiveTypeKind.Slice => "slice",
        PrimitiveTypeKind.Object => "object",
        PrimitiveTypeKind.Tensor => "Tensor",
        _ => PrimitiveKind.ToString(),
    };
}
