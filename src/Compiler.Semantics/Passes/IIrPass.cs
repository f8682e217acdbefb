using PythonAot.Compiler.Semantics.IR;

namespace PythonAot.Compiler.Semantics.Passes;

/// <summary>
/// A pass over the typed IR of a module. Passes rewrite the IR in place; the pass manager verifies the result
/// (when asked) and, from then on, rejects the node kinds the pass declares it removes.
/// </summary>
public interface IIrPass
{
    /// <summary>The pass name, kebab-case and unique in a pipeline (<c>constant-folding</c>); <c>pyaot ir --after NAME</c> uses it.</summary>
    string Name { get; }

    /// <summary>One line on what the pass does.</summary>
    string Description { get; }

    /// <summary>The node kinds that no longer appear after the pass (empty for most passes).</summary>
    IReadOnlyCollection<IrNodeKind> RemovedKinds { get; }

    /// <summary>Runs the pass over <paramref name="module"/>.</summary>
    void Run(IrModule module, PassContext context);
}
