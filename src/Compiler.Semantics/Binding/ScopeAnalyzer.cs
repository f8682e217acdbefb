using Diagnostic = Microsoft.CodeAnalysis.Diagnostic;
using DiagnosticDescriptor = Microsoft.CodeAnalysis.DiagnosticDescriptor;
using PythonAot.Compiler.Semantics.Diagnostics;
using PythonAot.Compiler.Syntax;

namespace PythonAot.Compiler.Semantics.Binding;

/// <summary>
/// The second pass of CPython's symtable.c (analyze_block and its helpers): decides the <see cref="NameScope"/>
/// of every name from the raw facts, top down with the names bound and declared global in enclosing blocks, and
/// bottom up with the free variables of nested blocks (which turn locals into cells and pass through blocks
/// between the binding and the use).
/// </summary>
internal sealed class ScopeAnalyzer
{
    private const NameFlags Bound = NameFlags.Assigned | NameFlags.Parameter | NameFlags.Imported;

    private readonly SyntaxTree _tree;
    private readonly List<Diagnostic>? _diagnostics;

    /// <param name="tree">The tree, for diagnostic locations.</param>
    /// <param name="diagnostics">Where analysis errors go; null when the first pass already failed, as CPython never analyzes then.</param>
    public ScopeAnalyzer(SyntaxTree tree, List<Diagnostic>? diagnostics)
    {
        _tree = tree;
        _diagnostics = diagnostics;
    }

    public void Analyze(Scope module) => AnalyzeBlock(module, null, [], []);

    private void AnalyzeBlock(Scope block, HashSet<string>? bound, HashSet<string> free, HashSet<string> global)
    {
        var local = new HashSet<string>(StringComparer.Ordinal);
        var scopes = new Dictionary<string, NameScope>(StringComparer.Ordinal);
        var newGlobal = new HashSet<string>(StringComparer.Ordinal);
        var newFree = new HashSet<string>(StringComparer.Ordinal);
        var newBound = new HashSet<string>(StringComparer.Ordinal);

        // A class namespace is invisible to nested functions: they see what the class itself saw.
        if (block.Kind == ScopeKind.Class)
        {
            newGlobal.UnionWith(global);
            if (bound is not null) newBound.UnionWith(bound);
        }

        foreach (var symbol in block.Names) scopes[symbol.Name] = AnalyzeName(block, symbol, bound, local, free, global);

        if (block.Kind != ScopeKind.Class)
        {
            if (block.IsFunctionLike) newBound.UnionWith(local);
            if (bound is not null) newBound.UnionWith(bound);
            newGlobal.UnionWith(global);
        }
        else
        {
            // Methods see the implicit __class__ cell of their class.
            newBound.Add("__class__");
        }

        var allFree = new HashSet<string>(StringComparer.Ordinal);
        foreach (var child in block.Children)
        {
            // Each child works on copies: its declarations must not leak to its siblings.
            var childFree = new HashSet<string>(newFree, StringComparer.Ordinal);
            AnalyzeBlock(child, new HashSet<string>(newBound, StringComparer.Ordinal), childFree, new HashSet<string>(newGlobal, StringComparer.Ordinal));
            allFree.UnionWith(childFree);
            if (child.HasFreeVariables || child.HasChildrenWithFreeVariables) block.HasChildrenWithFreeVariables = true;
        }
        newFree.UnionWith(allFree);

        if (block.IsFunctionLike)
        {
            // analyze_cells: a local that a nested block reads freely becomes a cell.
            foreach (var symbol in block.Names)
            {
                if (scopes[symbol.Name] == NameScope.Local && newFree.Remove(symbol.Name)) scopes[symbol.Name] = NameScope.Cell;
            }
        }
        else if (block.Kind == ScopeKind.Class && newFree.Remove("__class__"))
        {
            block.NeedsClassCell = true;
        }
        UpdateSymbols(block, scopes, bound, newFree);
        free.UnionWith(newFree);
    }

    /// <summary>analyze_name.</summary>
    private NameScope AnalyzeName(Scope block, ScopeName symbol, HashSet<string>? bound, HashSet<string> local, HashSet<string> free, HashSet<string> global)
    {
        var name = symbol.Name;
        var flags = symbol.Flags;
        if ((flags & NameFlags.DeclaredGlobal) != 0)
        {
            if ((flags & NameFlags.DeclaredNonlocal) != 0) ReportAtDirective(block, name, BindingDiagnosticDescriptors.NonlocalAndGlobal, name);
            global.Add(name);
            bound?.Remove(name);
            return NameScope.GlobalExplicit;
        }
        if ((flags & NameFlags.DeclaredNonlocal) != 0)
        {
            if (bound is null)
            {
                ReportAtDirective(block, name, BindingDiagnosticDescriptors.NonlocalAtModuleLevel);
                return NameScope.Local;
            }
            if (!bound.Contains(name))
            {
                ReportAtDirective(block, name, BindingDiagnosticDescriptors.NoBindingForNonlocal, name);
                return NameScope.Local;
            }
            block.HasFreeVariables = true;
            free.Add(name);
            return NameScope.Free;
        }
        if ((flags & Bound) != 0)
        {
            local.Add(name);
            global.Remove(name);
            return NameScope.Local;
        }
        // A binding in an enclosing function makes the name free; bound is only non-null in nested blocks.
        if (bound is not null && bound.Contains(name))
        {
            block.HasFreeVariables = true;
            free.Add(name);
            return NameScope.Free;
        }
        if (global.Contains(name)) return NameScope.GlobalImplicit;
        if (block.IsNested) block.HasFreeVariables = true;
        return NameScope.GlobalImplicit;
    }

    /// <summary>update_symbols: stores the scopes, and adds the free variables of nested blocks that pass through.</summary>
    private static void UpdateSymbols(Scope block, Dictionary<string, NameScope> scopes, HashSet<string>? bound, HashSet<string> free)
    {
        foreach (var symbol in block.Names) symbol.Scope = scopes[symbol.Name];
        var passThrough = new List<string>();
        foreach (var name in free)
        {
            if (block.Lookup(name) is { } symbol)
            {
                // A method's free variable that the class body itself binds: the method reads the outer one.
                if (block.Kind == ScopeKind.Class && (symbol.Flags & (Bound | NameFlags.DeclaredGlobal)) != 0)
                    symbol.Flags |= NameFlags.FreeClass;
                continue;
            }
            if (bound is not null && !bound.Contains(name)) continue; // a global
            passThrough.Add(name);
        }
        // CPython appends these in set (hash) order; ordinal order makes ours deterministic.
        passThrough.Sort(StringComparer.Ordinal);
        foreach (var name in passThrough) block.GetOrAdd(name).Scope = NameScope.Free;
    }

    private void ReportAtDirective(Scope block, string name, DiagnosticDescriptor descriptor, params object[] arguments)
    {
        if (_diagnostics is null) return;
        var span = block.Directives.TryGetValue(name, out var directive) ? directive : block.Syntax.Span;
        _diagnostics.Add(Diagnostic.Create(descriptor, _tree.GetLocation(span), arguments));
    }
}
