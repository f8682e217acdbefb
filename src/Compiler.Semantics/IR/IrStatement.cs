namespace PythonAot.Compiler.Semantics.IR;

/// <summary>A statement: structured control flow or an effect. Statements have no type.</summary>
public abstract class IrStatement : IrNode
{
}
