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

    /// <summary>The node printed by <see cref="IrPrinter"/> (multi-line for statements with bodies).</summary>
    public override string ToString() => IrPrinter.PrintNode(this);
}
