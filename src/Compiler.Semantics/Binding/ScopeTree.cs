using Diagnostic = Microsoft.CodeAnalysis.Diagnostic;
using DiagnosticDescriptor = Microsoft.CodeAnalysis.DiagnosticDescriptor;
using PythonAot.Compiler.Syntax;

namespace PythonAot.Compiler.Semantics.Binding;

/// <summary>
/// The scopes of one module: CPython 3.11's symbol table (the <c>symtable</c> module's view of it) rebuilt over
/// our syntax tree, plus the resolution of every name occurrence to the scope that binds it.
/// </summary>
public sealed class ScopeTree
{
    private readonly Dictionary<SyntaxNode, Scope> _scopesBySyntax;
    private readonly Dictionary<int, ScopeName> _occurrences;

    private ScopeTree(SyntaxTree tree, Scope module, Dictionary<SyntaxNode, Scope> scopesBySyntax, Dictionary<int, ScopeName> occurrences, List<Diagnostic> diagnostics)
    {
        SyntaxTree = tree;
        Module = module;
        _scopesBySyntax = scopesBySyntax;
        _occurrences = occurrences;
        Diagnostics = diagnostics;
    }

    /// <summary>The tree the scopes were built from.</summary>
    public SyntaxTree SyntaxTree { get; }

    /// <summary>The module's scope (symtable's "top"), the root of the tree.</summary>
    public Scope Module { get; }

    /// <summary>The PA1xxx errors CPython's symbol table would raise (the first is the one CPython reports), in visit order.</summary>
    public IReadOnlyList<Diagnostic> Diagnostics { get; }

    /// <summary>Builds the scopes of <paramref name="tree"/> (two passes, as CPython: record facts, then analyze).</summary>
    public static ScopeTree Build(SyntaxTree tree)
    {
        ArgumentNullException.ThrowIfNull(tree);
        var module = (ModuleSyntax)tree.GetRoot();
        var diagnostics = new List<Diagnostic>();
        var scopesBySyntax = new Dictionary<SyntaxNode, Scope>();
        var occurrences = new Dictionary<int, ScopeName>();
        var futureAnnotations = FutureFeatures.Check(tree, module, diagnostics);
        var builder = new SymbolTableBuilder(tree, module, futureAnnotations, diagnostics, scopesBySyntax, occurrences);
        builder.Visit(module);
        new ScopeAnalyzer(tree, diagnostics.Count == 0 ? diagnostics : null).Analyze(builder.Module);
        MarkNamespaces(builder.Module);
        return new ScopeTree(tree, builder.Module, scopesBySyntax, occurrences, diagnostics);
    }

    private static void MarkNamespaces(Scope scope)
    {
        foreach (var child in scope.Children)
        {
            if (scope.Lookup(child.Name) is { } symbol) symbol.IsNamespace = true;
            MarkNamespaces(child);
        }
    }

    /// <summary>The scope a module, def, class, lambda or comprehension node introduces; null for any other node.</summary>
    public Scope? GetScope(SyntaxNode node) => _scopesBySyntax.GetValueOrDefault(node);

    /// <summary>
    /// The innermost scope whose code evaluates <paramref name="node"/>. A def's decorators, defaults and
    /// annotations, a class's decorators and bases, a lambda's defaults and a comprehension's first iterable run in
    /// the enclosing scope; a scope-introducing node itself runs in its enclosing scope too.
    /// </summary>
    public Scope GetEnclosingScope(SyntaxNode node)
    {
        ArgumentNullException.ThrowIfNull(node);
        var child = node;
        var parent = node.Parent;
        while (parent is not null)
        {
            if (parent is ComprehensionForClauseSyntax clause && child == clause.Iterable && IsOutermost(clause))
            {
                // The outermost iterable is evaluated before the comprehension's block is entered.
                child = clause.Parent!;
                parent = child.Parent;
                continue;
            }
            if (EvaluatesInside(parent, child) && GetScope(parent) is { } scope) return scope;
            child = parent;
            parent = parent.Parent;
        }
        return Module;
    }

    private static bool EvaluatesInside(SyntaxNode owner, SyntaxNode child) => owner switch
    {
        FunctionDefinitionSyntax function => child == function.Body,
        ClassDefinitionSyntax @class => child == @class.Body,
        LambdaExpressionSyntax lambda => child == lambda.Body,
        _ => true,
    };

    private static bool IsOutermost(ComprehensionForClauseSyntax clause) => clause.Parent switch
    {
        ListComprehensionSyntax list => list.Clauses[0] == clause,
        SetComprehensionSyntax set => set.Clauses[0] == clause,
        DictionaryComprehensionSyntax dictionary => dictionary.Clauses[0] == clause,
        GeneratorExpressionSyntax generator => generator.Clauses[0] == clause,
        _ => false,
    };

    /// <summary>Resolves a name expression (a read, a store or del target, a walrus target, a global/nonlocal name).</summary>
    public ResolvedName Resolve(NameExpressionSyntax name)
    {
        ArgumentNullException.ThrowIfNull(name);
        return Resolve(name.Identifier);
    }

    /// <summary>
    /// Resolves an identifier token that names something: a <see cref="NameExpressionSyntax"/>'s identifier, a
    /// parameter name, a def or class name, an import alias (or the first name of <c>import a.b</c>), an except-as
    /// name, a pattern capture. A name only seen in an annotation postponed by <c>from __future__ import
    /// annotations</c> (which CPython never binds) resolves as it would read in the enclosing scope.
    /// </summary>
    public ResolvedName Resolve(SyntaxToken identifier)
    {
        if (_occurrences.TryGetValue(identifier.SpanStart, out var symbol)) return Resolve(symbol);
        if (identifier.Parent is null || identifier.Text.Length == 0) return default;
        var scope = GetEnclosingScope(identifier.Parent);
        var name = SymbolTableBuilder.Identifier(identifier);
        for (var s = scope; s is not null; s = s.Parent)
        {
            // Class names are visible only in their own body.
            if (s.Kind == ScopeKind.Class && s != scope) continue;
            if (s.Lookup(Mangled(s, name)) is { } found && (found.IsBound || found.Scope is NameScope.GlobalExplicit or NameScope.Free)) return Resolve(found);
        }
        return ResolveGlobal(name);
    }

    /// <summary>Where the value of <paramref name="symbol"/> lives, following CPython's rules for its scope.</summary>
    public ResolvedName Resolve(ScopeName symbol)
    {
        ArgumentNullException.ThrowIfNull(symbol);
        switch (symbol.Scope)
        {
            case NameScope.Local:
            case NameScope.Cell:
                return new ResolvedName(symbol, false);
            case NameScope.Free:
                // The nearest enclosing function-like block that owns it (class bodies are skipped).
                for (var scope = symbol.Owner.Parent; scope is not null; scope = scope.Parent)
                {
                    if (!scope.IsFunctionLike) continue;
                    if (scope.Lookup(symbol.Name) is { Scope: NameScope.Local or NameScope.Cell } owner) return new ResolvedName(owner, false);
                }
                return default;
            default:
                return ResolveGlobal(symbol.Name);
        }
    }

    private ResolvedName ResolveGlobal(string name)
    {
        if (Module.Lookup(name) is { } global && (global.IsBound || (global.Flags & NameFlags.DeclaredGlobal) != 0))
            return new ResolvedName(global, false);
        return new ResolvedName(null, PythonBuiltins.Contains(name));
    }

    private static string Mangled(Scope scope, string name)
    {
        for (var s = scope; s is not null; s = s.Parent)
        {
            if (s.Kind == ScopeKind.Class) return SymbolTableBuilder.Mangle(s.Name, name);
        }
        return name;
    }
}
