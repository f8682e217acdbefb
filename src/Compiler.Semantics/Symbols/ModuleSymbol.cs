using PythonAot.Compiler.Syntax;

namespace PythonAot.Compiler.Semantics.Symbols;

/// <summary>A module: one syntax tree of the compilation, or a library module (math) the operation library implements.</summary>
public sealed class ModuleSymbol : Symbol
{
    /// <summary>Creates a module symbol.</summary>
    public ModuleSymbol(string name, SyntaxTree? syntaxTree) : base(name, syntaxTree?.GetRoot())
    {
        SyntaxTree = syntaxTree;
    }

    /// <inheritdoc/>
    public override SymbolKind Kind => SymbolKind.Module;

    /// <summary>The module's tree, or null for a library module.</summary>
    public SyntaxTree? SyntaxTree { get; }

    /// <summary>Whether this is a library module implemented by the operation library.</summary>
    public bool IsLibraryModule => SyntaxTree is null;

    /// <inheritdoc/>
    public override string ToDisplayString() => $"module {Name}";
}
