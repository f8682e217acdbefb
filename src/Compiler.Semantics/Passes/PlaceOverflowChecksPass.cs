using PythonAot.Compiler.Semantics.IR;

namespace PythonAot.Compiler.Semantics.Passes;

/// <summary>
/// Marks arithmetic that can fail: a call of an overload that raises OverflowError gets
/// <see cref="IrCheck.OverflowCheck"/>, one that raises ZeroDivisionError gets <see cref="IrCheck.ZeroDivisionCheck"/>
/// unless its divisor (last argument) is a non-zero constant. The overflow check is left off an int operation that
/// the function's interval analysis (<see cref="IntRanges"/>) proves exact in int64: its operands' and its result's
/// intervals fit (<c>for i in range(n): a[i + 1]</c>, <c>state = (state * 1103515245 + 12345) % 2147483648</c>).
/// </summary>
public sealed class PlaceOverflowChecksPass : FunctionPass
{
    /// <inheritdoc/>
    public override string Name => "place-overflow-checks";

    /// <inheritdoc/>
    public override string Description => "marks int arithmetic that may overflow and divisions by a possibly zero divisor";

    /// <inheritdoc/>
    public override void Run(IrFunction function, PassContext context) => new Marker(IntRanges.Analyze(function)).VisitFunction(function);

    private sealed class Marker(IntRanges ranges) : IrVisitor
    {
        public override void VisitCall(IrCall node)
        {
            base.VisitCall(node);
            var raises = node.Overload.Raises;
            if (raises.Contains("OverflowError") && !ranges.IsOverflowFree(node)) node.Checks |= IrCheck.OverflowCheck;
            if (raises.Contains("ZeroDivisionError") && node.Arguments.LastOrDefault() is not IrConstant { Value: long and not 0L or double and not 0.0 })
                node.Checks |= IrCheck.ZeroDivisionCheck;
        }
    }
}
