using PythonAot.Compiler.Semantics.Operations;

namespace PythonAot.Compiler.Semantics.Types;

/// <summary>A builtin function or module function referred to as a value (<c>key=len</c>, <c>map(str, xs)</c>).</summary>
public sealed record OperationType(Operation Operation) : PyType
{
    /// <inheritdoc/>
    public override PyTypeKind Kind => PyTypeKind.Operation;

    /// <inheritdoc/>
    public override string DisplayName => $"builtin {Operation.Name}";
}
