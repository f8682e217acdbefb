namespace PythonAot.Compiler.Semantics.Types;

/// <summary>The type of an expression that could not be typed; a diagnostic has been reported, so nothing further is.</summary>
public sealed record ErrorType : PyType
{
    /// <inheritdoc/>
    public override PyTypeKind Kind => PyTypeKind.Error;

    /// <inheritdoc/>
    public override string DisplayName => "<error>";
}
