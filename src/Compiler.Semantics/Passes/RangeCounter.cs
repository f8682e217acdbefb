using System.Numerics;
using PythonAot.Compiler.Semantics.IR;

namespace PythonAot.Compiler.Semantics.Passes;

/// <summary>
/// The values the counter of a range loop takes inside its body, when the step is a non-zero constant and the
/// body does not assign the counter and no closure of the function captures it (a nested function could rebind it
/// through <c>nonlocal</c> when the body calls it): <c>[start, stop - 1]</c> for a positive step,
/// <c>[stop + 1, start]</c> for a negative one, with an unknown bound replaced by the int64 limit it cannot pass.
/// </summary>
internal sealed record RangeCounter(IrVariable Variable, BigInteger Low, BigInteger High, IrFor Loop)
{
    /// <param name="loop">The loop.</param>
    /// <param name="captured">The variables closures of the enclosing function capture (<see cref="IrVariableUses.Captured"/>).</param>
    public static RangeCounter? For(IrFor loop, IReadOnlySet<IrVariable> captured)
    {
        if (loop.ForKind != IrForKind.Range || loop.Target.Variable is not { } counter || loop.Step is not IrConstant { Value: long step } || step == 0) return null;
        if (captured.Contains(counter) || IrVariableUses.Collect(loop.Body).Written.Contains(counter)) return null;
        long? start = loop.Start is IrConstant { Value: long s } ? s : null;
        long? stop = loop.Stop is IrConstant { Value: long e } ? e : null;
        return step > 0
            ? new RangeCounter(counter, start ?? long.MinValue, (stop ?? long.MaxValue) - (BigInteger)1, loop)
            : new RangeCounter(counter, (stop ?? long.MinValue) + (BigInteger)1, start ?? long.MaxValue, loop);
    }

    private static bool Fits(BigInteger value) => value >= long.MinValue && value <= long.MaxValue;

    /// <summary>Whether <c>counter op constant</c> (or <c>constant op counter</c>) cannot overflow for any counter value.</summary>
    public bool IsSafe(string operation, long constant, bool counterFirst)
    {
        BigInteger[] ends = [Low, High];
        return operation switch
        {
            "operator.add" => ends.All(v => Fits(v + constant)),
            "operator.sub" => ends.All(v => Fits(counterFirst ? v - constant : constant - v)),
            "operator.mul" => ends.All(v => Fits(v * constant)),
            _ => false,
        };
    }
}
