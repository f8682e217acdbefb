using PythonAot.Compiler.Semantics.IR;

namespace PythonAot.Compiler.Semantics.Passes;

/// <summary>
/// Marks arithmetic that can fail: a call of an overload that raises OverflowError gets
/// <see cref="IrCheck.OverflowCheck"/>, one that raises ZeroDivisionError gets <see cref="IrCheck.ZeroDivisionCheck"/>
/// unless its divisor (last argument) is a non-zero constant. The overflow check is skipped when
/// <c>counter + c</c>, <c>counter - c</c>, <c>c - counter</c> or <c>counter * c</c> (c a constant) is in the body
/// of a range loop whose counter the body never assigns and whose step is a constant, and the result stays in
/// int64 for every counter value the loop can produce (see the interval rule of the counter: the loop's own
/// increment never overflows, so <c>for i in range(n): a[i + 1]</c> needs no check).
/// </summary>
public sealed class PlaceOverflowChecksPass : FunctionPass
{
    /// <inheritdoc/>
    public override string Name => "place-overflow-checks";

    /// <inheritdoc/>
    public override string Description => "marks int arithmetic that may overflow and divisions by a possibly zero divisor";

    /// <inheritdoc/>
    public override void Run(IrFunction function, PassContext context) => new Marker().VisitFunction(function);

    private sealed class Marker : IrVisitor
    {
        private readonly List<RangeCounter> _counters = [];
        private IReadOnlySet<IrVariable> _captured = new HashSet<IrVariable>();

        public override void VisitFunction(IrFunction node)
        {
            _captured = IrVariableUses.Collect(node).Captured;
            base.VisitFunction(node);
        }

        public override void VisitFor(IrFor node)
        {
            if (RangeCounter.For(node, _captured) is not { } counter)
            {
                base.VisitFor(node);
                return;
            }
            foreach (var bound in new[] { node.Start!, node.Stop!, node.Step! }) VisitExpression(bound);
            _counters.Add(counter);
            VisitStatement(node.Body);
            _counters.Remove(counter);
            VisitStatement(node.Else);
        }

        public override void VisitCall(IrCall node)
        {
            base.VisitCall(node);
            var raises = node.Overload.Raises;
            if (raises.Contains("OverflowError") && !IsSafe(node)) node.Checks |= IrCheck.OverflowCheck;
            if (raises.Contains("ZeroDivisionError") && node.Arguments.LastOrDefault() is not IrConstant { Value: long and not 0L or double and not 0.0 })
                node.Checks |= IrCheck.ZeroDivisionCheck;
        }

        private bool IsSafe(IrCall call)
        {
            if (call.Arguments is not [var left, var right]) return false;
            foreach (var counter in _counters)
            {
                if (left is IrLoad l && l.Variable == counter.Variable && right is IrConstant { Value: long c1 })
                    return counter.IsSafe(call.Overload.OperationName, c1, counterFirst: true);
                if (right is IrLoad r && r.Variable == counter.Variable && left is IrConstant { Value: long c2 })
                    return counter.IsSafe(call.Overload.OperationName, c2, counterFirst: false);
            }
            return false;
        }
    }
}
