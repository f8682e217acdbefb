namespace PythonAot.Compiler.Semantics.Types;

/// <summary>
/// An opaque type a native library provides and a user registers with the operation library (<c>Image</c> for a
/// native <c>resize(Image, int, int) -> Image</c>). Python code only passes it around and calls its registered ops.
/// </summary>
public sealed record NativeType(string Name) : PyType
{
    /// <inheritdoc/>
    public override PyTypeKind Kind => PyTypeKind.Native;

    /// <inheritdoc/>
    public override string DisplayName => Name;
}
