using PythonAot.Compiler.Semantics.IR;

namespace PythonAot.Compiler.Semantics.Passes;

/// <summary>
/// Deep copies of the straight-line loop bodies <see cref="VersionBoundsChecksPass"/> duplicates: assignments,
/// field stores, evaluations, ifs, break, continue and the expressions of arithmetic and element access. Nothing
/// that holds a loop, a nested function, a flow expression, a call of user code or a yield is copied (the pass
/// only versions small innermost loops, and a copy of those would change nothing but size). Copies share the
/// variables, overloads and symbols; nodes are new, with their locations and checks.
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

    /// <summary>A copy of a block that <see cref="CanClone(IrBlock)"/> accepts.</summary>
    public static IrBlock Clone(IrBlock block) => At(new IrBlock(block.Statements.Select(Clone)), block);

    private static IrStatement Clone(IrStatement statement) => statement switch
    {
        IrBlock block => Clone(block),
        IrAssign assign => At(new IrAssign(assign.Target, Clone(assign.Value)), assign),
        IrEvaluate evaluate => At(new IrEvaluate(Clone(evaluate.Expression)), evaluate),
        IrStoreField store => At(new IrStoreField(Clone(store.Instance), store.Field, Clone(store.Value)), store),
        IrIf branch => At(new IrIf(Clone(branch.Condition), Clone(branch.Then), Clone(branch.Else)), branch),
        IrBreak => At(new IrBreak(), statement),
        IrContinue => At(new IrContinue(), statement),
        _ => throw new InvalidOperationException($"{statement.NodeKind} is not copied (CanClone rejects it)"),
    };

    /// <summary>A copy of an expression that the cloner accepts (see <see cref="CanClone(IrBlock)"/>).</summary>
    public static IrExpression Clone(IrExpression expression) => expression switch
    {
        IrConstant constant => At(new IrConstant(constant.Value), constant),
        IrLoad load => At(new IrLoad(load.Variable), load),
        IrCall call => At(new IrCall(call.Overload, call.Arguments.Select(Clone), call.ResultType, call.KeywordNames) { Checks = call.Checks }, call),
        IrFieldLoad field => At(new IrFieldLoad(Clone(field.Instance), field.Field), field),
        IrConvert convert => At(new IrConvert(Clone(convert.Value), convert.TargetType, convert.ConversionKind), convert),
        IrNot not => At(new IrNot(Clone(not.Operand)), not),
        IrConditional conditional => At(new IrConditional(Clone(conditional.Condition), Clone(conditional.WhenTrue), Clone(conditional.WhenFalse)), conditional),
        IrShortCircuit shortCircuit => At(new IrShortCircuit(shortCircuit.OperatorKind, Clone(shortCircuit.Left), shortCircuit.TruthVariable, Clone(shortCircuit.Truth), Clone(shortCircuit.Right)), shortCircuit),
        _ => throw new InvalidOperationException($"{expression.NodeKind} is not copied (CanClone rejects it)"),
    };

    private static T At<T>(T copy, IrNode original) where T : IrNode
    {
        copy.Location = original.Location;
        return copy;
    }
}
