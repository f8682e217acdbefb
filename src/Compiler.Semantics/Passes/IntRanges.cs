using System.Numerics;
using PythonAot.Compiler.Semantics.IR;
using PythonAot.Compiler.Semantics.Types;

namespace PythonAot.Compiler.Semantics.Passes;

/// <summary>
/// The values each int variable of one function may hold, as intervals, and from them the values of its int
/// expressions, so the overflow-check passes can tell an operation whose exact result always fits int64. The analysis
/// is flow-insensitive: a variable's interval is the hull of everything any write of the function gives it, so it
/// holds at every read, whatever path led there.
/// <list type="bullet">
/// <item>An assignment gives the value's interval, cut to int64 (a variable only holds int64 values: storing another
/// one raised first).</item>
/// <item>The counter of a range loop takes <c>[low(start), high(stop) - 1]</c> for a positive step,
/// <c>[low(stop) + 1, high(start)]</c> for a negative one, and lies between start and stop otherwise.</item>
/// <item>A parameter starts from its entry interval: int64, or what the caller assumes (version-overflow-checks
/// analyses the copy of a function that a test on its parameters guards).</item>
/// <item>Everything else is all of int64: a variable with any other write (unpacking, a loop over a sequence, an
/// except or with target, a yield's result, del, a write this class does not recognise), a global, a captured
/// variable, and a variable closures capture (calling one may rebind it through nonlocal).</item>
/// </list>
/// A local starts with no value: CPython raises UnboundLocalError for a read before any write, so only the writes
/// count. Rounds evaluate every write until no interval grows; a bound still growing after
/// <see cref="RoundsBeforeWidening"/> rounds (<c>count = count + 1</c>) jumps to int64's limit, which ends the
/// iteration.
/// <para>The interval of an expression holds every value it has where the compiled code evaluates it without raising:
/// exact for <c>+ - * **</c>, whose nests the C++ backend computes in 128 bits (so an intermediate may leave int64), and
/// int64 for every operation not modelled here (its result fits or it raised).</para>
/// </summary>
internal sealed class IntRanges
{
    /// <summary>Rounds in which intervals may grow step by step before growing bounds are widened to int64's limits.</summary>
    private const int RoundsBeforeWidening = 8;

    private static readonly IntInterval s_bool = new(0, 1);
    private static readonly IntInterval s_codePoint = new(0, 0x10FFFF);

    /// <summary>No container in memory has more elements than the 57-bit address space has bytes.</summary>
    private static readonly IntInterval s_length = new(0, BigInteger.Pow(2, 57));

    private static readonly IReadOnlyDictionary<IrVariable, IntInterval> s_noAssumption = new Dictionary<IrVariable, IntInterval>();

    private readonly Dictionary<IrVariable, IntInterval> _intervals = [];
    private readonly HashSet<IrVariable> _unknown = [];

    /// <summary>False while rounds run: a variable with no interval yet has no value (its writes have not been seen).</summary>
    private bool _settled;

    private IntRanges()
    {
    }

    /// <summary>Analyses <paramref name="function"/>; <paramref name="assumed"/> gives some int parameters an entry interval narrower than int64.</summary>
    public static IntRanges Analyze(IrFunction function, IReadOnlyDictionary<IrVariable, IntInterval>? assumed = null)
    {
        var ranges = new IntRanges();
        ranges.Solve(function, assumed ?? s_noAssumption);
        return ranges;
    }

    /// <summary>The values an int expression of the function may have (int64 for one of another type).</summary>
    public IntInterval Of(IrExpression expression) => Evaluate(expression) ?? IntInterval.Int64;

    /// <summary>The values an int variable of the function may hold.</summary>
    public IntInterval Of(IrVariable variable) => Lookup(variable) ?? IntInterval.Int64;

    /// <summary>
    /// Whether a call of an int operation that raises OverflowError cannot overflow: the analysis models it, and its
    /// operands' intervals and its result's fit int64, so every intermediate value is exact in int64.
    /// </summary>
    public bool IsOverflowFree(IrCall call)
    {
        var operands = call.Arguments.Select(Of).ToList();
        return Model(call, operands) is { FitsInt64: true }
            && call.Arguments.Select((argument, i) => argument.Type != PyType.Int || operands[i].FitsInt64).All(fits => fits);
    }

    private void Solve(IrFunction function, IReadOnlyDictionary<IrVariable, IntInterval> assumed)
    {
        var uses = IrVariableUses.Collect(function);
        var writes = new Dictionary<IrVariable, List<IrNode>>();
        foreach (var (variable, writers) in uses.Writers)
        {
            if (variable.Type != PyType.Int) continue;
            if (IsOutside(variable, uses) || !writers.All(writer => IsUnderstood(writer, variable))) _unknown.Add(variable);
            else writes[variable] = writers;
        }
        foreach (var parameter in function.Parameters)
        {
            if (parameter.Type != PyType.Int) continue;
            if (IsOutside(parameter, uses)) _unknown.Add(parameter);
            else if (!_unknown.Contains(parameter)) _intervals[parameter] = assumed.TryGetValue(parameter, out var entry) ? entry : IntInterval.Int64;
        }
        for (var round = 1; ; round++)
        {
            var changed = false;
            foreach (var (variable, writers) in writes)
            {
                var hasOld = _intervals.TryGetValue(variable, out var old);
                IntInterval? value = hasOld ? old : null;
                foreach (var writer in writers) value = Hull(value, Written(writer));
                if (value is not { } next || (hasOld && next == old)) continue;
                if (hasOld && round > RoundsBeforeWidening) next = Widen(old, next);
                _intervals[variable] = next;
                changed = true;
            }
            if (!changed) break;
        }
        _settled = true;
    }

    /// <summary>Whether code outside the function's own writes may set the variable (then its interval is int64's).</summary>
    private static bool IsOutside(IrVariable variable, IrVariableUses uses) =>
        variable.Kind is IrVariableKind.Global or IrVariableKind.Captured || uses.Captured.Contains(variable);

    private static bool IsUnderstood(IrNode writer, IrVariable variable) => writer switch
    {
        IrAssign => true,
        IrFor { ForKind: IrForKind.Range } loop => loop.Target.Variable == variable,
        IrShortCircuit => true,
        _ => false,
    };

    /// <summary>The values one write stores (null when it stores none yet: its operands have no value so far).</summary>
    private IntInterval? Written(IrNode writer) => writer switch
    {
        IrAssign assign => Evaluate(assign.Value)?.Intersect(IntInterval.Int64),
        IrFor loop => Counter(loop),
        IrShortCircuit shortCircuit => Evaluate(shortCircuit.Left)?.Intersect(IntInterval.Int64),
        _ => throw new InvalidOperationException($"{writer.NodeKind} is not a write IsUnderstood accepts"),
    };

    /// <summary>The values a range loop's counter takes (null when the loop cannot run).</summary>
    private IntInterval? Counter(IrFor loop)
    {
        if (Evaluate(loop.Start!)?.Intersect(IntInterval.Int64) is not { } start
            || Evaluate(loop.Stop!)?.Intersect(IntInterval.Int64) is not { } stop
            || Evaluate(loop.Step!) is not { } step)
            return null;
        if (step.IsPositive) return NonEmpty(start.Low, stop.High - 1);
        if (step.High < 0) return NonEmpty(stop.Low + 1, start.High);
        return start.Hull(stop);
    }

    private static IntInterval? NonEmpty(BigInteger low, BigInteger high) => low <= high ? new IntInterval(low, high) : null;

    private static IntInterval? Hull(IntInterval? a, IntInterval? b) => a is not { } x ? b : b is not { } y ? a : x.Hull(y);

    /// <summary>Moves each bound that grew since the last round to int64's limit, so it cannot grow again.</summary>
    private static IntInterval Widen(IntInterval old, IntInterval next) =>
        new(next.Low < old.Low ? long.MinValue : next.Low, next.High > old.High ? long.MaxValue : next.High);

    /// <summary>A variable's interval; null while the rounds have seen no value for it.</summary>
    private IntInterval? Lookup(IrVariable variable)
    {
        if (variable.Type != PyType.Int || _unknown.Contains(variable) || variable.Kind is IrVariableKind.Global or IrVariableKind.Captured) return IntInterval.Int64;
        if (_intervals.TryGetValue(variable, out var interval)) return interval;
        return _settled ? IntInterval.Int64 : null;
    }

    /// <summary>The values of an int expression; null while it has none yet (it reads a variable with no value so far).</summary>
    private IntInterval? Evaluate(IrExpression expression)
    {
        switch (expression)
        {
            case IrConstant { Value: long value }:
                return IntInterval.Exactly(value);
            case IrConstant { Value: bool value }:
                return IntInterval.Exactly(value ? 1 : 0);
            case IrConvert { ConversionKind: IrConversionKind.BoolToInt }:
                return s_bool;
        }
        if (expression.Type != PyType.Int) return IntInterval.Int64;
        switch (expression)
        {
            case IrLoad load:
                return Lookup(load.Variable);
            case IrConditional conditional:
                return Hull(Evaluate(conditional.WhenTrue), Evaluate(conditional.WhenFalse));
            case IrShortCircuit shortCircuit:
                return Hull(Evaluate(shortCircuit.Left), Evaluate(shortCircuit.Right));
            case IrFlowExpression flow:
                return Evaluate(flow.Result);
            case IrCall call:
                var operands = new List<IntInterval>(call.Arguments.Count);
                foreach (var argument in call.Arguments)
                {
                    if (Evaluate(argument) is not { } operand) return null;
                    operands.Add(operand);
                }
                return Model(call, operands) ?? IntInterval.Int64;
            default:
                return IntInterval.Int64;
        }
    }

    /// <summary>
    /// The exact result interval of an int operation the analysis models, from its operands' intervals (one per
    /// argument, int64 for one that is not an int); null for any other call.
    /// </summary>
    private static IntInterval? Model(IrCall call, List<IntInterval> operands)
    {
        if (call.Type != PyType.Int || call.KeywordNames.Any(name => name is not null)) return null;
        var ints = call.Arguments.All(argument => argument.Type == PyType.Int);
        return (call.Overload.OperationName, operands.Count) switch
        {
            ("operator.add", 2) when ints => operands[0] + operands[1],
            ("operator.sub", 2) when ints => operands[0] - operands[1],
            ("operator.mul", 2) when ints => operands[0] * operands[1],
            ("operator.neg", 1) when ints => -operands[0],
            ("operator.pos", 1) when ints => operands[0],
            ("operator.invert", 1) when ints => operands[0].Invert(),
            ("operator.floordiv", 2) when ints && operands[1].IsPositive => operands[0].FloorDivide(operands[1]),
            ("operator.mod", 2) when ints && operands[1].IsPositive => operands[0].Modulo(operands[1]),
            ("operator.and_", 2) when ints => operands[0].BitwiseAnd(operands[1]),
            ("operator.rshift", 2) when ints && call.Arguments[1] is IrConstant { Value: long count and >= 0 } => operands[0].ShiftRight(count),
            ("operator.pow", 2) when ints && call.Arguments[1] is IrConstant { Value: long exponent and >= 0 } => operands[0].Power(exponent),
            ("builtins.abs", 1) when ints => operands[0].Abs(),
            ("builtins.min", >= 2) when ints => operands.Aggregate(IntInterval.Min),
            ("builtins.max", >= 2) when ints => operands.Aggregate(IntInterval.Max),
            ("builtins.ord", 1) => s_codePoint,
            ("builtins.len", 1) when IsMaterialised(call.Arguments[0].Type) => s_length,
            _ => null,
        };
    }

    /// <summary>Whether a value of the type holds its elements in memory (a range or an iterator does not: <c>len(range(n))</c> is n).</summary>
    private static bool IsMaterialised(PyType type) =>
        type.Resolve() is ListType or DictType or SetType or TupleType || type == PyType.Str || type == PyType.Bytes;
}
