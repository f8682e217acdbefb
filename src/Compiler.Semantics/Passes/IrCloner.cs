using PythonAot.Compiler.Semantics.IR;

namespace PythonAot.Compiler.Semantics.Passes;

/// <summary>
/// Deep copies of lowered IR for the versioning passes, which put a copy and the original in the two branches of an
/// if: every statement and expression kind except those whose copy the backends could not hold twice in one function
/// or that hold state across a suspension — try (its finally code and labels), with, yield, nested functions
/// (<see cref="IrMakeClosure"/>) — and the high-level kinds the lowering passes remove (assert, augmented assignment,
/// comprehension, f-string). Copies share the variables, functions, overloads, fields and types; every node is new,
/// with its location and, for a call, its checks.
/// </summary>
internal static class IrCloner
{
    /// <summary>Whether <see cref="Clone(IrBlock)"/> can copy every node of the block.</summary>
    public static bool CanClone(IrBlock block) => block.Statements.All(CanClone);

    /// <summary>Whether <see cref="Clone(IrStatement)"/> can copy every node of the statement.</summary>
    public static bool CanClone(IrStatement statement) => statement switch
    {
        IrBlock block => CanClone(block),
        IrAssign assign => CanClone(assign.Value),
        IrEvaluate evaluate => CanClone(evaluate.Expression),
        IrStoreField store => CanClone(store.Instance) && CanClone(store.Value),
        IrIf branch => CanClone(branch.Condition) && CanClone(branch.Then) && CanClone(branch.Else),
        IrWhile loop => CanClone(loop.Condition) && CanClone(loop.Body) && CanClone(loop.Else),
        IrFor loop => new[] { loop.Iterable, loop.Start, loop.Stop, loop.Step }.All(e => e is null || CanClone(e)) && CanClone(loop.Body) && CanClone(loop.Else),
        IrReturn ret => ret.Value is null || CanClone(ret.Value),
        IrRaise raise => (raise.Exception is null || CanClone(raise.Exception)) && (raise.Cause is null || CanClone(raise.Cause)),
        IrUnpack unpack => CanClone(unpack.Value),
        IrBreak or IrContinue or IrDelete => true,
        _ => false,
    };

    /// <summary>Whether <see cref="Clone(IrExpression)"/> can copy every node of the expression.</summary>
    public static bool CanClone(IrExpression expression) => expression switch
    {
        IrConstant or IrLoad => true,
        IrCall call => call.Arguments.All(CanClone),
        IrCallFunction call => call.Arguments.All(CanClone),
        IrCallIndirect call => CanClone(call.Callee) && call.Arguments.All(CanClone),
        IrNew construct => construct.Arguments.All(CanClone),
        IrMethodCall call => CanClone(call.Receiver) && call.Arguments.All(CanClone),
        IrFieldLoad field => CanClone(field.Instance),
        IrBuild build => build.Elements.All(CanClone),
        IrConvert convert => CanClone(convert.Value),
        IrIsInstance test => CanClone(test.Value),
        IrNot not => CanClone(not.Operand),
        IrConditional conditional => CanClone(conditional.Condition) && CanClone(conditional.WhenTrue) && CanClone(conditional.WhenFalse),
        IrShortCircuit shortCircuit => CanClone(shortCircuit.Left) && CanClone(shortCircuit.Truth) && CanClone(shortCircuit.Right),
        IrFlowExpression flow => CanClone(flow.Body) && CanClone(flow.Result),
        _ => false,
    };

    /// <summary>A copy of a block that <see cref="CanClone(IrBlock)"/> accepts.</summary>
    public static IrBlock Clone(IrBlock block) => At(new IrBlock(block.Statements.Select(Clone)), block);

    /// <summary>A copy of a statement that <see cref="CanClone(IrStatement)"/> accepts.</summary>
    public static IrStatement Clone(IrStatement statement) => statement switch
    {
        IrBlock block => Clone(block),
        IrAssign assign => At(new IrAssign(assign.Target, Clone(assign.Value)), assign),
        IrEvaluate evaluate => At(new IrEvaluate(Clone(evaluate.Expression)), evaluate),
        IrStoreField store => At(new IrStoreField(Clone(store.Instance), store.Field, Clone(store.Value)), store),
        IrIf branch => At(new IrIf(Clone(branch.Condition), Clone(branch.Then), Clone(branch.Else)), branch),
        IrWhile loop => At(new IrWhile(Clone(loop.Condition), Clone(loop.Body), Clone(loop.Else)), loop),
        IrFor { ForKind: IrForKind.Range } loop => At(IrFor.CreateRange(loop.Target.Variable!, Clone(loop.Start!), Clone(loop.Stop!), Clone(loop.Step!), Clone(loop.Body), Clone(loop.Else)), loop),
        IrFor loop => At(new IrFor(loop.ForKind, Clone(loop.Target), Clone(loop.Iterable!), Clone(loop.Body), Clone(loop.Else)), loop),
        IrReturn ret => At(new IrReturn(ret.Value is null ? null : Clone(ret.Value)), ret),
        IrRaise raise => At(new IrRaise(raise.Exception is null ? null : Clone(raise.Exception), raise.Cause is null ? null : Clone(raise.Cause)), raise),
        IrUnpack unpack => At(new IrUnpack(Clone(unpack.Target), Clone(unpack.Value)), unpack),
        IrDelete delete => At(new IrDelete(delete.Variable), delete),
        IrBreak => At(new IrBreak(), statement),
        IrContinue => At(new IrContinue(), statement),
        _ => throw new InvalidOperationException($"{statement.NodeKind} is not copied (CanClone rejects it)"),
    };

    /// <summary>A copy of an expression that <see cref="CanClone(IrExpression)"/> accepts.</summary>
    public static IrExpression Clone(IrExpression expression) => expression switch
    {
        IrConstant constant => At(new IrConstant(constant.Value), constant),
        IrLoad load => At(new IrLoad(load.Variable), load),
        IrCall call => At(new IrCall(call.Overload, Clone(call.Arguments), call.ResultType, call.KeywordNames) { Checks = call.Checks }, call),
        IrCallFunction call => At(new IrCallFunction(call.Function, Clone(call.Arguments)), call),
        IrCallIndirect call => At(new IrCallIndirect(Clone(call.Callee), Clone(call.Arguments)), call),
        IrNew construct => At(new IrNew(construct.ClassType, construct.Initializer, Clone(construct.Arguments)), construct),
        IrMethodCall call => At(new IrMethodCall(Clone(call.Receiver), call.Method, call.IsVirtual, Clone(call.Arguments)), call),
        IrFieldLoad field => At(new IrFieldLoad(Clone(field.Instance), field.Field), field),
        IrBuild build => At(new IrBuild(build.BuildKind, build.BuiltType, Clone(build.Elements)), build),
        IrConvert convert => At(new IrConvert(Clone(convert.Value), convert.TargetType, convert.ConversionKind), convert),
        IrIsInstance test => At(new IrIsInstance(Clone(test.Value), test.TestedType), test),
        IrNot not => At(new IrNot(Clone(not.Operand)), not),
        IrConditional conditional => At(new IrConditional(Clone(conditional.Condition), Clone(conditional.WhenTrue), Clone(conditional.WhenFalse)), conditional),
        IrShortCircuit shortCircuit => At(new IrShortCircuit(shortCircuit.OperatorKind, Clone(shortCircuit.Left), shortCircuit.TruthVariable, Clone(shortCircuit.Truth), Clone(shortCircuit.Right)), shortCircuit),
        IrFlowExpression flow => At(new IrFlowExpression(Clone(flow.Body), Clone(flow.Result)), flow),
        _ => throw new InvalidOperationException($"{expression.NodeKind} is not copied (CanClone rejects it)"),
    };

    private static List<IrExpression> Clone(List<IrExpression> expressions) => expressions.Select(Clone).ToList();

    private static IrTarget Clone(IrTarget target) => target.Variable is { } variable
        ? IrTarget.ForVariable(variable, target.IsStarred)
        : IrTarget.ForTuple(target.Elements!.Select(Clone), target.Type, target.IsStarred);

    private static T At<T>(T copy, IrNode original) where T : IrNode
    {
        copy.Location = original.Location;
        return copy;
    }
}
