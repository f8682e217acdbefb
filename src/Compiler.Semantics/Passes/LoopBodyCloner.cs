using PythonAot.Compiler.Semantics.IR;

namespace PythonAot.Compiler.Semantics.Passes;

/// <summary>
/// The straight-line loop bodies <see cref="VersionBoundsChecksPass"/> duplicates: assignments, field stores,
/// evaluations, ifs, break, continue and the expressions of arithmetic and element access. Nothing that holds a loop,
/// a nested function, a flow expression, a call of user code or a yield is accepted (the pass only versions small
/// innermost loops, and a copy of those would change nothing but size); <see cref="IrCloner"/> makes the copies.
/// </summary>
internal static class LoopBodyCloner
{
    /// <summary>Whether <see cref="Clone(IrBlock)"/> can copy every node of the block.</summary>
    public static bool CanClone(IrBlock block) => block.Statements.All(CanClone);

    private static bool CanClone(IrStatement statement) => statement switch
    {
        IrBlock block => CanClone(block),
        IrAssign assign => CanClone(assign.Value),
        IrEvaluate evaluate => CanClone(evaluate.Expression),
        IrStoreField store => CanClone(store.Instance) && CanClone(store.Value),
        IrIf branch => CanClone(branch.Condition) && CanClone(branch.Then) && CanClone(branch.Else),
        IrBreak or IrContinue => true,
        _ => false,
    };

    private static bool CanClone(IrExpression expression) => expression switch
    {
        IrConstant or IrLoad => true,
        IrCall call => call.Arguments.All(CanClone),
        IrFieldLoad field => CanClone(field.Instance),
        IrConvert convert => CanClone(convert.Value),
        IrNot not => CanClone(not.Operand),
        IrConditional conditional => CanClone(conditional.Condition) && CanClone(conditional.WhenTrue) && CanClone(conditional.WhenFalse),
        IrShortCircuit shortCircuit => CanClone(shortCircuit.Left) && CanClone(shortCircuit.Truth) && CanClone(shortCircuit.Right),
        _ => false,
    };

    /// <summary>A copy of a block that <see cref="CanClone(IrBlock)"/> accepts (<see cref="IrCloner"/> copies any of them).</summary>
    public static IrBlock Clone(IrBlock block) => IrCloner.Clone(block);

    /// <summary>A copy of an expression that the cloner accepts (see <see cref="CanClone(IrBlock)"/>).</summary>
    public static IrExpression Clone(IrExpression expression) => IrCloner.Clone(expression);
}
