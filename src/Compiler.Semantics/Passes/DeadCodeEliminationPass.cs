using PythonAot.Compiler.Semantics.IR;

namespace PythonAot.Compiler.Semantics.Passes;

/// <summary>
/// Removes code that cannot run or whose result nobody reads: statements after return, raise, break or continue
/// in the same block; the branch of an if with a constant condition that is not taken; a while loop whose
/// condition is the constant False (its else block runs); and assignments to temporaries never read whose value
/// has no effect and cannot raise (constants, loads, displays of those, pure total overloads), the temporary
/// leaving the function's locals.
/// </summary>
public sealed class DeadCodeEliminationPass : FunctionPass
{
    /// <inheritdoc/>
    public override string Name => "dead-code-elimination";

    /// <inheritdoc/>
    public override string Description => "removes unreachable statements, constant branches and unused pure temporaries";

    /// <inheritdoc/>
    public override void Run(IrFunction function, PassContext context)
    {
        new Rewriter().RewriteFunction(function);
        // Removing one temporary can make another one unused: repeat until nothing changes.
        while (true)
        {
            var uses = IrVariableUses.Collect(function);
            var unused = function.Locals.Where(v => v.Kind == IrVariableKind.Temporary && !uses.Read.Contains(v)).ToHashSet();
            var remover = new UnusedTemporaries(unused);
            remover.RewriteFunction(function);
            if (remover.Removed.Count == 0) break;
            var remaining = IrVariableUses.Collect(function);
            function.Locals.RemoveAll(v => remover.Removed.Contains(v) && !remaining.Written.Contains(v) && !remaining.Read.Contains(v));
        }
    }

    /// <summary>Whether evaluating the expression has no effect and cannot raise.</summary>
    public static bool IsPure(IrExpression expression) => expression switch
    {
        IrConstant or IrLoad or IrMakeClosure => true,
        IrBuild build => build.Elements.All(IsPure),
        IrCall call => call.Overload.IsPureAndTotal && call.Arguments.All(IsPure),
        IrNot not => IsPure(not.Operand),
        IrConvert convert => convert.ConversionKind != IrConversionKind.Narrow && IsPure(convert.Value),
        IrIsInstance isInstance => IsPure(isInstance.Value),
        IrConditional conditional => IsPure(conditional.Condition) && IsPure(conditional.WhenTrue) && IsPure(conditional.WhenFalse),
        _ => false,
    };

    private sealed class Rewriter : IrRewriter
    {
        public override IrBlock RewriteBlock(IrBlock block)
        {
            base.RewriteBlock(block);
            var end = block.Statements.FindIndex(s => s is IrReturn or IrRaise or IrBreak or IrContinue);
            if (end >= 0) block.Statements.RemoveRange(end + 1, block.Statements.Count - end - 1);
            return block;
        }

        protected override IrStatement? RewriteIf(IrIf node)
        {
            base.RewriteIf(node);
            return node.Condition is IrConstant { Value: bool value } ? (value ? node.Then : node.Else) : node;
        }

        protected override IrStatement? RewriteWhile(IrWhile node)
        {
            base.RewriteWhile(node);
            return node.Condition is IrConstant { Value: false } ? node.Else : node;
        }
    }

    private sealed class UnusedTemporaries(HashSet<IrVariable> unused) : IrRewriter
    {
        public HashSet<IrVariable> Removed { get; } = [];

        protected override IrStatement? RewriteAssign(IrAssign node)
        {
            base.RewriteAssign(node);
            if (!unused.Contains(node.Target) || !IsPure(node.Value)) return node;
            Removed.Add(node.Target);
            return null;
        }
    }
}
