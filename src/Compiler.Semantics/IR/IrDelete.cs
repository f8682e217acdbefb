namespace PythonAot.Compiler.Semantics.IR;

/// <summary>
/// <c>del variable</c>: the variable is unbound (reading it again raises UnboundLocalError / NameError).
/// <c>del xs[i]</c> is a call of <c>operator.delitem</c>.
/// </summary>
public sealed class IrDelete(IrVariable variable) : IrStatement
{
    /// <summary>The variable unbound.</summary>
    public IrVariable Variable { get; set; } = variable;

    /// <inheritdoc/>
    public override IrNodeKind NodeKind => IrNodeKind.Delete;
}
