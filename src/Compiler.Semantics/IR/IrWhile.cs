namespace PythonAot.Compiler.Semantics.IR;

/// <summary><c>while condition: body else: else</c>; the else block runs when the loop ends without break.</summary>
public sealed class IrWhile(IrExpression condition, IrBlock body, IrBlock? @else = null) : IrStatement
{
    /// <summary>The condition, of type bool, evaluated before each iteration.</summary>
    public IrExpression Condition { get; set; } = condition;

    /// <summary>The loop body.</summary>
    public IrBlock Body { get; set; } = body;

    /// <summary>Runs when the condition becomes false (not after break); empty when absent.</summary>
    public IrBlock Else { get; set; } = @else ?? new IrBlock();

    /// <inheritdoc/>
    public override IrNodeKind NodeKind => IrNodeKind.While;
}
