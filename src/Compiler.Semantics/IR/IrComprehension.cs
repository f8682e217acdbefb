using PythonAot.Compiler.Semantics.Types;

namespace PythonAot.Compiler.Semantics.IR;

/// <summary>
/// A list, set or dict comprehension or a generator expression (high-level; lower-comprehensions removes it).
/// The first clause is a for clause.
/// </summary>
public sealed class IrComprehension(IrBuildKind buildKind, PyType type, IrExpression element, IrExpression? value, IEnumerable<IrComprehensionClause> clauses) : IrExpression
{
    /// <summary>List, set, dict or generator.</summary>
    public IrBuildKind BuildKind { get; } = buildKind == IrBuildKind.Tuple ? throw new ArgumentException("there are no tuple comprehensions", nameof(buildKind)) : buildKind;

    /// <summary>The element (the key for a dict comprehension).</summary>
    public IrExpression Element { get; set; } = element;

    /// <summary>The value of a dict comprehension, else null.</summary>
    public IrExpression? Value { get; set; } = value;

    /// <summary>The for and if clauses, outermost first.</summary>
    public List<IrComprehensionClause> Clauses { get; } = clauses.ToList();

    /// <summary>The result type: list[T], set[T], dict[K, V] or Generator[T, None, None].</summary>
    public PyType ResultType { get; set; } = type;

    /// <inheritdoc/>
    public override PyType Type => ResultType;

    /// <inheritdoc/>
    public override IrNodeKind NodeKind => IrNodeKind.Comprehension;
}
