namespace PythonAot.Compiler.Semantics.IR;

/// <summary><c>continue</c> with the next iteration of the innermost loop.</summary>
public sealed class IrContinue : IrStatement
{
    /// <inheritdoc/>
    public override IrNodeKind NodeKind => IrNodeKind.Continue;
}
