using PythonAot.Compiler.Semantics.Binding;
using PythonAot.Compiler.Semantics.Inference;
using PythonAot.Compiler.Semantics.IR;
using PythonAot.Compiler.Semantics.Operations;
using PythonAot.Compiler.Semantics.Symbols;
using PythonAot.Compiler.Semantics.Types;
using PythonAot.Compiler.Syntax;
using SyntaxNode = PythonAot.Compiler.Syntax.SyntaxNode;
using SyntaxTree = PythonAot.Compiler.Syntax.SyntaxTree;

namespace PythonAot.Compiler.Semantics.Lowering;

/// <summary>
/// The state shared by the lowering of one module: the IR function of every instance of the compilation (shells
/// first, so that calls into other modules and recursive calls find their callee), globals, classes and the
/// functions the lowering synthesizes (dataclass initializers, wrappers of builtins passed as callables).
/// </summary>
internal sealed class ModuleLowerer
{
    private readonly Dictionary<FunctionInstance, IrFunction> _functions = [];
    private readonly Dictionary<FunctionInstance, List<ScopeName>> _captures = [];
    private readonly Dictionary<ScopeName, IrVariable> _globals = [];
    private readonly Dictionary<ClassSymbol, IrFunction> _dataclassInitializers = [];
    private readonly Dictionary<string, IrFunction> _wrappers = new(StringComparer.Ordinal);

    public ModuleLowerer(PythonCompilation compilation, SyntaxTree tree, bool? runsAsMain = null)
    {
        Compilation = compilation;
        Tree = tree;
        Inference = compilation.Analysis.Inference;
        Info = Inference.GetModule(tree) ?? throw new InvalidOperationException("the tree has no module");
        Module = new IrModule(Info.Name);
        // The first tree is the program's entry: its __name__ is "__main__", as under `python3 FILE`.
        ModuleDunderName = runsAsMain ?? compilation.SyntaxTrees[0] == tree ? "__main__" : Info.Name;
    }

    public PythonCompilation Compilation { get; }

    public SyntaxTree Tree { get; }

    public TypeInference Inference { get; }

    public ModuleInfo Info { get; }

    public IrModule Module { get; }

    public string ModuleDunderName { get; }

    public IrModule Lower()
    {
        // Shells of every instance of the compilation: bodies refer to callees by IrFunction.
        foreach (var instance in Inference.Instances)
            if (instance.Function is not null) GetFunction(instance);
        var init = Info.Init ?? throw new InvalidOperationException("the module was not analyzed");
        Module.Init.Location = new IrLocation(Tree.FilePath, 1, 1);
        _functions[init] = Module.Init;
        _captures[init] = [];

        foreach (var classSyntax in Tree.GetRoot().DescendantNodes().OfType<ClassDefinitionSyntax>())
            if (Inference.GetClass(classSyntax) is { } symbol) Module.Classes.Add(new IrClass(symbol));

        var mine = Inference.Instances.Where(i => i.Function is not null && ReferenceEquals(i.Module, Info))
            .OrderBy(i => i.Function!.DeclaringSyntax!.SpanStart).ToList();
        foreach (var instance in mine)
        {
            var function = _functions[instance];
            if (instance.Function!.ContainingClass is { } cls && Module.Classes.Find(c => ReferenceEquals(c.Symbol, cls)) is { } irClass)
                irClass.Methods.Add(function);
            else
                Module.Functions.Add(function);
        }
        new FunctionLowerer(this, init, Module.Init).LowerBody();
        foreach (var instance in mine) new FunctionLowerer(this, instance, _functions[instance]).LowerBody();
        // Bodies (and anything synthesized without a statement of its own) take the def's location.
        foreach (var function in Module.AllFunctions)
            if (function.Location is { } location) LocationFiller.Fill(function.Body, location);
        return Module;
    }

    /// <summary>The IR function of an instance (its shell: parameters, types and captures; the body comes later).</summary>
    public IrFunction GetFunction(FunctionInstance instance)
    {
        if (_functions.TryGetValue(instance, out var existing)) return existing;
        var symbol = instance.Function!;
        var parameters = new List<IrVariable>();
        for (var i = 0; i < symbol.Parameters.Count; i++)
        {
            var parameter = symbol.Parameters[i];
            var type = LowerType(i < instance.ParameterTypes.Count ? instance.ParameterTypes[i] : PyType.Error, symbol.DeclaringSyntax);
            parameters.Add(new IrVariable(parameter.Name, type, IrVariableKind.Parameter, parameter));
        }
        PyType returnType;
        PyType? yieldType = null;
        if (symbol.IsGenerator)
        {
            (yieldType, returnType) = symbol.DeclaredReturnType?.Resolve() switch
            {
                GeneratorType g => (g.Yield, g.Return),
                IteratorType it => (it.Element, PyType.None),
                IterableType it => (it.Element, PyType.None),
                _ => (instance.YieldType?.Resolve() ?? PyType.None, PyType.None),
            };
            yieldType = LowerType(yieldType, symbol.DeclaringSyntax);
        }
        else returnType = LowerType(instance.ReturnType, symbol.DeclaringSyntax);
        var function = new IrFunction(symbol.Name, symbol.QualifiedName, parameters, returnType, symbol)
        {
            IsGenerator = symbol.IsGenerator,
            YieldType = yieldType,
            InstanceSuffix = instance.Name.Length > symbol.QualifiedName.Length ? instance.Name[symbol.QualifiedName.Length..] : "",
            Location = symbol.DeclaringSyntax is { } syntax ? LocationOf(syntax) : null,
        };
        // Two instances of a nested function under different enclosing instances can share a name, and so can two
        // lambdas of one scope: number them until the name is unique (#2, #3, ...).
        var suffix = function.InstanceSuffix;
        for (var n = 2; _functions.Values.Any(f => f.InstanceName == function.InstanceName); n++) function.InstanceSuffix = suffix + "#" + n;
        _functions[instance] = function;
        AddCaptures(instance, function);
        return function;
    }

    /// <summary>The names a nested function reads from enclosing functions (free in its scope), bound by IrMakeClosure.</summary>
    private void AddCaptures(FunctionInstance instance, IrFunction function)
    {
        var names = new List<ScopeName>();
        foreach (var name in instance.Scope.Names)
        {
            if (!name.IsFree) continue;
            if (instance.Module.Scopes.Resolve(name).Binding is not { } binding) continue;
            if (binding.Owner.Kind is ScopeKind.Module or ScopeKind.Class) continue;
            if (Inference.GetSymbol(binding) is FunctionSymbol or ClassSymbol or ModuleSymbol or OperationSymbol) continue;
            names.Add(binding);
            var enclosing = EnclosingInstance(instance);
            var type = enclosing is null ? PyType.Error : Inference.GetSlot(binding, enclosing).Type;
            function.Captures.Add(new IrVariable(name.Name, LowerType(type, instance.Function?.DeclaringSyntax), IrVariableKind.Captured, Inference.GetSymbol(binding)));
        }
        _captures[instance] = names;
    }

    /// <summary>The instance a nested function's free variables live in: its parent, or the enclosing function's only instance.</summary>
    public FunctionInstance? EnclosingInstance(FunctionInstance instance)
    {
        if (instance.Parent is not null) return instance.Parent;
        if (instance.Function?.ContainingFunction is { } outer && Inference.GetInstances(outer) is [var only]) return only;
        return null;
    }

    /// <summary>The owners (in the enclosing functions) of an instance's captures, in capture order.</summary>
    public IReadOnlyList<ScopeName> GetCaptureNames(FunctionInstance instance) => _captures.GetValueOrDefault(instance) ?? [];

    /// <summary>The instance whose IR function is <paramref name="function"/>.</summary>
    public FunctionInstance? InstanceOf(IrFunction function) => _functions.FirstOrDefault(p => ReferenceEquals(p.Value, function)).Key;

    /// <summary>A module-level variable (created and listed in the module's globals on first use).</summary>
    public IrVariable GetGlobal(ScopeName name, string displayName, SyntaxNode at)
    {
        if (_globals.TryGetValue(name, out var existing)) return existing;
        var type = LowerType(Inference.GetSlot(name, Info.Init!).Type, at);
        var variable = new IrVariable(displayName, type, IrVariableKind.Global, Inference.GetSymbol(name));
        _globals[name] = variable;
        Module.Globals.Add(variable);
        return variable;
    }

    /// <summary>
    /// The resolved IR type of an inference type. A function value (<see cref="FunctionType"/>) becomes the callable
    /// type of its one instance; anything unresolved is refused.
    /// </summary>
    public PyType LowerType(PyType type, SyntaxNode? at)
    {
        var resolved = type.Resolve().Map(t => t is FunctionType f ? CallableOf(f.Function, at) : null);
        if (!IrTypeMatcher.IsResolved(resolved)) throw new LoweringException(at, $"a value of unresolved type {resolved.DisplayName}");
        return resolved;
    }

    private CallableType CallableOf(FunctionSymbol function, SyntaxNode? at)
    {
        var instances = Inference.GetInstances(function);
        if (instances.Count != 1) throw new LoweringException(at, $"a value of {function.QualifiedName} with {instances.Count} instances");
        var instance = instances[0];
        return new CallableType(instance.ParameterTypes.Select(p => LowerType(p, at)).ToArray(), LowerType(Inference.EffectiveReturnType(instance), at));
    }

    public IrLocation LocationOf(SyntaxNode node)
    {
        var position = node.SyntaxTree.GetLocation(node.Span).GetLineSpan().StartLinePosition;
        return new IrLocation(node.SyntaxTree.FilePath, position.Line + 1, position.Character + 1);
    }

    /// <summary>The synthesized <c>__init__</c> of a dataclass without one: one parameter per field (inherited first), stored in order.</summary>
    public IrFunction GetDataclassInitializer(ClassSymbol cls, SyntaxNode at)
    {
        if (_dataclassInitializers.TryGetValue(cls, out var existing)) return existing;
        var chain = new List<ClassSymbol>();
        for (var c = cls; c is not null; c = c.BaseClass) chain.Insert(0, c);
        var fields = chain.SelectMany(c => c.Fields).ToList();
        var self = new IrVariable("self", new ClassType(cls), IrVariableKind.Parameter);
        var parameters = fields.Select(f => new IrVariable(f.Name, LowerType(Inference.GetFieldSlot(f).Type, at), IrVariableKind.Parameter, f)).ToList();
        var init = new IrFunction("__init__", cls.Name + ".__init__", [self, .. parameters], PyType.None)
        {
            Location = cls.Syntax is { } syntax ? LocationOf(syntax) : null,
        };
        for (var i = 0; i < fields.Count; i++)
            init.Body.Statements.Add(new IrStoreField(new IrLoad(self) { Location = init.Location }, fields[i], new IrLoad(parameters[i]) { Location = init.Location }) { Location = init.Location });
        _dataclassInitializers[cls] = init;
        if (Module.Classes.Find(c => ReferenceEquals(c.Symbol, cls)) is { } irClass) irClass.Methods.Insert(0, init);
        else Module.Functions.Add(init);
        return init;
    }

    /// <summary>
    /// A function that calls a builtin operation, for a builtin passed where a callable is expected
    /// (<c>sorted(words, key=len)</c>): <c>def &lt;builtins.len&gt;(a0: str) -> int: return len(a0)</c>.
    /// </summary>
    public IrFunction GetOperationWrapper(Operation operation, CallableType callable, SyntaxNode at)
    {
        var key = operation.Name + callable.DisplayName;
        if (_wrappers.TryGetValue(key, out var existing)) return existing;
        var parameters = callable.Parameters.Select((p, i) => new IrVariable("a" + i, p, IrVariableKind.Parameter)).ToList();
        var result = Inference.Resolver.Resolve(operation, callable.Parameters.Select(p => new CallArgument(p)).ToArray());
        if (!result.IsResolved) throw new LoweringException(at, $"{operation.Name} passed as {callable.DisplayName}");
        var location = LocationOf(at);
        var arguments = parameters.Select((p, i) => FunctionLowerer.ApplyConversion(new IrLoad(p) { Location = location }, result.Conversions[i], LowerType(result.ParameterTypes[i], at), location)).ToList();
        var call = new IrCall(result.Overload!, arguments, LowerType(result.ReturnType, at)) { Location = location };
        var returnType = callable.ReturnType;
        var wrapper = new IrFunction($"<{operation.Name}>", $"<{operation.Name}>", parameters, returnType) { Location = location };
        if (call.Type != returnType) throw new LoweringException(at, $"{operation.Name} passed as {callable.DisplayName}");
        wrapper.Body.Statements.Add(new IrReturn(call) { Location = location });
        _wrappers[key] = wrapper;
        Module.Functions.Add(wrapper);
        return wrapper;
    }
}
