using PythonAot.Compiler.Semantics.Types;

namespace PythonAot.Compiler.Semantics.IR;

/// <summary>
/// <c>left and right</c> / <c>left or right</c> with Python semantics: the result is one of the operands (both of
/// the expression's type), and <see cref="Truth"/> — a bool expression reading <see cref="TruthVariable"/>, which
/// holds the left operand — decides which one.
/// </summary>
public sealed class IrShortCircuit(IrShortCircuitKind operatorKind, IrExpression left, IrVariable truthVariable, IrExpression truth, IrExpression right) : IrExpression
{
    /// <summary>And or or.</summary>
    public IrShortCircuitKind OperatorKind { get; } = operatorKind;

    /// <summary>The left operand, evaluated first and stored in <see cref="TruthVariable"/>.</summary>
    public IrExpression Left { get; set; } = left;

    /// <summary>The temporary that holds the left operand (read by <see cref="Truth"/> and returned when it decides).</summary>
    public IrVariable TruthVariable { get; set; } = truthVariable;

    /// <summary>The truth test of the left operand (for bool operands, a load of <see cref="TruthVariable"/>).</summary>
    public IrExpression Truth { get; set; } = truth;

    /// <summary>The right operand, evaluated only when needed.</summary>
    public IrExpression Right { get; set; } = right;

    /// <inheritdoc/>
    public override PyType Type => Left.Type;

    /// <inheritdoc/>
    public override IrNodeKind NodeKind => IrNodeKind.ShortCircuit;
}
