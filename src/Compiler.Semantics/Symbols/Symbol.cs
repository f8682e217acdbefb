using PythonAot.Compiler.Syntax;

namespace PythonAot.Compiler.Semantics.Symbols;

/// <summary>Something a name refers to. Symbols are created by the compilation and compared by identity.</summary>
public abstract class Symbol
{
    private protected Symbol(string name, SyntaxNode? declaringSyntax)
    {
        Name = name;
        DeclaringSyntax = declaringSyntax;
    }

    /// <summary>The name as written.</summary>
    public string Name { get; }

    /// <summary>The kind of symbol.</summary>
    public abstract SymbolKind Kind { get; }

    /// <summary>The node that declares the symbol (def, class, parameter, first assignment), or null for library symbols.</summary>
    public SyntaxNode? DeclaringSyntax { get; }

    /// <summary>The symbol this one is declared in (a function's module or class, a parameter's function), if any.</summary>
    public Symbol? ContainingSymbol { get; internal set; }

    /// <summary>A readable description: <c>function embed_prompts(texts: list[str], task: str) -> list[str]</c>.</summary>
    public virtual string ToDisplayString() => $"{Kind.ToString().ToLowerInvariant()} {Name}";

    /// <inheritdoc/>
    public override string ToString() => ToDisplayString();
}
