namespace PythonAot.Compiler.Semantics.IR;

/// <summary>A series of statements run in order (Codon's SeriesFlow).</summary>
public sealed class IrBlock : IrStatement
{
    /// <summary>Creates a block of <paramref name="statements"/>.</summary>
    public IrBlock(IEnumerable<IrStatement>? statements = null)
    {
        if (statements is not null) Statements.AddRange(statements);
    }

    /// <summary>The statements.</summary>
    public List<IrStatement> Statements { get; } = [];

    /// <inheritdoc/>
    public override IrNodeKind NodeKind => IrNodeKind.Block;
}
