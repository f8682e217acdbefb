namespace PythonAot.Compiler.Semantics.IR;

/// <summary><c>for target in iterable</c> inside a comprehension (its variables are locals of the enclosing function, as after PEP 709).</summary>
public sealed class IrComprehensionFor(IrForKind forKind, IrTarget target, IrExpression iterable) : IrComprehensionClause
{
    /// <summary>Sequence or iterator (a range comprehension iterates the range by the iterator protocol).</summary>
    public IrForKind ForKind { get; } = forKind == IrForKind.Range ? throw new ArgumentException("comprehension clauses iterate sequences or iterators", nameof(forKind)) : forKind;

    /// <summary>What each element is bound to.</summary>
    public IrTarget Target { get; set; } = target;

    /// <summary>The iterated value.</summary>
    public IrExpression Iterable { get; set; } = iterable;
}
