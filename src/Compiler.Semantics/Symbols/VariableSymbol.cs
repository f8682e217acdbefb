using PythonAot.Compiler.Semantics.Types;
using PythonAot.Compiler.Syntax;

namespace PythonAot.Compiler.Semantics.Symbols;

/// <summary>A variable: one native type for every assignment to it (narrowed views aside).</summary>
public sealed class VariableSymbol : Symbol
{
    /// <summary>Creates a variable declared (first bound) at <paramref name="declaringSyntax"/>.</summary>
    public VariableSymbol(string name, VariableKind variableKind, SyntaxNode? declaringSyntax, PyType? declaredType, bool isFinal = false)
        : base(name, declaringSyntax)
    {
        VariableKind = variableKind;
        DeclaredType = declaredType;
        IsFinal = isFinal;
    }

    /// <inheritdoc/>
    public override SymbolKind Kind => SymbolKind.Variable;

    /// <summary>Global, local or class attribute.</summary>
    public VariableKind VariableKind { get; }

    /// <summary>The annotation's type when the variable is annotated (<c>x: list[int] = []</c>).</summary>
    public PyType? DeclaredType { get; }

    /// <summary>Whether it is annotated <c>Final</c>.</summary>
    public bool IsFinal { get; }

    /// <summary>Whether a nested function or lambda refers to it (a cell variable in CPython's terms).</summary>
    public bool IsCaptured { get; internal set; }

    /// <inheritdoc/>
    public override string ToDisplayString() => $"{VariableKind.ToString().ToLowerInvariant()} variable {Name}";
}
