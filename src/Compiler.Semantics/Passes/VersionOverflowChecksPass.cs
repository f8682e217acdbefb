using PythonAot.Compiler.Semantics.IR;
using PythonAot.Compiler.Semantics.Types;

namespace PythonAot.Compiler.Semantics.Passes;

/// <summary>
/// Versions a function on the magnitude of its int parameters, where place-overflow-checks kept checks only because an
/// operand comes from a parameter (nqueens' <c>d1 = row + col</c>, spectral_norm's <c>(i + j) * (i + j + 1)</c>):
/// <code>
/// if -B &lt;= p1 and p1 &lt;= B and -B &lt;= p2 and p2 &lt;= B:  # B = 2**k
///     ...  # a copy of the body without the checks these bounds make needless
/// else:
///     ...  # the body as it was: OverflowError where CPython's value leaves int64
/// </code>
/// k is the largest exponent from 62 down to 30 under which <see cref="IntRanges"/>, with the parameters assumed in
/// <c>[-2**k, 2**k]</c> on entry, proves as many of the function's checked operations exact as under k = 30; the test
/// names the fewest parameters that keep that number. Nothing changes when the number is 0. The test reads only
/// parameters, once, before anything runs, so it holds for the entry values; the analysis treats the assumption as a
/// parameter's entry value and adds what the body assigns to it, so a reassigned parameter is sound too.
/// <para>Only functions <see cref="IrCloner"/> copies completely are versioned (no try, with, yield or nested
/// function), and not generators. Only the checks that run most often count: those in the innermost loops (a loop whose
/// body holds no loop), or all of them in a function without loops (its checks run once per call, and such a small
/// function is hot when it recurses, fib's <c>n - 1</c>, or is called from a loop, spectral_norm's <c>eval_a</c>).
/// A check in an outer loop runs rarely next to the inner loop's work: sieve's <c>n + 1</c> as the stop of its
/// inner loop saved nothing and the doubled function made the build 7% slower.</para>
/// </summary>
public sealed class VersionOverflowChecksPass : FunctionPass
{
    private const int LargestExponent = 62;
    private const int SmallestExponent = 30;

    /// <inheritdoc/>
    public override string Name => "version-overflow-checks";

    /// <inheritdoc/>
    public override string Description => "duplicates a function whose int parameters, when small, make overflow checks needless: a test on them picks a copy without those checks";

    /// <inheritdoc/>
    public override void Run(IrFunction function, PassContext context)
    {
        var parameters = function.Parameters.Where(p => p.Type == PyType.Int).ToList();
        if (parameters.Count == 0 || function.IsGenerator || !IrCloner.CanClone(function.Body)) return;
        var candidates = HotCheckedCalls(function.Body);
        if (candidates.Count == 0) return;
        int Gained(IReadOnlyList<IrVariable> tested, int exponent)
        {
            var ranges = IntRanges.Analyze(function, Assumed(tested, exponent));
            return candidates.Count(ranges.IsOverflowFree);
        }
        var most = Gained(parameters, SmallestExponent);
        if (most == 0) return;
        var exponent = SmallestExponent;
        for (var k = LargestExponent; k > SmallestExponent; k--)
        {
            if (Gained(parameters, k) != most) continue;
            exponent = k;
            break;
        }
        var tested = parameters;
        foreach (var parameter in parameters)
        {
            var without = tested.Where(p => p != parameter).ToList();
            if (Gained(without, exponent) == most) tested = without;
        }
        if (Test(tested, exponent, function, context) is not { } test) return;
        var ranges = IntRanges.Analyze(function, Assumed(tested, exponent));
        var copy = IrCloner.Clone(function.Body);
        foreach (var call in CheckedCalls(copy))
            if (ranges.IsOverflowFree(call)) call.Checks &= ~IrCheck.OverflowCheck;
        var location = function.Body.Statements.FirstOrDefault()?.Location ?? function.Location;
        function.Body = new IrBlock([new IrIf(test, copy, function.Body) { Location = location }]) { Location = function.Body.Location };
    }

    private static Dictionary<IrVariable, IntInterval> Assumed(IEnumerable<IrVariable> parameters, int exponent)
    {
        var bound = 1L << exponent;
        return parameters.ToDictionary(p => p, _ => new IntInterval(-bound, bound));
    }

    /// <summary><c>-B &lt;= p and p &lt;= B and ...</c> for the tested parameters, or null when the comparison overload is missing.</summary>
    private static IrExpression? Test(IReadOnlyList<IrVariable> parameters, int exponent, IrFunction function, PassContext context)
    {
        if (context.ResolveOverload("operator.le", [PyType.Int, PyType.Int]) is not { } lessOrEqual) return null;
        var location = function.Location;
        var bound = 1L << exponent;
        IrExpression Le(IrExpression left, IrExpression right) => new IrCall(lessOrEqual, [left, right]) { Location = location };
        var parts = parameters.SelectMany(p => new[]
        {
            Le(new IrConstant(-bound) { Location = location }, new IrLoad(p) { Location = location }),
            Le(new IrLoad(p) { Location = location }, new IrConstant(bound) { Location = location }),
        }).ToList();
        return Conjunction.Of(parts, location);
    }

    private static List<IrCall> CheckedCalls(IrNode node)
    {
        var finder = new CheckedCallFinder(innermostLoopsOnly: false);
        finder.Visit(node);
        return finder.Calls;
    }

    /// <summary>
    /// The checked calls that run most often per call of the function: those of its innermost loops (a loop whose
    /// body holds no loop: its condition and body), or all of them when it has no loop.
    /// </summary>
    private static List<IrCall> HotCheckedCalls(IrBlock body)
    {
        var finder = new CheckedCallFinder(innermostLoopsOnly: ContainsLoop(body));
        finder.Visit(body);
        return finder.Calls;
    }

    private static bool ContainsLoop(IrNode node)
    {
        var finder = new LoopFinder();
        finder.Visit(node);
        return finder.Found;
    }

    private sealed class LoopFinder : IrVisitor
    {
        public bool Found { get; private set; }

        protected override void Enter(IrNode node) => Found |= node is IrWhile or IrFor;
    }

    /// <summary>The calls that kept <see cref="IrCheck.OverflowCheck"/> (only those of innermost loops when asked).</summary>
    private sealed class CheckedCallFinder(bool innermostLoopsOnly) : IrVisitor
    {
        private bool _inInnermostLoop;

        public List<IrCall> Calls { get; } = [];

        public override void VisitWhile(IrWhile node)
        {
            var outer = _inInnermostLoop;
            _inInnermostLoop = !ContainsLoop(node.Body);
            VisitExpression(node.Condition);
            VisitStatement(node.Body);
            _inInnermostLoop = outer;
            VisitStatement(node.Else);
        }

        public override void VisitFor(IrFor node)
        {
            // A loop's bounds or iterable are evaluated once; its body as often as the loop turns.
            if (node.Iterable is not null) VisitExpression(node.Iterable);
            foreach (var bound in new[] { node.Start, node.Stop, node.Step })
                if (bound is not null) VisitExpression(bound);
            var outer = _inInnermostLoop;
            _inInnermostLoop = !ContainsLoop(node.Body);
            VisitStatement(node.Body);
            _inInnermostLoop = outer;
            VisitStatement(node.Else);
        }

        public override void VisitCall(IrCall node)
        {
            base.VisitCall(node);
            if (node.Checks.HasFlag(IrCheck.OverflowCheck) && (!innermostLoopsOnly || _inInnermostLoop)) Calls.Add(node);
        }
    }
}
