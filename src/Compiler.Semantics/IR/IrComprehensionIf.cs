namespace PythonAot.Compiler.Semantics.IR;

/// <summary><c>if condition</c> inside a comprehension.</summary>
public sealed class IrComprehensionIf(IrExpression condition) : IrComprehensionClause
{
    /// <summary>The filter, of type bool.</summary>
    public IrExpression Condition { get; set; } = condition;
}
