using Microsoft.CodeAnalysis;
using SyntaxNode = PythonAot.Compiler.Syntax.SyntaxNode;
using SyntaxTree = PythonAot.Compiler.Syntax.SyntaxTree;
using PythonAot.Compiler.Semantics.Binding;
using PythonAot.Compiler.Semantics.Diagnostics;
using PythonAot.Compiler.Semantics.Operations;
using PythonAot.Compiler.Semantics.Symbols;
using PythonAot.Compiler.Semantics.Types;
using PythonAot.Compiler.Syntax;

namespace PythonAot.Compiler.Semantics.Inference;

/// <summary>
/// Type propagation over the whole compilation. Every variable has one type (a declared type or an inference
/// variable that assignments unify); every operation's type is the result of overload resolution over the
/// operation library; unannotated functions are instantiated per distinct argument types at their call sites.
/// <para>The program is walked in rounds until a round binds nothing new (loops, later uses of empty containers,
/// globals read by functions defined above them and recursion all converge this way); then one last round walks
/// every instance again and reports diagnostics, so nothing is reported from a half-typed state.</para>
/// </summary>
internal sealed partial class TypeInference : ICallableInstantiator
{
    private const int MaxRounds = 50;
    private const int MaxInstancesPerFunction = 16;

    private readonly PythonCompilation _compilation;
    private readonly TypeUnifier _unifier = new();
    private readonly OverloadResolver _resolver;
    private readonly OperationLibrary _library;
    private readonly List<ModuleInfo> _modules = [];
    private readonly Dictionary<string, ModuleInfo> _modulesByName = new(StringComparer.Ordinal);
    private readonly Dictionary<ScopeName, Symbol> _symbols = [];
    private readonly Dictionary<SyntaxNode, Symbol> _declaredSymbols = [];
    private readonly Dictionary<ScopeName, VariableSlot> _staticSlots = [];
    private readonly Dictionary<FieldSymbol, VariableSlot> _fieldSlots = [];
    private readonly Dictionary<Symbol, VariableSlot> _firstSlots = [];
    private readonly Dictionary<SyntaxNode, FunctionSymbol> _functions = [];
    private readonly Dictionary<ClassDefinitionSyntax, ClassSymbol> _classes = [];
    private readonly Dictionary<FunctionSymbol, ModuleInfo> _functionModules = [];
    private readonly Dictionary<FunctionSymbol, List<FunctionInstance>> _instances = [];
    private readonly List<FunctionInstance> _allInstances = [];
    private readonly List<Diagnostic> _diagnostics = [];
    private readonly HashSet<(string, TextSpanKey)> _reported = [];
    private bool _report;
    private FunctionInstance? _currentInstance;
    private int _progress;

    public TypeInference(PythonCompilation compilation)
    {
        _compilation = compilation;
        _library = compilation.Options.OperationLibrary;
        _resolver = new OverloadResolver(_unifier, this);
    }

    public IReadOnlyList<Diagnostic> Diagnostics => _diagnostics;

    public IReadOnlyList<FunctionInstance> Instances => _allInstances;

    public IReadOnlyList<ModuleInfo> Modules => _modules;

    public IReadOnlyDictionary<SyntaxNode, Symbol> DeclaredSymbols => _declaredSymbols;

    public ModuleInfo? GetModule(SyntaxTree tree) => _modules.Find(m => m.Tree == tree);

    public IReadOnlyList<FunctionInstance> GetInstances(FunctionSymbol function) => _instances.GetValueOrDefault(function) ?? [];

    public Symbol? GetSymbol(ScopeName name) => _symbols.GetValueOrDefault(name);

    /// <summary>The current type of a variable, parameter or field symbol (resolved), if it has one.</summary>
    public PyType? GetSymbolType(Symbol symbol)
    {
        if (symbol is FieldSymbol field) return _fieldSlots.TryGetValue(field, out var fs) ? fs.Type.Resolve() : field.Type.Resolve();
        if (_firstSlots.TryGetValue(symbol, out var slot)) return slot.Type.Resolve();
        return symbol switch
        {
            FunctionSymbol f => new FunctionType(f),
            ClassSymbol c => new ClassObjectType(c),
            _ => null,
        };
    }

    public void Run(IReadOnlyList<SyntaxTree> trees)
    {
        foreach (var tree in trees) DeclareModule(tree);
        foreach (var module in _modules) DeclareClasses(module);
        foreach (var module in _modules) ResolveClassesAndFunctions(module);
        foreach (var module in _modules) ResolveImports(module);

        RunRoundsUntilStable();
        // What is still ambiguous only because nothing else constrains it (counts.get(w, 0) on an empty dict) takes
        // the library's preferred overload, and the rounds go on from there.
        _resolver.CommitAmbiguous = true;
        RunRoundsUntilStable();
        _report = true;
        RunRound();
        ReportUnfixedTypes();
    }

    private void RunRoundsUntilStable()
    {
        for (var round = 0; round < MaxRounds; round++)
        {
            var before = (_unifier.Mark(), _allInstances.Count, _progress);
            RunRound();
            if ((_unifier.Mark(), _allInstances.Count, _progress) == before) break;
        }
    }

    private void RunRound()
    {
        foreach (var module in _modules)
        {
            module.Init ??= NewInstance(module, null, module.Scopes.Module, [], PyType.None, null);
            WalkInstance(module.Init);
        }
        // Functions with annotated parameters have one instance whether or not anything calls them (exports); an
        // unannotated return is inferred from the body.
        foreach (var function in _functionModules.Keys.ToArray())
            if (HasAnnotatedParameters(function) && function.ContainingFunction is null && !function.IsLambda)
                GetOrCreateInstance(function, DeclaredParameterTypes(function), null);
        for (var i = 0; i < _allInstances.Count; i++)
            if (_allInstances[i].Function is not null) WalkInstance(_allInstances[i]);
    }

    private FunctionInstance NewInstance(ModuleInfo module, FunctionSymbol? function, Scope scope, IReadOnlyList<PyType> parameterTypes, PyType returnType, FunctionInstance? parent)
    {
        var instance = new FunctionInstance(module, function, scope, parameterTypes, returnType, parent);
        _allInstances.Add(instance);
        if (function is not null)
        {
            if (!_instances.TryGetValue(function, out var list)) _instances[function] = list = [];
            list.Add(instance);
        }
        return instance;
    }

    private static bool HasAnnotatedParameters(FunctionSymbol function) =>
        function.IsFullyAnnotated || function.Parameters.Where((p, i) => !(i == 0 && function.ContainingClass is not null)).All(p => p.DeclaredType is not null);

    private static IReadOnlyList<PyType> DeclaredParameterTypes(FunctionSymbol function) =>
        function.Parameters.Select((p, i) => p.DeclaredType ?? (i == 0 && function.ContainingClass is { } c ? new ClassType(c) : PyType.Error)).ToArray();

    /// <summary>The instance of <paramref name="function"/> for argument types (created and walked once when new).</summary>
    private FunctionInstance GetOrCreateInstance(FunctionSymbol function, IReadOnlyList<PyType> parameterTypes, FunctionInstance? parent)
    {
        var module = _functionModules[function];
        if (_instances.TryGetValue(function, out var existing))
        {
            foreach (var candidate in existing)
                if (ReferenceEquals(candidate.Parent, parent) && SameTypes(candidate.ParameterTypes, parameterTypes)) return candidate;
            if (function.IsFullyAnnotated && existing.Count > 0 && parent is null) return existing[0];
        }
        if (existing is { Count: >= MaxInstancesPerFunction })
        {
            // Recursion that grows its argument types (f(x) calling f([x])) would instantiate forever.
            Report(TypingDiagnosticDescriptors.NotSupported, function.DeclaringSyntax!,
                $"calling '{function.QualifiedName}' with more than {MaxInstancesPerFunction} different combinations of argument types (annotate its parameters)");
            return existing[0];
        }
        var scope = module.Scopes.GetScope(function.DeclaringSyntax!)!;
        var returnType = function.DeclaredReturnType is { } declared
            ? declared
            : new TypeVariable();
        var instance = NewInstance(module, function, scope, parameterTypes, returnType, parent);
        if (function.IsGenerator) instance.YieldType = new TypeVariable();
        WalkInstance(instance);
        return instance;
    }

    private static bool SameTypes(IReadOnlyList<PyType> a, IReadOnlyList<PyType> b) =>
        a.Count == b.Count && a.Zip(b).All(p => p.First.Resolve() == p.Second.Resolve());

    private void WalkInstance(FunctionInstance instance)
    {
        if (instance.InProgress) return;
        instance.InProgress = true;
        var saved = _currentInstance;
        _currentInstance = instance;
        try
        {
            new FunctionWalker(this, instance).Walk();
            instance.IsAnalyzed = true;
        }
        finally
        {
            instance.InProgress = false;
            _currentInstance = saved;
        }
    }

    /// <summary>The type a call of a function value returns (for Callable parameters of library ops: key=, map).</summary>
    public PyType? GetReturnType(PyType callee, IReadOnlyList<PyType> arguments)
    {
        switch (callee)
        {
            case FunctionType function:
            {
                using var permanent = _unifier.Permanent();
                var instance = InstantiateForCall(function.Function, arguments, _currentInstance);
                if (instance is null) return PyType.Error;
                var returnType = EffectiveReturnType(instance).Resolve();
                return returnType is TypeVariable ? null : returnType;
            }
            case OperationType operation:
            {
                var result = _resolver.Resolve(operation.Operation, arguments.Select(a => new CallArgument(a)).ToArray());
                return result.IsResolved ? result.ReturnType : result.Kind == OverloadResolutionKind.Deferred ? null : PyType.Error;
            }
            default:
                return null;
        }
    }

    internal PyType EffectiveReturnType(FunctionInstance instance) =>
        instance.Function is { IsGenerator: true } && instance.Function.DeclaredReturnType is null
            ? new GeneratorType(instance.YieldType ?? PyType.None)
            : instance.ReturnType;

    /// <summary>Finds or makes the instance a call with <paramref name="arguments"/> binds to; null after reporting a mismatch.</summary>
    internal FunctionInstance? InstantiateForCall(FunctionSymbol function, IReadOnlyList<PyType> arguments, FunctionInstance? caller)
    {
        var parent = function.ContainingFunction is null ? null : FindEnclosingInstance(caller, function);
        if (function.IsFullyAnnotated) return GetOrCreateInstance(function, DeclaredParameterTypes(function), parent);
        var types = new PyType[function.Parameters.Count];
        for (var i = 0; i < types.Length; i++)
            types[i] = function.Parameters[i].DeclaredType ?? (i < arguments.Count ? arguments[i].Resolve() : PyType.Error);
        return GetOrCreateInstance(function, types, parent);
    }

    private static FunctionInstance? FindEnclosingInstance(FunctionInstance? caller, FunctionSymbol function)
    {
        for (var instance = caller; instance is not null; instance = instance.Parent)
            if (instance.Function is not null && ReferenceEquals(instance.Function, function.ContainingFunction)) return instance;
        return caller;
    }

    internal void Report(DiagnosticDescriptor descriptor, SyntaxNode node, params object[] arguments) =>
        Report(descriptor, node.SyntaxTree.GetLocation(node.Span), [], arguments);

    /// <summary>
    /// Reports an error found once while declaring (annotations, bases, imports), before the rounds: the gate that
    /// holds back reports until the last round would drop it.
    /// </summary>
    internal void ReportNow(DiagnosticDescriptor descriptor, SyntaxNode node, params object[] arguments) =>
        Report(descriptor, node.SyntaxTree.GetLocation(node.Span), [], arguments, always: true);

    internal void Report(DiagnosticDescriptor descriptor, Location location, IEnumerable<Location> additional, params object[] arguments) =>
        Report(descriptor, location, additional, arguments, always: false);

    /// <summary>Reports in the last round only, unless <paramref name="always"/> (errors found once, outside the rounds).</summary>
    internal void Report(DiagnosticDescriptor descriptor, Location location, IEnumerable<Location> additional, object[] arguments, bool always)
    {
        if (!_report && !always) return;
        if (!_reported.Add((descriptor.Id, new TextSpanKey(location.GetLineSpan().Path, location.SourceSpan.Start, location.SourceSpan.Length)))) return;
        _diagnostics.Add(Diagnostic.Create(descriptor, location, additional, arguments));
    }

    internal bool Reporting => _report;

    internal void NoteProgress() => _progress++;

    private readonly record struct TextSpanKey(string Path, int Start, int Length);
}
