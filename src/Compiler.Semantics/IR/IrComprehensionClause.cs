namespace PythonAot.Compiler.Semantics.IR;

/// <summary>A clause of a comprehension: <see cref="IrComprehensionFor"/> or <see cref="IrComprehensionIf"/>.</summary>
public abstract class IrComprehensionClause
{
}
