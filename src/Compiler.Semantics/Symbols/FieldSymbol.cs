using PythonAot.Compiler.Semantics.Types;
using PythonAot.Compiler.Syntax;

namespace PythonAot.Compiler.Semantics.Symbols;

/// <summary>An instance field, declared by an annotation in the class body or an assignment to <c>self.name</c> in <c>__init__</c>.</summary>
public sealed class FieldSymbol : Symbol
{
    /// <summary>Creates a field of type <paramref name="type"/> (a type variable until inference fixes it).</summary>
    public FieldSymbol(string name, PyType type, SyntaxNode? declaringSyntax, bool hasClassDefault = false) : base(name, declaringSyntax)
    {
        Type = type;
        HasClassDefault = hasClassDefault;
    }

    /// <inheritdoc/>
    public override SymbolKind Kind => SymbolKind.Field;

    /// <summary>The field's type.</summary>
    public PyType Type { get; }

    /// <summary>Whether the class body gives a default (<c>x: int = 0</c>; a dataclass field default).</summary>
    public bool HasClassDefault { get; }

    /// <summary>The class that declares the field.</summary>
    public ClassSymbol? ContainingClass => ContainingSymbol as ClassSymbol;

    /// <inheritdoc/>
    public override string ToDisplayString() => $"field {ContainingClass?.Name}.{Name}: {Type.Resolve().DisplayName}";
}
