using PythonAot.Compiler.Syntax;

namespace PythonAot.Compiler.Semantics.Lowering;

/// <summary>Thrown inside the lowering for a construct the IR cannot express; <see cref="IrLowering"/> turns it into PA4001.</summary>
internal sealed class LoweringException(SyntaxNode? node, string construct) : Exception(construct)
{
    /// <summary>Where the construct is.</summary>
    public SyntaxNode? Node { get; } = node;

    /// <summary>What is not supported (the diagnostic's argument).</summary>
    public string Construct { get; } = construct;
}
