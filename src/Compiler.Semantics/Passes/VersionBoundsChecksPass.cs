using PythonAot.Compiler.Semantics.IR;
using PythonAot.Compiler.Semantics.Types;

namespace PythonAot.Compiler.Semantics.Passes;

/// <summary>
/// Versions small innermost range loops on the lengths of the lists they index by their counter, where
/// place-bounds-checks could not prove the index in range (<c>for k in range(inner): s += a_row[k] * ...</c>, the
/// length of a_row unknown):
/// <code>
/// if stop &lt;= len(xs):                      # (and 0 &lt;= start when the start is a variable)
///     for i in range(start, stop, step): ...  # xs[i] without a bounds check
/// else:
///     for i in range(start, stop, step): ...  # the loop as it was: CPython's IndexError where it happens
/// </code>
/// A loop qualifies when its step is a constant &gt; 0, its start a constant &gt;= 0 or a variable, its stop a
/// constant, a variable or <c>len(ys)</c> (so testing them first runs nothing and both read the same values), its
/// body and else block are straight-line code <see cref="LoopBodyCloner"/> copies (no loop, no call of user code, no
/// yield), the body does not assign the counter, and for each such list xs (a parameter, local or temporary) the body
/// neither assigns xs nor may change its length (<see cref="SequenceLengths"/>). Then every counter value of the loop
/// is in <c>[0, len(xs))</c> whenever the test passes. The cost is the test once per loop and the loop's code twice.
/// </summary>
public sealed class VersionBoundsChecksPass : FunctionPass
{
    /// <inheritdoc/>
    public override string Name => "version-bounds-checks";

    /// <inheritdoc/>
    public override string Description => "duplicates small loops indexing a list by their counter: a length test picks a copy without bounds checks";

    /// <inheritdoc/>
    public override void Run(IrFunction function, PassContext context) => new Versioner(function, context).RewriteFunction(function);

    private sealed class Versioner(IrFunction function, PassContext context) : IrRewriter
    {
        private SequenceLengths? _lengths;

        private SequenceLengths Lengths => _lengths ??= new SequenceLengths(function, context);

        protected override IrStatement? RewriteFor(IrFor node)
        {
            base.RewriteFor(node);
            if (node.ForKind != IrForKind.Range || node.Target.Variable is not { } counter) return node;
            if (node.Step is not IrConstant { Value: long step and > 0 }) return node;
            if (node.Start is not (IrConstant { Value: long and >= 0 } or IrLoad { Variable.Kind: not (IrVariableKind.Global or IrVariableKind.Captured) })) return node;
            if (!IsPlainStop(node.Stop!)) return node;
            if (!LoopBodyCloner.CanClone(node.Body) || !LoopBodyCloner.CanClone(node.Else)) return node;
            var written = IrVariableUses.Collect(node.Body).Written;
            if (written.Contains(counter)) return node;
            var sequences = CheckedAccesses(node.Body, counter)
                .Select(call => ((IrLoad)call.Arguments[0]).Variable)
                .Distinct()
                .Where(xs => xs.Kind is not (IrVariableKind.Global or IrVariableKind.Captured) && !written.Contains(xs) && !Lengths.MayChangeLength(node.Body, xs))
                .ToList();
            if (sequences.Count == 0 || Test(node, sequences) is not { } test) return node;
            var fast = IrFor.CreateRange(counter, LoopBodyCloner.Clone(node.Start!), LoopBodyCloner.Clone(node.Stop!), LoopBodyCloner.Clone(node.Step!),
                LoopBodyCloner.Clone(node.Body), LoopBodyCloner.Clone(node.Else));
            fast.Location = node.Location;
            foreach (var call in CheckedAccesses(fast.Body, counter))
                if (sequences.Contains(((IrLoad)call.Arguments[0]).Variable)) call.Checks &= ~IrCheck.BoundsCheck;
            var branch = new IrIf(test, new IrBlock([fast]) { Location = node.Location }, new IrBlock([node]) { Location = node.Location }) { Location = node.Location };
            return branch;
        }

        /// <summary>A stop that can be read before the loop with no effect and the same value: a constant, a variable, len of a variable.</summary>
        private static bool IsPlainStop(IrExpression stop) => stop switch
        {
            IrConstant { Value: long } => true,
            IrLoad { Variable.Kind: not (IrVariableKind.Global or IrVariableKind.Captured) } => true,
            IrCall { Overload.OperationName: "builtins.len", Arguments: [IrLoad { Variable.Kind: not (IrVariableKind.Global or IrVariableKind.Captured) }] } => true,
            _ => false,
        };

        /// <summary><c>stop &lt;= len(xs) and ...</c> (and <c>0 &lt;= start</c> for a variable start), or null when an overload is missing.</summary>
        private IrExpression? Test(IrFor loop, List<IrVariable> sequences)
        {
            if (context.ResolveOverload("operator.le", [PyType.Int, PyType.Int]) is not { } lessOrEqual) return null;
            var location = loop.Location;
            var parts = new List<IrExpression>();
            if (loop.Start is IrLoad start)
                parts.Add(new IrCall(lessOrEqual, [new IrConstant(0L) { Location = location }, new IrLoad(start.Variable) { Location = location }]) { Location = location });
            foreach (var sequence in sequences)
            {
                if (context.ResolveOverload("builtins.len", [sequence.Type]) is not { } len) return null;
                var length = new IrCall(len, [new IrLoad(sequence) { Location = location }], PyType.Int) { Location = location };
                parts.Add(new IrCall(lessOrEqual, [LoopBodyCloner.Clone(loop.Stop!), length]) { Location = location });
            }
            return Conjunction.Of(parts, location);
        }

        /// <summary>The bounds-checked <c>xs[counter]</c> reads and stores of a list variable xs in the body.</summary>
        private static List<IrCall> CheckedAccesses(IrBlock body, IrVariable counter)
        {
            var finder = new AccessFinder(counter);
            finder.VisitStatement(body);
            return finder.Calls;
        }
    }

    private sealed class AccessFinder(IrVariable counter) : IrVisitor
    {
        public List<IrCall> Calls { get; } = [];

        public override void VisitCall(IrCall node)
        {
            base.VisitCall(node);
            if (node.Checks.HasFlag(IrCheck.BoundsCheck) && node.Overload.OperationName is "operator.getitem" or "operator.setitem"
                && node.Arguments.Count >= 2 && node.Arguments[0] is IrLoad { Variable.Type: var type } && type.Resolve() is ListType
                && node.Arguments[1] is IrLoad { Variable: var index } && index == counter)
                Calls.Add(node);
        }
    }
}
