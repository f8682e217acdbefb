namespace PythonAot.Compiler.Semantics.IR;

/// <summary><c>break</c> out of the innermost loop.</summary>
public sealed class IrBreak : IrStatement
{
    /// <inheritdoc/>
    public override IrNodeKind NodeKind => IrNodeKind.Break;
}
