using PythonAot.Compiler.Semantics.IR;
using PythonAot.Compiler.Semantics.Operations;
using PythonAot.Compiler.Semantics.Types;

namespace PythonAot.Compiler.Semantics.Passes;

/// <summary>
/// What one function's code says about the lengths of its sequences, for <see cref="PlaceBoundsChecksPass"/>:
/// <list type="bullet">
/// <item>which statements may change the length of a sequence variable (<see cref="MayChangeLength"/>), telling apart
/// mutations of a list that cannot be that sequence: one of another container type, or a local that only ever holds
/// lists made in this function while the sequence is a parameter the function never rebinds (the parameter's list
/// existed before the call, so no list made during it is that list);</item>
/// <item>which range loops run to a variable <c>n</c> with <c>len(xs) &gt;= n</c> whenever <c>n &gt; 0</c>
/// (<see cref="SequencesBoundedByStop"/>): a statement <c>n = len(xs)</c>, <c>xs = [a, ...] * n</c> or
/// <c>xs = list(range(n))</c> comes before the loop in a block that contains it, and the statements from there up to
/// and including the one holding the loop neither assign n or xs nor may change the length of xs. Any way from that
/// statement to the loop runs through those statements, or leaves the block and comes back through the statement
/// again (a loop body restarts at its top), so the fact holds whenever the loop starts and, the loop being part of
/// those statements, while it runs.</item>
/// </list>
/// Nothing here trusts a variable that code outside the function can rebind (a global or a captured variable).
/// </summary>
internal sealed class SequenceLengths
{
    private readonly HashSet<IrVariable> _unassignedParameters = [];
    private readonly HashSet<IrVariable> _freshOnly = [];
    private readonly Dictionary<IrFor, List<IrVariable>> _boundedByStop = [];
    private readonly HashSet<IrVariable> _captured = [];

    private readonly ImplicitUserCode _implicitUserCode;

    public SequenceLengths(IrFunction function, PassContext context)
    {
        _implicitUserCode = ImplicitUserCode.For(context.Module);
        var uses = IrVariableUses.Collect(function);
        // A captured parameter could be rebound by the closure (nonlocal): only the others keep their object.
        _unassignedParameters.UnionWith(function.Parameters.Where(p => !uses.Written.Contains(p) && !uses.Captured.Contains(p)));
        _captured.UnionWith(uses.Captured);
        FindFreshOnly(uses);
        new FactFinder(this).VisitFunction(function);
    }

    /// <summary>The sequences xs whose length is at least the stop of <paramref name="loop"/> (a variable) whenever that stop is positive.</summary>
    public IReadOnlyList<IrVariable> SequencesBoundedByStop(IrFor loop) => _boundedByStop.TryGetValue(loop, out var sequences) ? sequences : [];

    /// <summary>Whether a closure made in the function captures the variable (then a call of it may rebind the variable through nonlocal).</summary>
    public bool IsCaptured(IrVariable variable) => _captured.Contains(variable);

    /// <summary>
    /// Whether running <paramref name="node"/> may change the length of the sequence in <paramref name="sequence"/>:
    /// a call that mutates an argument that may be that sequence (an item store <c>operator.setitem(seq, int, v)</c>
    /// never changes a length), a call of a function argument, an operation that may run user code
    /// (<see cref="ImplicitUserCode"/>), a call of user code (it could mutate the sequence through an alias) or a
    /// yield (the consumer could).
    /// </summary>
    public bool MayChangeLength(IrNode node, IrVariable sequence)
    {
        var finder = new LengthChangeFinder(this, sequence);
        finder.Visit(node);
        return finder.Found;
    }

    private static bool Trusted(IrVariable variable) => variable.Kind is not (IrVariableKind.Global or IrVariableKind.Captured);

    /// <summary>Locals and temporaries that every write assigns a container made right there (and no closure captures).</summary>
    private void FindFreshOnly(IrVariableUses uses)
    {
        var candidates = uses.Writers.Keys.Where(v => v.Kind is IrVariableKind.Local or IrVariableKind.Temporary && !uses.Captured.Contains(v)).ToHashSet();
        // A write may assign another candidate (a comprehension's result temporary): shrink to a fixed point.
        _freshOnly.UnionWith(candidates);
        for (var changed = true; changed;)
        {
            changed = false;
            foreach (var variable in _freshOnly.ToList())
            {
                if (uses.Writers[variable].All(writer => writer is IrAssign { Value: var value } && IsFresh(value))) continue;
                _freshOnly.Remove(variable);
                changed = true;
            }
        }
    }

    /// <summary>Whether evaluating the value always makes a new container object.</summary>
    private bool IsFresh(IrExpression value) => value switch
    {
        IrBuild { BuildKind: IrBuildKind.List or IrBuildKind.Dict or IrBuildKind.Set } => true,
        IrCall call => call.Type.Resolve() is ListType && call.Overload.OperationName is "builtins.list" or "builtins.sorted" or "list.copy"
            || (call.Overload.OperationName is "operator.add" or "operator.mul" && call.Arguments.Any(a => a.Type.Resolve() is ListType) && call.Type.Resolve() is ListType),
        IrFlowExpression { Result: IrLoad { Variable: var held } } => _freshOnly.Contains(held),
        _ => false,
    };

    /// <summary>Whether the argument a mutating call changes may be the object in <paramref name="sequence"/>.</summary>
    private bool MayBe(IrExpression argument, IrVariable sequence)
    {
        var argumentType = argument.Type.Resolve();
        var sequenceType = sequence.Type.Resolve();
        // Objects of different container types are different objects (List<int> and List<str> are distinct C++ types too).
        if (IsConcreteContainer(argumentType) && IsConcreteContainer(sequenceType) && argumentType != sequenceType) return false;
        return !(argument is IrLoad { Variable: var variable } && variable != sequence && _freshOnly.Contains(variable) && _unassignedParameters.Contains(sequence));
    }

    private static bool IsConcreteContainer(PyType type) =>
        type is ListType or DictType or SetType or TupleType || type == PyType.Str || type == PyType.Bytes;

    // xs[i] = v replaces an item: the length stays (a slice store, xs[a:b] = ys, can change it).
    private static bool IsItemStore(OperationOverload overload) =>
        overload.OperationName == "operator.setitem" && overload.Signature.Parameters.Count == 3 && overload.Signature.Parameters[1].Type == PyType.Int;

    private sealed class LengthChangeFinder(SequenceLengths lengths, IrVariable sequence) : IrVisitor
    {
        public bool Found { get; private set; }

        protected override void Enter(IrNode node)
        {
            Found |= node switch
            {
                IrCall call => lengths._implicitUserCode.MayRunUserCode(call) || (call.Overload.Effects.HasFlag(OperationEffects.MutatesArgument) && !IsItemStore(call.Overload) && MutatesSequence(call)),
                IrCallFunction or IrMethodCall or IrCallIndirect or IrNew or IrYield => true,
                _ => false,
            };
        }

        private bool MutatesSequence(IrCall call)
        {
            var index = call.Overload.MutatedParameter;
            if (call.KeywordNames.Any(k => k is not null) || index < 0 || index >= call.Arguments.Count) return true;
            return lengths.MayBe(call.Arguments[index], sequence);
        }
    }

    /// <summary>Finds the facts <c>len(xs) &gt;= n</c> of <see cref="SequencesBoundedByStop"/>, block by block.</summary>
    private sealed class FactFinder(SequenceLengths lengths) : IrVisitor
    {
        public override void VisitBlock(IrBlock node)
        {
            var statements = node.Statements;
            for (var k = 0; k < statements.Count; k++)
            {
                if (Fact(statements[k]) is not { } fact) continue;
                var (bound, sequence) = fact;
                for (var m = k + 1; m < statements.Count; m++)
                {
                    var statement = statements[m];
                    var written = IrVariableUses.Collect(statement).Written;
                    if (written.Contains(bound) || written.Contains(sequence) || lengths.MayChangeLength(statement, sequence)) break;
                    foreach (var loop in RangeLoopsTo(statement, bound))
                    {
                        if (!lengths._boundedByStop.TryGetValue(loop, out var sequences)) lengths._boundedByStop[loop] = sequences = [];
                        if (!sequences.Contains(sequence)) sequences.Add(sequence);
                    }
                }
            }
            base.VisitBlock(node);
        }

        /// <summary>(n, xs) when the statement makes <c>len(xs) &gt;= n</c> hold whenever <c>n &gt; 0</c>.</summary>
        private static (IrVariable Bound, IrVariable Sequence)? Fact(IrStatement statement)
        {
            if (statement is not IrAssign { Target: var target, Value: IrCall call } || !Trusted(target)) return null;
            var name = call.Overload.OperationName;
            // n = len(xs)
            if (name == "builtins.len" && call.Arguments is [IrLoad { Variable: var measured }] && Trusted(measured) && measured != target && target.Type == PyType.Int)
                return (target, measured);
            if (target.Type.Resolve() is not ListType) return null;
            // xs = [a, ...] * n or n * [a, ...]: k * max(n, 0) items, k >= 1.
            if (name == "operator.mul" && call.Arguments is [var left, var right])
            {
                var (items, count) = left is IrBuild ? (left, right) : (right, left);
                if (items is IrBuild { BuildKind: IrBuildKind.List, Elements.Count: > 0 } && count is IrLoad { Variable: var n } && Trusted(n) && n.Type == PyType.Int)
                    return (n, target);
            }
            // xs = list(range(n)): max(n, 0) items.
            if (name == "builtins.list" && call.Arguments is [IrCall { Overload.OperationName: "builtins.range", Arguments: [IrLoad { Variable: var stop }] }] && Trusted(stop) && stop.Type == PyType.Int)
                return (stop, target);
            return null;
        }

        private static List<IrFor> RangeLoopsTo(IrStatement statement, IrVariable bound)
        {
            var finder = new RangeLoopFinder(bound);
            finder.VisitStatement(statement);
            return finder.Loops;
        }
    }

    private sealed class RangeLoopFinder(IrVariable bound) : IrVisitor
    {
        public List<IrFor> Loops { get; } = [];

        public override void VisitFor(IrFor node)
        {
            if (node.ForKind == IrForKind.Range && node.Stop is IrLoad { Variable: var stop } && stop == bound) Loops.Add(node);
            base.VisitFor(node);
        }
    }
}
