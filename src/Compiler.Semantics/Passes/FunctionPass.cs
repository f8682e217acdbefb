using PythonAot.Compiler.Semantics.IR;

namespace PythonAot.Compiler.Semantics.Passes;

/// <summary>A pass that handles each function on its own, including functions a pass adds while it runs after the snapshot is taken (they are not revisited).</summary>
public abstract class FunctionPass : IIrPass
{
    /// <inheritdoc/>
    public abstract string Name { get; }

    /// <inheritdoc/>
    public abstract string Description { get; }

    /// <inheritdoc/>
    public virtual IReadOnlyCollection<IrNodeKind> RemovedKinds => [];

    /// <summary>Runs <see cref="Run(IrFunction, PassContext)"/> on every function of the module (a snapshot: functions the pass adds are not visited).</summary>
    public void Run(IrModule module, PassContext context)
    {
        foreach (var function in module.AllFunctions.ToList()) Run(function, context);
    }

    /// <summary>Runs the pass on one function.</summary>
    public abstract void Run(IrFunction function, PassContext context);

    /// <inheritdoc/>
    public override string ToString() => Name;
}
