using PythonAot.Compiler.Semantics.Operations;
using PythonAot.Compiler.Semantics.Symbols;
using PythonAot.Compiler.Semantics.Types;

namespace PythonAot.Compiler.Semantics.Inference;

/// <summary>What inference learned about one expression in one function instance.</summary>
internal sealed record ExpressionInfo(PyType Type)
{
    /// <summary>The symbol a name, attribute or call refers to.</summary>
    public Symbol? Symbol { get; init; }

    /// <summary>The resolution of the operation the expression performs, when it performs one.</summary>
    public OverloadResolutionResult? Resolution { get; init; }

    /// <summary>The function instance a call of a user function binds to.</summary>
    public FunctionInstance? CalledInstance { get; init; }

    /// <summary>
    /// For an operator: <see cref="CalledInstance"/> is the right operand's reflected method (<c>__radd__</c> for
    /// <c>a + b</c>, <c>__gt__</c> for <c>a &lt; b</c>), called on the right operand with the left one.
    /// </summary>
    public bool Reflected { get; init; }

    /// <summary>For a name: the narrowed type differs from the variable's type (after is-not-None or isinstance).</summary>
    public PyType? DeclaredType { get; init; }
}
