using System.Collections.Immutable;
using PythonAot.Compiler.Semantics.Binding;
using PythonAot.Compiler.Semantics.Inference;
using PythonAot.Compiler.Semantics.Symbols;
using PythonAot.Compiler.Semantics.Types;
using PythonAot.Compiler.Syntax;

namespace PythonAot.Compiler.Semantics;

/// <summary>
/// Answers questions about one tree of a compilation: the type of every expression, what a name or operator refers
/// to (with the overload an operation resolved to), the symbol a declaration declares, and the names in scope at a
/// position. For an unannotated function instantiated with several argument types, the answers come from its first
/// instance (the instances are listed by <c>pyaot ir</c>).
/// </summary>
public sealed class SemanticModel
{
    private readonly CompilationAnalysis _analysis;
    private readonly ModuleInfo _module;

    internal SemanticModel(PythonCompilation compilation, SyntaxTree tree, CompilationAnalysis analysis)
    {
        Compilation = compilation;
        SyntaxTree = tree;
        _analysis = analysis;
        _module = analysis.Inference.GetModule(tree)!;
    }

    /// <summary>The compilation.</summary>
    public PythonCompilation Compilation { get; }

    /// <summary>The tree this model is about.</summary>
    public SyntaxTree SyntaxTree { get; }

    /// <summary>The binder's scopes of the tree (CPython's symbol table).</summary>
    public ScopeTree Scopes => _module.Scopes;

    /// <summary>The type of an expression (narrowed at that point), or a TypeInfo with null types when it was not typed.</summary>
    public TypeInfo GetTypeInfo(ExpressionSyntax expression)
    {
        if (Find(expression) is not { } info) return new TypeInfo(null, null);
        var type = info.Type.Resolve();
        return new TypeInfo(type, info.DeclaredType?.Resolve() ?? type);
    }

    /// <summary>
    /// What a node refers to: for a name, attribute or call, its symbol; for an operator expression (binary, unary,
    /// comparison clause, subscript, augmented assignment) or a builtin call, the resolved overload too.
    /// </summary>
    public SymbolInfo GetSymbolInfo(SyntaxNode node)
    {
        if (node is ComparisonExpressionSyntax { Comparisons.Count: 1 } single) node = single.Comparisons[0];
        if (Find(node) is not { } info)
            return node is NameExpressionSyntax name && Scopes.Resolve(name).Binding is { } binding ? new SymbolInfo(_analysis.Inference.GetSymbol(binding), null) : default;
        return new SymbolInfo(info.Symbol, info.Resolution?.Overload);
    }

    /// <summary>The symbol a declaration declares: a def or lambda, class, parameter, import alias, annotated field, or an assignment target name.</summary>
    public Symbol? GetDeclaredSymbol(SyntaxNode declaration)
    {
        if (_analysis.Inference.DeclaredSymbols.GetValueOrDefault(declaration) is { } symbol) return symbol;
        if (declaration is NameExpressionSyntax name && Scopes.Resolve(name).Binding is { } binding && binding.Bindings.Contains(name))
            return _analysis.Inference.GetSymbol(binding) ?? _analysis.Inference.GetOrCreateVariableSymbol(_module, binding);
        return null;
    }

    /// <summary>The type of a variable, parameter or field symbol (its one native type), or null.</summary>
    public PyType? GetSymbolType(Symbol symbol) => _analysis.Inference.GetSymbolType(symbol);

    /// <summary>
    /// The symbols visible at <paramref name="position"/>: the names of the enclosing scopes (a class body's names
    /// only inside that body, as Python has it), then the module's, then the builtins the operation library implements.
    /// </summary>
    public ImmutableArray<Symbol> LookupSymbols(int position)
    {
        var token = SyntaxTree.GetRoot().FindToken(position);
        var scope = token.Parent is { } parent ? Scopes.GetEnclosingScope(parent) : Scopes.Module;
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var result = ImmutableArray.CreateBuilder<Symbol>();
        var innermost = true;
        for (var s = scope; s is not null; s = s.Parent)
        {
            if (s.Kind == ScopeKind.Class && !innermost) continue;
            innermost = false;
            foreach (var name in s.Names)
            {
                if (!name.IsBound || name.IsFree || (s.Kind != ScopeKind.Module && name.IsGlobal) || !seen.Add(name.Name)) continue;
                result.Add(_analysis.Inference.GetSymbol(name) ?? _analysis.Inference.GetOrCreateVariableSymbol(_module, name));
            }
        }
        foreach (var (name, cls) in BuiltinClasses.All)
            if (seen.Add(name)) result.Add(cls);
        foreach (var operation in Compilation.Options.OperationLibrary.Operations.Where(o => o.Container == "builtins"))
            if (seen.Add(operation.ShortName)) result.Add(new OperationSymbol(operation));
        return result.ToImmutable();
    }

    private ExpressionInfo? Find(SyntaxNode node)
    {
        foreach (var instance in _analysis.Inference.Instances)
            if (instance.Module == _module && instance.Expressions.TryGetValue(node, out var info)) return info;
        return null;
    }
}
