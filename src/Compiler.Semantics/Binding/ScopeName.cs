using PythonAot.Compiler.Syntax;

namespace PythonAot.Compiler.Semantics.Binding;

/// <summary>
/// One name of a <see cref="Scope"/>'s symbol table: what CPython's <c>symtable.Symbol</c> reports about it, plus
/// the syntax that binds and reads it in that block.
/// </summary>
public sealed class ScopeName
{
    private readonly List<SyntaxNode> _bindings = [];
    private readonly List<SyntaxNode> _references = [];

    internal ScopeName(string name, Scope owner)
    {
        Name = name;
        Owner = owner;
    }

    /// <summary>The name as CPython stores it: NFKC-normalized, and mangled (<c>__x</c> → <c>_C__x</c>) inside class C.</summary>
    public string Name { get; }

    /// <summary>The block whose symbol table holds the name.</summary>
    public Scope Owner { get; }

    /// <summary>The resolved scope of the name in <see cref="Owner"/>.</summary>
    public NameScope Scope { get; internal set; }

    /// <summary>The raw facts recorded for the name in <see cref="Owner"/>.</summary>
    public NameFlags Flags { get; internal set; }

    /// <summary>
    /// The syntax in <see cref="Owner"/> that binds the name, in visit order: the <see cref="Syntax.NameExpressionSyntax"/>
    /// of an assignment, <c>for</c>, <c>with</c>, <c>del</c> or walrus target, the <see cref="ParameterSyntax"/>, the
    /// def or class statement, the <see cref="ImportAliasSyntax"/>, the <see cref="ExceptClauseSyntax"/>, the capturing
    /// pattern. A walrus inside a comprehension also adds its target to the enclosing function's or module's name.
    /// </summary>
    public IReadOnlyList<SyntaxNode> Bindings => _bindings;

    /// <summary>The <see cref="Syntax.NameExpressionSyntax"/> nodes in <see cref="Owner"/> that read the name, in visit order.</summary>
    public IReadOnlyList<SyntaxNode> References => _references;

    /// <summary>True when a nested block of <see cref="Owner"/> has this name (symtable's is_namespace: a def, class, or a lambda/comprehension block of that name).</summary>
    public bool IsNamespace { get; internal set; }

    /// <summary>Local to the block (<see cref="NameScope.Local"/> or <see cref="NameScope.Cell"/>), or bound at module level.</summary>
    public bool IsLocal => Scope is NameScope.Local or NameScope.Cell || (Owner.Kind == ScopeKind.Module && IsBound);

    /// <summary>A global (explicit or implicit), or bound at module level.</summary>
    public bool IsGlobal => Scope is NameScope.GlobalExplicit or NameScope.GlobalImplicit || (Owner.Kind == ScopeKind.Module && IsBound);

    /// <summary>Resolved <see cref="NameScope.GlobalExplicit"/> (symtable's is_declared_global).</summary>
    public bool IsDeclaredGlobal => Scope == NameScope.GlobalExplicit;

    /// <summary>Resolved <see cref="NameScope.Free"/>.</summary>
    public bool IsFree => Scope == NameScope.Free;

    /// <summary>Resolved <see cref="NameScope.Cell"/>.</summary>
    public bool IsCell => Scope == NameScope.Cell;

    /// <summary>Declared <c>nonlocal</c> (<see cref="NameFlags.DeclaredNonlocal"/>).</summary>
    public bool IsNonlocal => (Flags & NameFlags.DeclaredNonlocal) != 0;

    /// <summary>A parameter of the block.</summary>
    public bool IsParameter => (Flags & NameFlags.Parameter) != 0;

    /// <summary>Bound by an import.</summary>
    public bool IsImported => (Flags & NameFlags.Imported) != 0;

    /// <summary>The target of a simple annotated assignment.</summary>
    public bool IsAnnotated => (Flags & NameFlags.Annotated) != 0;

    /// <summary>Bound by something other than a parameter or an import (<see cref="NameFlags.Assigned"/>).</summary>
    public bool IsAssigned => (Flags & NameFlags.Assigned) != 0;

    /// <summary>Read in the block.</summary>
    public bool IsReferenced => (Flags & NameFlags.Referenced) != 0;

    /// <summary>Bound in the block in any way (CPython's DEF_BOUND: assigned, parameter or imported).</summary>
    public bool IsBound => (Flags & (NameFlags.Assigned | NameFlags.Parameter | NameFlags.Imported)) != 0;

    internal void AddBinding(SyntaxNode node) => _bindings.Add(node);

    internal void AddReference(SyntaxNode node) => _references.Add(node);

    /// <inheritdoc/>
    public override string ToString() => $"{Name} ({Scope}, {Flags}) in {Owner.Name}";
}
