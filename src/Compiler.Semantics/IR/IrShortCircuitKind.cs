namespace PythonAot.Compiler.Semantics.IR;

/// <summary>The operator of an <see cref="IrShortCircuit"/>.</summary>
public enum IrShortCircuitKind
{
    /// <summary><c>a and b</c>: a when a is falsy, else b.</summary>
    And,
    /// <summary><c>a or b</c>: a when a is truthy, else b.</summary>
    Or,
}
