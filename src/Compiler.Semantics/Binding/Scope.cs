using PythonAot.Compiler.Syntax;

namespace PythonAot.Compiler.Semantics.Binding;

/// <summary>
/// One block of CPython's symbol table (a <c>symtable.SymbolTable</c>): the module, a class body, a function, a
/// lambda or a comprehension, with its names and nested blocks.
/// </summary>
public sealed class Scope
{
    private readonly List<Scope> _children = [];
    private readonly List<ScopeName> _names = [];
    private readonly Dictionary<string, ScopeName> _byName = new(StringComparer.Ordinal);

    internal Scope(ScopeKind kind, string name, SyntaxNode syntax, Scope? parent, int lineNumber)
    {
        Kind = kind;
        Name = name;
        Syntax = syntax;
        Parent = parent;
        LineNumber = lineNumber;
        IsNested = parent is not null && (parent.IsNested || parent.IsFunctionLike);
    }

    /// <summary>What kind of block this is.</summary>
    public ScopeKind Kind { get; }

    /// <summary>symtable's get_name(): "top", the def or class name, "lambda", "listcomp", "setcomp", "dictcomp" or "genexpr".</summary>
    public string Name { get; }

    /// <summary>The <see cref="ModuleSyntax"/>, def, class, lambda or comprehension that introduces the block.</summary>
    public SyntaxNode Syntax { get; }

    /// <summary>The enclosing block; null for the module.</summary>
    public Scope? Parent { get; }

    /// <summary>The nested blocks in source order (symtable's get_children()).</summary>
    public IReadOnlyList<Scope> Children => _children;

    /// <summary>
    /// The names in symtable's get_identifiers() order: first occurrence in CPython's visit order, then the free
    /// variables only passed through this block to a nested one (which CPython appends in hash order), sorted ordinally.
    /// </summary>
    public IReadOnlyList<ScopeName> Names => _names;

    /// <summary>symtable's get_lineno(): the 1-based line of the def, class, lambda or comprehension; 0 for the module.</summary>
    public int LineNumber { get; }

    /// <summary>True for functions, lambdas and comprehensions (CPython's FunctionBlock).</summary>
    public bool IsFunctionLike => Kind is ScopeKind.Function or ScopeKind.Lambda or ScopeKind.Comprehension;

    /// <summary>True when the block is inside a function-like block (symtable's is_nested()).</summary>
    public bool IsNested { get; }

    /// <summary>True for a function containing <c>yield</c>, and for a generator expression.</summary>
    public bool IsGenerator { get; internal set; }

    /// <summary>True when the block has free variables.</summary>
    public bool HasFreeVariables { get; internal set; }

    /// <summary>True when a nested block (at any depth) has free variables.</summary>
    public bool HasChildrenWithFreeVariables { get; internal set; }

    /// <summary>True for a class whose methods read <c>__class__</c> (or call <c>super</c>): the class body creates the implicit <c>__class__</c> cell.</summary>
    public bool NeedsClassCell { get; internal set; }

    /// <summary>
    /// An annotation block of <c>from __future__ import annotations</c>: CPython visits postponed annotations in a
    /// block of their own that is no child of anything, so their names reach no symbol table of the tree.
    /// </summary>
    internal bool IsAnnotationBlock { get; init; }

    /// <summary>For a comprehension: "list comprehension", "set comprehension", "dict comprehension" or "generator expression".</summary>
    internal string? ComprehensionDescription { get; init; }

    /// <summary>CPython's ste_comp_iter_expr: inside a comprehension's iterable expression (inherited by nested blocks).</summary>
    internal int IterableExpressionDepth { get; set; }

    /// <summary>CPython's ste_comp_iter_target: visiting a comprehension's iteration target.</summary>
    internal bool InIterationTarget { get; set; }

    /// <summary>Where each name was first declared global or nonlocal here (CPython's ste_directives), for analysis errors.</summary>
    internal Dictionary<string, Microsoft.CodeAnalysis.Text.TextSpan> Directives { get; } = new(StringComparer.Ordinal);

    /// <summary>The name of this block's symbol table, or null when the block has no such name.</summary>
    public ScopeName? Lookup(string name) => _byName.GetValueOrDefault(name);

    internal ScopeName GetOrAdd(string name)
    {
        if (!_byName.TryGetValue(name, out var symbol))
        {
            symbol = new ScopeName(name, this);
            _byName.Add(name, symbol);
            _names.Add(symbol);
        }
        return symbol;
    }

    internal void AddChild(Scope child) => _children.Add(child);

    /// <inheritdoc/>
    public override string ToString() => $"{Kind} {Name} (line {LineNumber})";
}
