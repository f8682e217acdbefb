using System.Runtime.CompilerServices;
using PythonAot.Compiler.Semantics.IR;
using PythonAot.Compiler.Semantics.Operations;
using PythonAot.Compiler.Semantics.Types;

namespace PythonAot.Compiler.Semantics.Passes;

/// <summary>
/// The module's functions whose calls cannot change the length of any container, for <see cref="SequenceLengths"/>:
/// a call of one of them inside a loop does not end a proof that <c>0 &lt;= i &lt; len(xs)</c> (spectral norm's
/// <c>s += eval_a(i, j) * v[j]</c>). A function qualifies when its body has no operation that mutates an argument
/// other than an item store <c>xs[i] = v</c>, no operation that calls a function argument, no method call, indirect
/// call, construction or yield, and calls only functions that qualify (computed optimistically for recursion, then
/// to a fixed point). Generators and closures never qualify.
/// It also knows when an operation may run user code no IR call shows (<see cref="MayRunUserCode"/>).
/// </summary>
internal sealed class LengthPreservingFunctions
{
    // One summary per pass context and pass: the passes that ask do not add calls or mutations, so a summary stays
    // true while its pass runs over the module's functions, and a later pass (or a custom one) recomputes it.
    private static readonly ConditionalWeakTable<PassContext, Dictionary<string, LengthPreservingFunctions>> Cache = new();

    private readonly HashSet<IrFunction> _preserving = [];

    /// <summary>Whether a class of the module defines a dunder other than __init__, which the runtime calls from inside operations.</summary>
    private readonly bool _dunders;

    private LengthPreservingFunctions(IrModule module)
    {
        _dunders = module.Classes.Any(c => c.Methods.Any(m => m.Symbol?.Name is { Length: > 4 } name
            && name.StartsWith("__", StringComparison.Ordinal) && name.EndsWith("__", StringComparison.Ordinal) && name != "__init__"));
        var functions = module.AllFunctions.Where(f => !f.IsGenerator && f.Captures.Count == 0).ToList();
        _preserving.UnionWith(functions);
        for (var changed = true; changed;)
        {
            changed = false;
            foreach (var function in functions)
            {
                if (!_preserving.Contains(function)) continue;
                var finder = new ChangeFinder(this, _preserving);
                finder.VisitFunction(function);
                if (!finder.Found) continue;
                _preserving.Remove(function);
                changed = true;
            }
        }
    }

    /// <summary>The summary of <paramref name="context"/>'s module for the pass now running.</summary>
    public static LengthPreservingFunctions For(PassContext context)
    {
        var perPass = Cache.GetOrCreateValue(context);
        lock (perPass)
        {
            if (!perPass.TryGetValue(context.CurrentPass, out var summary))
                perPass[context.CurrentPass] = summary = new LengthPreservingFunctions(context.Module);
            return summary;
        }
    }

    /// <summary>Whether no call of <paramref name="function"/> can change the length of a container.</summary>
    public bool Preserves(IrFunction function) => _preserving.Contains(function);

    /// <summary>
    /// Whether the operation may run user code that no IR call shows: it is given a generator or iterator (it may
    /// step it) or a callable, or, when the module's classes define dunders, a value that may hold an instance
    /// (<c>print(x)</c> calls <c>__str__</c>, <c>xs.index(x)</c> calls <c>__eq__</c>). That code could change any
    /// list's length.
    /// </summary>
    public bool MayRunUserCode(IrCall call) =>
        call.Overload.Effects.HasFlag(OperationEffects.CallsArgument) || call.Arguments.Any(a => RunsCode(a.Type.Resolve()) || (_dunders && MayHoldInstance(a.Type.Resolve())));

    private static bool RunsCode(PyType type) => type is GeneratorType or IteratorType or CallableType or FunctionType;

    private static bool MayHoldInstance(PyType type) =>
        type is ClassType || type == PyType.Object || (type is UnionType union && union.Members.Any(m => MayHoldInstance(m.Resolve())))
        || type.TypeArguments.Any(a => MayHoldInstance(a.Resolve()));

    private sealed class ChangeFinder(LengthPreservingFunctions summary, HashSet<IrFunction> preserving) : IrVisitor
    {
        public bool Found { get; private set; }

        protected override void Enter(IrNode node)
        {
            Found |= node switch
            {
                IrCall call => summary.MayRunUserCode(call)
                    || (call.Overload.Effects.HasFlag(OperationEffects.MutatesArgument) && !SequenceLengths.IsItemStore(call.Overload)),
                IrCallFunction call => !preserving.Contains(call.Function),
                IrMethodCall or IrCallIndirect or IrNew or IrYield or IrMakeClosure => true,
                _ => false,
            };
        }
    }
}
