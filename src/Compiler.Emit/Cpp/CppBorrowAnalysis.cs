using PythonAot.Compiler.Semantics.IR;
using PythonAot.Compiler.Semantics.Operations;
using PythonAot.Compiler.Semantics.Types;

namespace PythonAot.Compiler.Emit.Cpp;

/// <summary>
/// Finds the class-instance locals of a function that can be raw pointers borrowed from a list instead of counted
/// handles (<c>Body* b = ...</c> for <c>b = bodies[i]</c> or <c>for b in bodies</c>): each assignment then costs no
/// reference count increment and decrement. A borrowed pointer is valid while the list keeps its item, so a local
/// qualifies only when all of this holds:
/// <list type="bullet">
/// <item>every assignment of it reads an item of a list parameter xs of its exact class (<c>v = xs[i]</c>, or the
/// target of <c>for v in xs</c>), where xs is never assigned in the function: the caller's handle keeps that list
/// alive for the whole call;</item>
/// <item>it is only read as the object of a field read or store (<c>v.x</c>, <c>v.x = e</c>): the pointer never
/// escapes, so it is never read after the function could have changed the list;</item>
/// <item>nothing in the function can remove an item from such a list: no call of user code (a function, method,
/// closure or initializer could mutate it through an alias), no yield, no operation calling a function argument, and
/// no operation mutating an argument that may be a list of that class;</item>
/// <item>it is an ordinary local: not a parameter, not shared with a closure, and the function is not a generator;</item>
/// <item>no class of the module defines a dunder other than <c>__init__</c> (checked by the caller,
/// <see cref="CppModuleWriter.DefinesImplicitDunders"/>): the runtime calls those from inside operations.</item>
/// </list>
/// </summary>
internal static class CppBorrowAnalysis
{
    /// <summary>The locals of <paramref name="function"/> that are emitted as borrowed raw pointers.</summary>
    public static HashSet<IrVariable> FindBorrowed(IrFunction function, HashSet<IrVariable> cells)
    {
        if (function.IsGenerator) return [];
        var scan = new Scan();
        scan.VisitFunction(function);
        var borrowed = new HashSet<IrVariable>();
        foreach (var (variable, sources) in scan.Sources)
        {
            if (variable.Kind is not (IrVariableKind.Local or IrVariableKind.Temporary) || cells.Contains(variable)) continue;
            if (variable.Type.Resolve() is not ClassType || scan.Disqualified.Contains(variable)) continue;
            if (sources.Any(list => list is null || !scan.UnassignedParameters.Contains(list) || cells.Contains(list))) continue;
            if (scan.MayRemoveItems(variable.Type.Resolve())) continue;
            borrowed.Add(variable);
        }
        return borrowed;
    }

    /// <summary>Whether <paramref name="value"/> reads a list item by an int index (<c>xs[i]</c>), what a borrowing assignment reads.</summary>
    public static bool IsListItemRead(IrExpression value) =>
        value is IrCall { Overload.OperationName: "operator.getitem", Arguments: [IrLoad { Variable.Type: var listType }, var index] }
        && listType.Resolve() is ListType && index.Type == PyType.Int;

    private sealed class Scan : IrVisitor
    {
        /// <summary>Per class-typed variable, the list each assignment reads an item of (null: any other assignment).</summary>
        public Dictionary<IrVariable, List<IrVariable?>> Sources { get; } = [];

        /// <summary>Variables read other than as the object of a field access, or captured.</summary>
        public HashSet<IrVariable> Disqualified { get; } = [];

        public HashSet<IrVariable> UnassignedParameters { get; } = [];

        private readonly List<PyType> _mutatedTypes = [];
        private bool _runsUserCode;

        /// <summary>Whether some operation of the function may remove an item from a list of <paramref name="element"/>.</summary>
        public bool MayRemoveItems(PyType element) =>
            _runsUserCode || _mutatedTypes.Any(t => t is not (ListType or DictType or DictViewType or SetType or TupleType) || (t is ListType { Element: var e } && e.Resolve() == element));

        public override void VisitFunction(IrFunction node)
        {
            base.VisitFunction(node);
            var written = IrVariableUses.Collect(node).Written;
            UnassignedParameters.UnionWith(node.Parameters.Where(p => !written.Contains(p)));
        }

        private void Source(IrVariable variable, IrVariable? list)
        {
            if (variable.Type.Resolve() is not ClassType) return;
            if (!Sources.TryGetValue(variable, out var lists)) Sources[variable] = lists = [];
            lists.Add(list);
        }

        /// <summary>Whether an operation given a value of <paramref name="type"/> may run user code through it (list(gen), a callable).</summary>
        private static bool MayRunCode(PyType type) => type.Resolve() is GeneratorType or IteratorType or IterableType or CallableType or FunctionType;

        private static IrVariable? ListOf(IrExpression value, PyType element) =>
            value is IrLoad { Variable: var list } && list.Type.Resolve() is ListType { Element: var e } && e.Resolve() == element.Resolve() ? list : null;

        protected override void Enter(IrNode node)
        {
            switch (node)
            {
                case IrAssign assign:
                    Source(assign.Target, IsListItemRead(assign.Value) && assign.Value.Type.Resolve() == assign.Target.Type.Resolve()
                        ? ListOf(((IrCall)assign.Value).Arguments[0], assign.Target.Type) : null);
                    break;
                case IrFor loop:
                    // Stepping a generator or another iterator runs its code.
                    if (loop.ForKind == IrForKind.Iterator && loop.Iterable is { } iterable && MayRunCode(iterable.Type)) _runsUserCode = true;
                    foreach (var target in loop.Target.Variables)
                        Source(target, loop.ForKind == IrForKind.Sequence && loop.Target.Variable == target ? ListOf(loop.Iterable!, target.Type) : null);
                    break;
                case IrUnpack unpack:
                    foreach (var target in unpack.Target.Variables) Source(target, null);
                    break;
                case IrExceptHandler { Variable: { } caught }:
                    Source(caught, null);
                    break;
                case IrWith with:
                    Source(with.ContextVariable, null);
                    if (with.Target is { } bound) Source(bound, null);
                    break;
                case IrDelete delete:
                    Source(delete.Variable, null);
                    break;
                case IrYield yield:
                    _runsUserCode = true;
                    if (yield.Result is { } result) Source(result, null);
                    break;
                case IrMakeClosure closure:
                    Disqualified.UnionWith(closure.CapturedVariables);
                    break;
                case IrCallFunction or IrMethodCall or IrCallIndirect:
                case IrNew { Initializer: not null }:
                    _runsUserCode = true;
                    break;
                case IrCall call:
                    if (call.Overload.Effects.HasFlag(OperationEffects.CallsArgument) || call.Arguments.Any(a => MayRunCode(a.Type))) _runsUserCode = true;
                    if (call.Overload.Effects.HasFlag(OperationEffects.MutatesArgument))
                    {
                        var index = call.Overload.MutatedParameter;
                        // Unknown which argument: any list may lose items.
                        _mutatedTypes.Add(call.KeywordNames.Any(k => k is not null) || index < 0 || index >= call.Arguments.Count
                            ? PyType.Object : call.Arguments[index].Type.Resolve());
                    }
                    break;
            }
        }

        // Field reads and stores through a variable are the allowed reads: visit everything but that load.
        public override void VisitFieldLoad(IrFieldLoad node)
        {
            if (node.Instance is not IrLoad) base.VisitFieldLoad(node);
        }

        public override void VisitStoreField(IrStoreField node)
        {
            if (node.Instance is not IrLoad) VisitExpression(node.Instance);
            VisitExpression(node.Value);
        }

        public override void VisitLoad(IrLoad node) => Disqualified.Add(node.Variable);

        public override void VisitShortCircuit(IrShortCircuit node)
        {
            Disqualified.Add(node.TruthVariable);
            base.VisitShortCircuit(node);
        }
    }
}
