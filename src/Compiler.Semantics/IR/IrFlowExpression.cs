using PythonAot.Compiler.Semantics.Types;

namespace PythonAot.Compiler.Semantics.IR;

/// <summary>
/// Statements that run, in place, before a value is produced (Codon's FlowInstr): what a lowering leaves when it
/// turns an expression (a comprehension) into a loop without moving it out of its evaluation order.
/// </summary>
public sealed class IrFlowExpression(IrBlock body, IrExpression result) : IrExpression
{
    /// <summary>The statements run first.</summary>
    public IrBlock Body { get; set; } = body;

    /// <summary>The value.</summary>
    public IrExpression Result { get; set; } = result;

    /// <inheritdoc/>
    public override PyType Type => Result.Type;

    /// <inheritdoc/>
    public override IrNodeKind NodeKind => IrNodeKind.FlowExpression;
}
