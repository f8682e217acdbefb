namespace PythonAot.Compiler.Semantics.IR;

/// <summary><c>if condition: then else: else</c>; the condition is a bool (truthiness is an explicit <c>operator.truth</c> call).</summary>
public sealed class IrIf(IrExpression condition, IrBlock then, IrBlock? @else = null) : IrStatement
{
    /// <summary>The condition, of type bool.</summary>
    public IrExpression Condition { get; set; } = condition;

    /// <summary>Runs when the condition is true.</summary>
    public IrBlock Then { get; set; } = then;

    /// <summary>Runs when it is false (elif chains nest here); empty when absent.</summary>
    public IrBlock Else { get; set; } = @else ?? new IrBlock();

    /// <inheritdoc/>
    public override IrNodeKind NodeKind => IrNodeKind.If;
}
