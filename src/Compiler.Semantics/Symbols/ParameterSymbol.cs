using PythonAot.Compiler.Semantics.Types;
using PythonAot.Compiler.Syntax;

namespace PythonAot.Compiler.Semantics.Symbols;

/// <summary>A parameter of a function or lambda.</summary>
public sealed class ParameterSymbol : Symbol
{
    /// <summary>Creates a parameter.</summary>
    public ParameterSymbol(string name, ParameterSyntax? syntax, PyType? declaredType, ParameterKind parameterKind, ExpressionSyntax? defaultValue)
        : base(name, syntax)
    {
        DeclaredType = declaredType;
        ParameterKind = parameterKind;
        DefaultValue = defaultValue;
    }

    /// <inheritdoc/>
    public override SymbolKind Kind => SymbolKind.Parameter;

    /// <summary>The annotation's type (for <c>*args: int</c>, <c>tuple[int, ...]</c>), or null when unannotated.</summary>
    public PyType? DeclaredType { get; }

    /// <summary>How arguments bind to it.</summary>
    public ParameterKind ParameterKind { get; }

    /// <summary>The default value expression, if any.</summary>
    public ExpressionSyntax? DefaultValue { get; }

    /// <summary>The function that declares it.</summary>
    public FunctionSymbol? ContainingFunction => ContainingSymbol as FunctionSymbol;

    /// <inheritdoc/>
    public override string ToDisplayString() => DeclaredType is null ? $"parameter {Name}" : $"parameter {Name}: {DeclaredType.DisplayName}";
}
