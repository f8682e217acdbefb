using PythonAot.Compiler.Semantics.Binding;
using PythonAot.Compiler.Semantics.Symbols;
using PythonAot.Compiler.Syntax;

namespace PythonAot.Compiler.Semantics.Inference;

/// <summary>One module of the compilation while it is analyzed: its tree, scopes, symbol and top-level instance.</summary>
internal sealed class ModuleInfo(string name, SyntaxTree tree, ScopeTree scopes, ModuleSymbol symbol)
{
    public string Name { get; } = name;

    public SyntaxTree Tree { get; } = tree;

    public ScopeTree Scopes { get; } = scopes;

    public ModuleSymbol Symbol { get; } = symbol;

    public FunctionInstance? Init { get; set; }

    /// <summary>Top-level defs and classes by name (what <c>from module import name</c> finds).</summary>
    public Dictionary<string, Symbol> Members { get; } = new(StringComparer.Ordinal);
}
