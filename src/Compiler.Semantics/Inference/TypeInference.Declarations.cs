using PythonAot.Compiler.Semantics.Binding;
using PythonAot.Compiler.Semantics.Diagnostics;
using PythonAot.Compiler.Semantics.Operations;
using PythonAot.Compiler.Semantics.Symbols;
using PythonAot.Compiler.Semantics.Types;
using PythonAot.Compiler.Syntax;

namespace PythonAot.Compiler.Semantics.Inference;

internal sealed partial class TypeInference
{
    private void DeclareModule(SyntaxTree tree)
    {
        var name = ModuleNameOf(tree);
        var scopes = ScopeTree.Build(tree);
        var module = new ModuleInfo(name, tree, scopes, new ModuleSymbol(name, tree));
        _modules.Add(module);
        _modulesByName.TryAdd(name, module);
        _declaredSymbols[tree.GetRoot()] = module.Symbol;
    }

    internal static string ModuleNameOf(SyntaxTree tree) =>
        string.IsNullOrEmpty(tree.FilePath) ? "__main__" : Path.GetFileNameWithoutExtension(tree.FilePath);

    /// <summary>Creates the class symbols (before any function: signatures mention classes); functions follow in <see cref="ResolveClassesAndFunctions"/>.</summary>
    private void DeclareClasses(ModuleInfo module)
    {
        var root = module.Tree.GetRoot();
        foreach (var classSyntax in root.DescendantNodes().OfType<ClassDefinitionSyntax>())
        {
            var symbol = new ClassSymbol(classSyntax.Name.ValueText, null, classSyntax) { ContainingSymbol = module.Symbol };
            _classes[classSyntax] = symbol;
            _declaredSymbols[classSyntax] = symbol;
            if (IsModuleLevel(classSyntax)) module.Members.TryAdd(symbol.Name, symbol);
        }
    }

    private static bool IsModuleLevel(SyntaxNode node) => node.Parent is ModuleSyntax;

    /// <summary>Binds class bases and fields, and function signatures.</summary>
    private void ResolveClassesAndFunctions(ModuleInfo module)
    {
        var root = module.Tree.GetRoot();
        foreach (var (classSyntax, symbol) in _classes.Where(p => p.Key.SyntaxTree == module.Tree))
        {
            if (classSyntax.Arguments is { } arguments)
            {
                var bases = arguments.Arguments.Where(a => a.Name.Kind == SyntaxKind.None && a.Prefix.Kind == SyntaxKind.None).ToList();
                if (bases.Count > 1) ReportNow(TypingDiagnosticDescriptors.NotSupported, bases[1], "multiple inheritance");
                if (bases.Count >= 1 && ResolveClassName(module, bases[0].Expression) is { } baseClass) symbol.BaseClass = baseClass;
            }
            symbol.IsDataclass = classSyntax.Decorators.Any(d => d.Expression is NameExpressionSyntax { Identifier.ValueText: "dataclass" } or MemberAccessExpressionSyntax { Name.ValueText: "dataclass" } or CallExpressionSyntax { Expression: NameExpressionSyntax { Identifier.ValueText: "dataclass" } });
        }
        foreach (var node in root.DescendantNodes())
        {
            switch (node)
            {
                case FunctionDefinitionSyntax def:
                    DeclareFunction(module, def);
                    break;
                case LambdaExpressionSyntax lambda:
                    DeclareFunction(module, lambda);
                    break;
            }
        }
        foreach (var (classSyntax, symbol) in _classes.Where(p => p.Key.SyntaxTree == module.Tree)) DeclareFields(module, classSyntax, symbol);
    }

    /// <summary>Binds the module's imports (after every module declared its functions: an import may name a later module's def).</summary>
    private void ResolveImports(ModuleInfo module)
    {
        foreach (var node in module.Tree.GetRoot().DescendantNodes())
            if (node is ImportStatementSyntax or FromImportStatementSyntax) DeclareImport(module, node);
    }

    private ClassSymbol? ResolveClassName(ModuleInfo module, ExpressionSyntax expression)
    {
        if (expression is NameExpressionSyntax name)
        {
            var resolved = module.Scopes.Resolve(name);
            if (resolved.Binding is { } binding && _symbols.GetValueOrDefault(binding) is ClassSymbol imported) return imported;
            if (module.Members.GetValueOrDefault(name.Identifier.ValueText) is ClassSymbol local) return local;
            if (BuiltinClasses.Get(name.Identifier.ValueText) is { } builtin) return builtin;
            var importedClass = FindImportedMember(module, name.Identifier.ValueText) as ClassSymbol;
            if (importedClass is not null) return importedClass;
        }
        ReportNow(TypingDiagnosticDescriptors.NotSupported, expression, $"the base class '{expression}'");
        return null;
    }

    /// <summary>Follows <c>from m import name</c> statements of the module to the symbol they import, if m is in the compilation.</summary>
    private Symbol? FindImportedMember(ModuleInfo module, string name)
    {
        foreach (var from in module.Tree.GetRoot().DescendantNodes().OfType<FromImportStatementSyntax>())
        {
            if (from.Module is null || !_modulesByName.TryGetValue(from.Module.ToString().Trim(), out var source)) continue;
            foreach (var alias in from.Names)
            {
                var local = alias.Alias.Kind != SyntaxKind.None ? alias.Alias.ValueText : alias.Name.ToString().Trim();
                if (local == name) return source.Members.GetValueOrDefault(alias.Name.ToString().Trim());
            }
        }
        return null;
    }

    /// <summary>Resolves an annotation in a module: builtin and typing forms, the module's and imported classes, registered native types.</summary>
    internal PyType? ResolveAnnotation(ModuleInfo module, ExpressionSyntax? annotation, out bool isFinal)
    {
        isFinal = false;
        if (annotation is null) return null;
        var resolver = new TypeAnnotationResolver(
            name => module.Members.GetValueOrDefault(name) is ClassSymbol c ? new ClassType(c)
                : FindImportedMember(module, name) is ClassSymbol ic ? new ClassType(ic)
                : BuiltinClasses.Get(name) is { } bc ? new ClassType(bc)
                : _library.ResolveNamedType(name),
            // Annotations are resolved while declaring, before the reporting round: their errors are reported at once.
            // A written 'Any' is PA3010's (the untranslatable-construct checker), not reported twice.
            (node, message) =>
            {
                if (node is NameExpressionSyntax { Identifier.ValueText: "Any" } or MemberAccessExpressionSyntax { Name.ValueText: "Any" }) return;
                ReportNow(TypingDiagnosticDescriptors.InvalidAnnotation, node, message);
            });
        var result = resolver.ResolveAnnotation(annotation);
        isFinal = result.IsFinal;
        return result.Type;
    }

    private void DeclareFunction(ModuleInfo module, SyntaxNode syntax)
    {
        var (name, parameterList, returns) = syntax switch
        {
            FunctionDefinitionSyntax def => (def.Name.ValueText, def.Parameters, def.Returns),
            LambdaExpressionSyntax lambda => ("<lambda>", lambda.Parameters, (ExpressionSyntax?)null),
            _ => throw new InvalidOperationException(),
        };
        // A def directly in a class body: the body block's statements are the def's parent's children (no list node between).
        var containingClass = syntax is FunctionDefinitionSyntax && syntax.Parent is BlockSyntax && syntax.Parent.Parent is ClassDefinitionSyntax cls
            ? _classes[cls]
            : null;
        var parameters = new List<ParameterSymbol>();
        var kind = ParameterKind.PositionalOrKeyword;
        foreach (var parameter in parameterList.Parameters)
        {
            var prefix = parameter.Prefix.Kind;
            if (prefix == SyntaxKind.SlashToken)
            {
                continue;
            }
            if (parameter.Name.Kind == SyntaxKind.None)
            {
                kind = ParameterKind.KeywordOnly;
                continue;
            }
            var declared = ResolveAnnotation(module, parameter.Annotation, out _);
            var parameterKind = prefix switch
            {
                SyntaxKind.StarToken => ParameterKind.VarPositional,
                SyntaxKind.StarStarToken => ParameterKind.VarKeyword,
                _ => kind,
            };
            if (declared is not null && parameterKind == ParameterKind.VarPositional) declared = TupleType.Variadic(declared);
            if (declared is not null && parameterKind == ParameterKind.VarKeyword) declared = new DictType(PyType.Str, declared);
            if (parameterKind == ParameterKind.VarPositional) kind = ParameterKind.KeywordOnly;
            if (parameters.Count == 0 && containingClass is not null && declared is null) declared = new ClassType(containingClass);
            var symbol = new ParameterSymbol(parameter.Name.ValueText, parameter, declared, parameterKind, parameter.Default);
            parameters.Add(symbol);
            _declaredSymbols[parameter] = symbol;
        }
        var returnType = ResolveAnnotation(module, returns, out _);
        if (containingClass is not null && name == "__init__" && returnType is null) returnType = PyType.None;
        var scope = module.Scopes.GetScope(syntax);
        var function = new FunctionSymbol(name, syntax, parameters, returnType, scope?.IsGenerator ?? false);
        foreach (var parameter in parameters) parameter.ContainingSymbol = function;
        if (containingClass is not null) containingClass.AddMethod(function);
        else function.ContainingSymbol = module.Symbol;
        for (var ancestor = syntax.Parent; ancestor is not null; ancestor = ancestor.Parent)
        {
            if (ancestor is FunctionDefinitionSyntax or LambdaExpressionSyntax)
            {
                // The enclosing function's symbol exists: DescendantNodes visits outer nodes first.
                function.ContainingFunction = _functions.GetValueOrDefault(ancestor);
                break;
            }
            if (ancestor is ClassDefinitionSyntax) break;
        }
        _functions[syntax] = function;
        _functionModules[function] = module;
        _declaredSymbols[syntax] = function;
        if (syntax is FunctionDefinitionSyntax && IsModuleLevel(syntax)) module.Members[name] = function;
        if (scope is not null)
            foreach (var parameter in parameters)
                if (scope.Lookup(parameter.Name) is { } scopeName) _symbols[scopeName] = parameter;
        if (syntax is FunctionDefinitionSyntax definition && DefiningScopeName(module, definition, definition.Name.ValueText) is { } defName) _symbols[defName] = function;
    }

    private static ScopeName? DefiningScopeName(ModuleInfo module, SyntaxNode declaration, string name) =>
        module.Scopes.GetEnclosingScope(declaration).Lookup(name);

    private void DeclareFields(ModuleInfo module, ClassDefinitionSyntax classSyntax, ClassSymbol symbol)
    {
        if (DefiningScopeName(module, classSyntax, symbol.Name) is { } className) _symbols[className] = symbol;
        if (classSyntax.Body is not IndentedBlockSyntax and not InlineBlockSyntax) return;
        var statements = classSyntax.Body is IndentedBlockSyntax block
            ? block.Statements.OfType<SimpleStatementLineSyntax>().SelectMany(l => l.Statements)
            : ((InlineBlockSyntax)classSyntax.Body).Statements;
        foreach (var statement in statements)
        {
            if (statement is AnnotatedAssignmentStatementSyntax { Target: NameExpressionSyntax fieldName } annotated && !IsClassVar(annotated.Annotation))
            {
                var type = ResolveAnnotation(module, annotated.Annotation, out _) ?? PyType.Error;
                var field = new FieldSymbol(fieldName.Identifier.ValueText, type, annotated, annotated.Value is not null);
                symbol.AddField(field);
                _declaredSymbols[annotated] = field;
                _fieldSlots[field] = new VariableSlot(field, type);
            }
        }
        // Fields assigned in __init__ (self.x = ...), typed by those assignments.
        if (symbol.Methods.FirstOrDefault(m => m.Name == "__init__") is { DeclaringSyntax: FunctionDefinitionSyntax init } initMethod && initMethod.Parameters.Count > 0)
        {
            var self = initMethod.Parameters[0].Name;
            foreach (var node in init.Body.DescendantNodes())
            {
                var (target, annotation) = node switch
                {
                    AssignmentTargetSyntax t => (t.Target, (ExpressionSyntax?)null),
                    AnnotatedAssignmentStatementSyntax a => (a.Target, a.Annotation),
                    _ => (null, null),
                };
                if (target is not MemberAccessExpressionSyntax { Expression: NameExpressionSyntax receiver } member || receiver.Identifier.ValueText != self) continue;
                if (symbol.LookupField(member.Name.ValueText) is not null) continue;
                var declared = ResolveAnnotation(module, annotation, out _);
                var field = new FieldSymbol(member.Name.ValueText, declared ?? new TypeVariable(), member);
                symbol.AddField(field);
                _declaredSymbols[member] = field;
                _fieldSlots[field] = new VariableSlot(field, declared);
                _unifier.Unify(_fieldSlots[field].Inner, field.Type);
            }
        }
    }

    private static bool IsClassVar(ExpressionSyntax annotation) =>
        annotation is SubscriptExpressionSyntax { Expression: NameExpressionSyntax { Identifier.ValueText: "ClassVar" } or MemberAccessExpressionSyntax { Name.ValueText: "ClassVar" } }
        or NameExpressionSyntax { Identifier.ValueText: "ClassVar" };

    private void DeclareImport(ModuleInfo module, SyntaxNode statement)
    {
        var scope = module.Scopes.GetEnclosingScope(statement);
        switch (statement)
        {
            case ImportStatementSyntax import:
                foreach (var alias in import.Names)
                {
                    var full = alias.Name.ToString().Trim();
                    var local = alias.Alias.Kind != SyntaxKind.None ? alias.Alias.ValueText : full.Split('.')[0];
                    var bound = alias.Alias.Kind != SyntaxKind.None ? full : full.Split('.')[0];
                    if (scope.Lookup(local) is not { } name) continue;
                    Symbol symbol = _modulesByName.TryGetValue(bound, out var user) ? user.Symbol : new ModuleSymbol(bound, null);
                    _symbols[name] = symbol;
                    _declaredSymbols[alias] = symbol;
                }
                break;
            case FromImportStatementSyntax from when from.Module is not null && from.Dots.Count == 0 || from is { Dots.Count: > 0, Module: not null }:
                var moduleName = from.Module!.ToString().Trim();
                foreach (var alias in from.Names)
                {
                    var imported = alias.Name.ToString().Trim();
                    var local = alias.Alias.Kind != SyntaxKind.None ? alias.Alias.ValueText : imported;
                    if (scope.Lookup(local) is not { } name) continue;
                    Symbol? symbol = null;
                    if (_modulesByName.TryGetValue(moduleName, out var source))
                    {
                        symbol = source.Members.GetValueOrDefault(imported);
                        if (symbol is null && source.Scopes.Module.Lookup(imported) is { } global && global.IsBound)
                        {
                            symbol = _symbols.GetValueOrDefault(global) ?? GetOrCreateVariableSymbol(source, global);
                            _importedVariables[name] = (source, global);
                        }
                        if (symbol is null) ReportNow(TypingDiagnosticDescriptors.CannotImportName, alias, imported, moduleName);
                    }
                    else if (_library.GetOperation($"{moduleName}.{imported}") is { } operation)
                    {
                        symbol = new OperationSymbol(operation);
                    }
                    if (symbol is not null)
                    {
                        _symbols[name] = symbol;
                        _declaredSymbols[alias] = symbol;
                    }
                }
                break;
        }
    }

    private readonly Dictionary<ScopeName, (ModuleInfo Module, ScopeName Name)> _importedVariables = [];

    internal Symbol GetOrCreateVariableSymbol(ModuleInfo module, ScopeName name)
    {
        if (_symbols.TryGetValue(name, out var existing)) return existing;
        var kind = name.Owner.Kind switch
        {
            ScopeKind.Module => VariableKind.Global,
            ScopeKind.Class => VariableKind.ClassAttribute,
            _ => VariableKind.Local,
        };
        var declaration = name.Bindings.FirstOrDefault();
        PyType? declared = null;
        var isFinal = false;
        foreach (var binding in name.Bindings)
        {
            if (binding.Parent is AnnotatedAssignmentStatementSyntax annotated && annotated.Target == binding)
            {
                declared = ResolveAnnotation(module, annotated.Annotation, out isFinal);
                declaration = binding;
                break;
            }
        }
        declared ??= ExceptionHandlerVariableType(module, name);
        var symbol = new VariableSymbol(name.Name, kind, declaration, declared, isFinal) { IsCaptured = name.IsCell };
        _symbols[name] = symbol;
        if (declaration is not null) _declaredSymbols.TryAdd(declaration, symbol);
        return symbol;
    }

    /// <summary>
    /// The type of a name bound only by <c>except C as name</c> clauses that catch different classes: their nearest
    /// common base class. Python unbinds the name at the end of each handler, so every handler has its own value; the
    /// walker narrows the name to the caught class inside each handler. Null when the name has another binding or
    /// every handler catches the same class (then ordinary inference gives that class).
    /// </summary>
    private PyType? ExceptionHandlerVariableType(ModuleInfo module, ScopeName name)
    {
        if (name.Bindings.Count < 2) return null;
        var classes = new List<ClassSymbol>();
        foreach (var binding in name.Bindings)
        {
            if (binding is not ExceptClauseSyntax { Type: { } type }) return null;
            var elements = type is TupleExpressionSyntax tuple ? tuple.Elements.ToList()
                : type is ParenthesizedExpressionSyntax { Expression: TupleExpressionSyntax inner } ? inner.Elements.ToList()
                : [type];
            foreach (var element in elements)
            {
                if (element is not NameExpressionSyntax { Identifier.ValueText: var className }) return null;
                var cls = module.Members.GetValueOrDefault(className) as ClassSymbol ?? FindImportedMember(module, className) as ClassSymbol ?? BuiltinClasses.Get(className);
                if (cls is null || !cls.IsSubclassOf(BuiltinClasses.BaseException)) return null;
                classes.Add(cls);
            }
        }
        if (classes.Distinct().Count() < 2) return null;
        var common = classes[0];
        while (!classes.All(c => c.IsSubclassOf(common))) common = common.BaseClass!;
        return new ClassType(common);
    }

    /// <summary>The slot of a variable: module and class variables are shared, function variables belong to an instance.</summary>
    internal VariableSlot GetSlot(ScopeName name, FunctionInstance current)
    {
        if (_importedVariables.TryGetValue(name, out var imported))
        {
            // `from config import PREFIXES`: the variable is the other module's global.
            name = imported.Name;
            if (!_staticSlots.TryGetValue(name, out var global))
                _staticSlots[name] = global = NewSlot(GetOrCreateVariableSymbol(imported.Module, name), (_symbols[name] as VariableSymbol)?.DeclaredType);
            return global;
        }
        var symbol = GetOrCreateVariableSymbol(current.Module, name);
        var owner = name.Owner;
        while (owner.Kind == ScopeKind.Comprehension && owner.Parent is { } parent) owner = parent;
        if (owner.Kind is ScopeKind.Module or ScopeKind.Class)
        {
            // Comprehension variables at module level live with the module.
            if (!_staticSlots.TryGetValue(name, out var shared))
                _staticSlots[name] = shared = NewSlot(symbol, (symbol as VariableSymbol)?.DeclaredType ?? (symbol as ParameterSymbol)?.DeclaredType);
            return shared;
        }
        var instance = current;
        while (instance.Parent is not null && !ReferenceEquals(instance.Scope, owner)) instance = instance.Parent;
        if (!instance.Slots.TryGetValue(name, out var slot))
        {
            PyType? declared = symbol switch
            {
                VariableSymbol v => v.DeclaredType,
                ParameterSymbol p => ParameterSlotType(instance, p),
                _ => null,
            };
            instance.Slots[name] = slot = NewSlot(symbol, declared);
        }
        return slot;
    }

    private static PyType? ParameterSlotType(FunctionInstance instance, ParameterSymbol parameter)
    {
        if (instance.Function is null) return parameter.DeclaredType;
        var index = -1;
        for (var i = 0; i < instance.Function.Parameters.Count; i++)
            if (ReferenceEquals(instance.Function.Parameters[i], parameter)) index = i;
        return index >= 0 && index < instance.ParameterTypes.Count ? instance.ParameterTypes[index] : parameter.DeclaredType;
    }

    /// <summary>A new variable slot; the first slot of each symbol is the one <see cref="GetSymbolType"/> answers from.</summary>
    private VariableSlot NewSlot(Symbol symbol, PyType? declared)
    {
        var slot = new VariableSlot(symbol, declared);
        _firstSlots.TryAdd(symbol, slot);
        return slot;
    }

    internal VariableSlot GetFieldSlot(FieldSymbol field) =>
        _fieldSlots.TryGetValue(field, out var slot) ? slot : _fieldSlots[field] = new VariableSlot(field, field.Type is TypeVariable ? null : field.Type);

    internal ModuleInfo? FindModule(string name) => _modulesByName.GetValueOrDefault(name);

    internal FunctionSymbol? GetFunction(SyntaxNode syntax) => _functions.GetValueOrDefault(syntax);

    internal ClassSymbol? GetClass(ClassDefinitionSyntax syntax) => _classes.GetValueOrDefault(syntax);

    internal OperationLibrary Library => _library;

    internal OverloadResolver Resolver => _resolver;

    internal TypeUnifier Unifier => _unifier;
}
