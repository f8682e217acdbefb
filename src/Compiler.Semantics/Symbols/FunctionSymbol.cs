using PythonAot.Compiler.Semantics.Types;
using PythonAot.Compiler.Syntax;

namespace PythonAot.Compiler.Semantics.Symbols;

/// <summary>
/// A def, method or lambda. An annotated function has one signature; a function with unannotated parameters is
/// instantiated once per distinct tuple of argument types at its call sites (see the compilation's instances).
/// </summary>
public sealed class FunctionSymbol : Symbol
{
    /// <summary>Creates a function symbol from its declaration.</summary>
    public FunctionSymbol(string name, SyntaxNode syntax, IReadOnlyList<ParameterSymbol> parameters, PyType? declaredReturnType, bool isGenerator)
        : base(name, syntax)
    {
        Parameters = parameters;
        DeclaredReturnType = declaredReturnType;
        IsGenerator = isGenerator;
        foreach (var parameter in parameters) parameter.ContainingSymbol = this;
    }

    /// <inheritdoc/>
    public override SymbolKind Kind => SymbolKind.Function;

    /// <summary>The parameters in order (for a method, <c>self</c> first).</summary>
    public IReadOnlyList<ParameterSymbol> Parameters { get; }

    /// <summary>The return annotation's type, or null when there is none (inferred per instance).</summary>
    public PyType? DeclaredReturnType { get; }

    /// <summary>Whether the body contains <c>yield</c>.</summary>
    public bool IsGenerator { get; }

    /// <summary>Whether this is a lambda expression.</summary>
    public bool IsLambda => DeclaringSyntax is LambdaExpressionSyntax;

    /// <summary>The class whose body declares this method, if it is one.</summary>
    public ClassSymbol? ContainingClass => ContainingSymbol as ClassSymbol;

    /// <summary>The function or lambda whose body declares this one (a closure), if any.</summary>
    public FunctionSymbol? ContainingFunction { get; internal set; }

    /// <summary>Whether every parameter (except a method's self) and the return have annotations.</summary>
    public bool IsFullyAnnotated =>
        DeclaredReturnType is not null && Parameters.Where((p, i) => !(i == 0 && ContainingClass is not null)).All(p => p.DeclaredType is not null);

    /// <summary>Dotted name as Python's __qualname__ (without &lt;locals&gt;): <c>Point.norm</c>.</summary>
    public string QualifiedName => ContainingClass is { } c ? $"{c.Name}.{Name}" : ContainingFunction is { } f ? $"{f.QualifiedName}.{Name}" : Name;

    /// <inheritdoc/>
    public override string ToDisplayString()
    {
        var parameters = string.Join(", ", Parameters.Select(p => p.DeclaredType is null ? p.Name : $"{p.Name}: {p.DeclaredType.DisplayName}"));
        var returns = DeclaredReturnType is null ? "" : $" -> {DeclaredReturnType.DisplayName}";
        return $"function {QualifiedName}({parameters}){returns}";
    }
}
