using PythonAot.Compiler.Semantics.Types;

namespace PythonAot.Compiler.Semantics.IR;

/// <summary>An expression: computes one value of a fully resolved <see cref="Type"/>.</summary>
public abstract class IrExpression : IrNode
{
    /// <summary>The value's type (never a type variable, type parameter or error type in verified IR).</summary>
    public abstract PyType Type { get; }
}
