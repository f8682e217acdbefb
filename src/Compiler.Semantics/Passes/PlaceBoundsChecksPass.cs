using PythonAot.Compiler.Semantics.IR;
using PythonAot.Compiler.Semantics.Operations;

namespace PythonAot.Compiler.Semantics.Passes;

/// <summary>
/// Marks calls that can fail a lookup: an overload that raises IndexError gets <see cref="IrCheck.BoundsCheck"/>,
/// one that raises KeyError gets <see cref="IrCheck.KeyCheck"/>. The bounds check is skipped for
/// <c>operator.getitem(xs, i)</c> and <c>operator.setitem(xs, i, v)</c> when all of this holds:
/// <list type="bullet">
/// <item>the call is in the body of <c>for i in range(start, builtins.len(xs), step)</c> with constant
/// <c>start &gt;= 0</c> and constant <c>step &gt; 0</c>, so <c>0 &lt;= i &lt; len(xs)</c> when the loop starts;</item>
/// <item>xs is a parameter, local or temporary (not a global, not a capture) and the body assigns neither xs
/// nor i;</item>
/// <item>nothing in the body can change the length of xs: no call of an overload that mutates an argument
/// (xs or an alias of it) other than an item store <c>operator.setitem(seq, int, v)</c>, no call of a user function, method, closure or constructor (it could mutate xs
/// through an alias), and no yield (the consumer could).</item>
/// </list>
/// </summary>
public sealed class PlaceBoundsChecksPass : FunctionPass
{
    /// <inheritdoc/>
    public override string Name => "place-bounds-checks";

    /// <inheritdoc/>
    public override string Description => "marks indexing that may be out of bounds and lookups of missing keys";

    /// <inheritdoc/>
    public override void Run(IrFunction function, PassContext context) => new Marker().VisitFunction(function);

    private sealed record SafeIndex(IrVariable Counter, IrVariable Sequence);

    private sealed class Marker : IrVisitor
    {
        private readonly List<SafeIndex> _safe = [];

        public override void VisitFor(IrFor node)
        {
            if (SafeLoop(node) is not { } safe)
            {
                base.VisitFor(node);
                return;
            }
            foreach (var bound in new[] { node.Start!, node.Stop!, node.Step! }) VisitExpression(bound);
            _safe.Add(safe);
            VisitStatement(node.Body);
            _safe.Remove(safe);
            VisitStatement(node.Else);
        }

        private static SafeIndex? SafeLoop(IrFor loop)
        {
            if (loop.ForKind != IrForKind.Range || loop.Target.Variable is not { } counter) return null;
            if (loop.Start is not IrConstant { Value: long start and >= 0 } || loop.Step is not IrConstant { Value: long step and > 0 }) return null;
            if (loop.Stop is not IrCall { Overload.OperationName: "builtins.len", Arguments: [IrLoad { Variable: var sequence }] }) return null;
            if (sequence.Kind is IrVariableKind.Global or IrVariableKind.Captured) return null;
            var written = IrVariableUses.Collect(loop.Body).Written;
            if (written.Contains(counter) || written.Contains(sequence)) return null;
            return MayChangeLengths.Check(loop.Body) ? null : new SafeIndex(counter, sequence);
        }

        public override void VisitCall(IrCall node)
        {
            base.VisitCall(node);
            var raises = node.Overload.Raises;
            if (raises.Contains("IndexError") && !IsSafe(node)) node.Checks |= IrCheck.BoundsCheck;
            if (raises.Contains("KeyError")) node.Checks |= IrCheck.KeyCheck;
        }

        private bool IsSafe(IrCall call) =>
            call.Overload.OperationName is "operator.getitem" or "operator.setitem"
            && call.Arguments.Count >= 2
            && call.Arguments[0] is IrLoad { Variable: var sequence }
            && call.Arguments[1] is IrLoad { Variable: var index }
            && _safe.Any(s => s.Sequence == sequence && s.Counter == index);
    }

    private sealed class MayChangeLengths : IrVisitor
    {
        // xs[i] = v replaces an element: the length stays (a slice store, xs[a:b] = ys, can change it).
        private static bool IsItemStore(OperationOverload overload) =>
            overload.OperationName == "operator.setitem" && overload.Signature.Parameters.Count == 3 && overload.Signature.Parameters[1].Type == Types.PyType.Int;

        private bool _found;

        public static bool Check(IrNode node)
        {
            var visitor = new MayChangeLengths();
            visitor.Visit(node);
            return visitor._found;
        }

        protected override void Enter(IrNode node)
        {
            _found |= node switch
            {
                IrCall call => (call.Overload.Effects.HasFlag(OperationEffects.MutatesArgument) && !IsItemStore(call.Overload)) || call.Overload.Effects.HasFlag(OperationEffects.CallsArgument),
                IrCallFunction or IrMethodCall or IrCallIndirect or IrNew or IrYield => true,
                _ => false,
            };
        }
    }
}
