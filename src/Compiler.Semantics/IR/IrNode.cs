namespace PythonAot.Compiler.Semantics.IR;

/// <summary>
/// The base of every statement and expression of the typed IR. Nodes are mutable classes: a pass rewrites a
/// function in place (usually through <see cref="IrRewriter"/>), and the verifier checks the result.
/// </summary>
public abstract class IrNode
{
    /// <summary>Where the node comes from in the source, or null for a node synthesized by a pass.</summary>
    public IrLocation? Location { get; set; }

    /// <summary>The concrete kind.</summary>
    public abstract IrNodeKind NodeKind { get; }

    /// <summary>The node kind (the printer gives the full text).</summary>
    public override string ToString() => NodeKind.ToString();
}
