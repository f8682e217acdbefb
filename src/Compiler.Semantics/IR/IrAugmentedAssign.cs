using PythonAot.Compiler.Semantics.Operations;

namespace PythonAot.Compiler.Semantics.IR;

/// <summary>
/// <c>target op= value</c> with the overload type propagation chose (high-level; lower-augmented-assignment
/// makes it <c>target = overload(target, value)</c>). The overload is the in-place one when the type has it
/// (<c>operator.iadd(list[T], Iterator[T]) -> list[T]</c> extends the list) and the plain one otherwise
/// (<c>operator.add(int, int) -> int</c>).
/// </summary>
public sealed class IrAugmentedAssign(IrVariable target, OperationOverload overload, IrExpression value) : IrStatement
{
    /// <summary>The variable updated.</summary>
    public IrVariable Target { get; set; } = target;

    /// <summary>The overload applied to the target and the value.</summary>
    public OperationOverload Overload { get; set; } = overload;

    /// <summary>The right-hand side.</summary>
    public IrExpression Value { get; set; } = value;

    /// <inheritdoc/>
    public override IrNodeKind NodeKind => IrNodeKind.AugmentedAssign;
}
