using PythonAot.Compiler.Semantics.IR;
using PythonAot.Compiler.Semantics.Types;

namespace PythonAot.Compiler.Semantics.Passes;

/// <summary>
/// Marks calls that can fail a lookup: an overload that raises IndexError gets <see cref="IrCheck.BoundsCheck"/>,
/// one that raises KeyError gets <see cref="IrCheck.KeyCheck"/>. The bounds check is skipped for
/// <c>operator.getitem(xs, i)</c> and <c>operator.setitem(xs, i, v)</c> when all of this holds:
/// <list type="bullet">
/// <item>the call is in the body of <c>for i in range(start, stop, step)</c> with constant <c>step &gt; 0</c> and a
/// start that cannot be negative (a constant <c>&gt;= 0</c>, the counter of an enclosing loop of this kind, or a sum
/// of those: <c>range(i + 1, n)</c>), so <c>0 &lt;= i &lt; stop</c>;</item>
/// <item>the stop is <c>builtins.len(xs)</c>, or a variable n with <c>len(xs) &gt;= n</c> whenever n is positive
/// (<c>n = len(xs)</c>, <c>xs = [0] * n</c> or <c>xs = list(range(n))</c> earlier in a block holding the loop, with
/// nothing in between or in the loop assigning n or xs or changing the length of xs: see
/// <see cref="SequenceLengths"/>);</item>
/// <item>xs is a parameter, local or temporary (not a global, not a capture) and the body assigns neither xs
/// nor i;</item>
/// <item>nothing in the body can change the length of xs: no call of an overload that mutates an argument that
/// may be xs other than an item store <c>operator.setitem(seq, int, v)</c>, no call of a user function, method,
/// closure or constructor (it could mutate xs through an alias), and no yield (the consumer could).</item>
/// </list>
/// </summary>
public sealed class PlaceBoundsChecksPass : FunctionPass
{
    /// <inheritdoc/>
    public override string Name => "place-bounds-checks";

    /// <inheritdoc/>
    public override string Description => "marks indexing that may be out of bounds and lookups of missing keys";

    /// <inheritdoc/>
    public override void Run(IrFunction function, PassContext context) => new Marker(new SequenceLengths(function, context)).VisitFunction(function);

    private sealed record SafeIndex(IrVariable Counter, IrVariable Sequence);

    private sealed class Marker(SequenceLengths lengths) : IrVisitor
    {
        private readonly List<SafeIndex> _safe = [];

        /// <summary>Counters of the enclosing range loops that never go below zero.</summary>
        private readonly HashSet<IrVariable> _nonNegative = [];

        public override void VisitFor(IrFor node)
        {
            if (node.ForKind != IrForKind.Range || node.Target.Variable is not { } counter)
            {
                base.VisitFor(node);
                return;
            }
            foreach (var bound in new[] { node.Start!, node.Stop!, node.Step! }) VisitExpression(bound);
            var counts = node.Step is IrConstant { Value: long step and > 0 } && IsNonNegative(node.Start!)
                && !IrVariableUses.Collect(node.Body).Written.Contains(counter);
            var safe = counts ? SafeSequences(node).Select(sequence => new SafeIndex(counter, sequence)).ToList() : [];
            // A counter a closure captures could be rebound by a call in the body: it only bounds indexes there (the
            // body of a safe loop calls nothing), not the start of an inner loop.
            var added = counts && !lengths.IsCaptured(counter) && _nonNegative.Add(counter);
            _safe.AddRange(safe);
            VisitStatement(node.Body);
            foreach (var index in safe) _safe.Remove(index);
            if (added) _nonNegative.Remove(counter);
            VisitStatement(node.Else);
        }

        /// <summary>Whether the value is never negative where it is evaluated (an int sum that overflowed would have raised).</summary>
        private bool IsNonNegative(IrExpression value) => value switch
        {
            IrConstant { Value: long constant } => constant >= 0,
            IrLoad { Variable: var variable } => _nonNegative.Contains(variable),
            IrCall { Overload.OperationName: "operator.add", Arguments: [var left, var right] } call =>
                call.Type == PyType.Int && IsNonNegative(left) && IsNonNegative(right),
            _ => false,
        };

        /// <summary>The sequences xs for which the loop's counter stays below len(xs) (start and step already checked).</summary>
        private IEnumerable<IrVariable> SafeSequences(IrFor loop)
        {
            var candidates = loop.Stop is IrCall { Overload.OperationName: "builtins.len", Arguments: [IrLoad { Variable: var measured }] }
                ? [measured]
                : lengths.SequencesBoundedByStop(loop);
            var written = IrVariableUses.Collect(loop.Body).Written;
            return candidates.Where(sequence => sequence.Kind is not (IrVariableKind.Global or IrVariableKind.Captured)
                && !written.Contains(sequence) && !lengths.MayChangeLength(loop.Body, sequence));
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
}
