using PythonAot.Compiler.Semantics.IR;
using PythonAot.Compiler.Semantics.Operations;

namespace PythonAot.Compiler.Emit.Cpp;

/// <summary>
/// Which functions are quiet: calling one has no effect another expression could observe (no output, no
/// mutation of anything but its own fresh locals, no store to a global, field or cell); it may still raise. Two
/// calls of quiet functions may be evaluated in either order, so <c>fib(n - 1) + fib(n - 2)</c> stays a plain
/// C++ expression instead of a sequenced lambda.
/// </summary>
internal sealed class CppEffectAnalysis
{
    private readonly Dictionary<IrFunction, bool> _quiet = [];

    /// <summary>Analyzes every function of <paramref name="module"/> (optimistically for recursion, then to a fixed point).</summary>
    public CppEffectAnalysis(IrModule module)
    {
        var functions = module.AllFunctions.ToList();
        foreach (var function in functions) _quiet[function] = true;
        for (var changed = true; changed;)
        {
            changed = false;
            foreach (var function in functions)
            {
                if (!_quiet[function]) continue;
                var finder = new EffectFinder(this);
                finder.VisitFunction(function);
                if (finder.Found)
                {
                    _quiet[function] = false;
                    changed = true;
                }
            }
        }
    }

    /// <summary>Whether a call of <paramref name="function"/> has no observable effect (a generator function is quiet: the call runs nothing).</summary>
    public bool IsQuiet(IrFunction function) => function.IsGenerator || _quiet.GetValueOrDefault(function);

    private sealed class EffectFinder(CppEffectAnalysis analysis) : IrVisitor
    {
        public bool Found { get; private set; }

        public override void VisitCall(IrCall node)
        {
            Found |= node.Overload.Effects != OperationEffects.Pure;
            base.VisitCall(node);
        }

        public override void VisitCallFunction(IrCallFunction node)
        {
            Found |= !analysis.IsQuiet(node.Function);
            base.VisitCallFunction(node);
        }

        public override void VisitMethodCall(IrMethodCall node)
        {
            Found = true;
            base.VisitMethodCall(node);
        }

        public override void VisitCallIndirect(IrCallIndirect node)
        {
            Found = true;
            base.VisitCallIndirect(node);
        }

        public override void VisitNew(IrNew node)
        {
            Found |= node.Initializer is { } init && !analysis.IsQuiet(init);
            base.VisitNew(node);
        }

        public override void VisitStoreField(IrStoreField node)
        {
            Found = true;
            base.VisitStoreField(node);
        }

        public override void VisitAssign(IrAssign node)
        {
            Found |= node.Target.Kind is IrVariableKind.Global or IrVariableKind.Captured;
            base.VisitAssign(node);
        }

        public override void VisitUnpack(IrUnpack node)
        {
            Found |= node.Target.Variables.Any(v => v.Kind is IrVariableKind.Global or IrVariableKind.Captured);
            base.VisitUnpack(node);
        }

        public override void VisitFor(IrFor node)
        {
            Found |= node.Target.Variables.Any(v => v.Kind is IrVariableKind.Global or IrVariableKind.Captured);
            base.VisitFor(node);
        }
    }
}
