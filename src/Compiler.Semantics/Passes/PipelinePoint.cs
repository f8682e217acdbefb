using PythonAot.Compiler.Semantics.IR;

namespace PythonAot.Compiler.Semantics.Passes;

/// <summary>A named point in a <see cref="PassPipeline"/>: an entry that does nothing, to insert passes relative to.</summary>
public sealed class PipelinePoint(string name) : IIrPass
{
    /// <inheritdoc/>
    public string Name { get; } = name;

    /// <inheritdoc/>
    public string Description => "a named point of the pipeline (does nothing)";

    /// <inheritdoc/>
    public IReadOnlyCollection<IrNodeKind> RemovedKinds => [];

    /// <inheritdoc/>
    public void Run(IrModule module, PassContext context)
    {
    }

    /// <inheritdoc/>
    public override string ToString() => $"<{Name}>";
}
