using PythonAot.Compiler.Emit.Abi;
using System.Text;
using PythonAot.Compiler.Semantics.IR;
using PythonAot.Compiler.Semantics.Symbols;
using PythonAot.Compiler.Semantics.Types;

namespace PythonAot.Compiler.Emit.Cpp;

/// <summary>
/// Writes one module as a C++ translation unit: classes (forward declarations first, bases before subclasses),
/// globals, function prototypes, then every definition, <c>module_init</c> and, for an executable, <c>main</c>.
/// Holds what every function writer shares: the C++ names of functions, classes and constructors, and which
/// variables live in shared cells.
/// </summary>
internal sealed class CppModuleWriter
{
    private readonly EmitRequest _request;
    private readonly AbiLibrary? _library;
    private readonly IrModule _module;
    private readonly CppCodeWriter _out;
    private readonly HashSet<string> _namespaceNames = new(StringComparer.Ordinal);
    private readonly Dictionary<IrFunction, string> _functionNames = [];
    private readonly Dictionary<(ClassSymbol Class, IrFunction? Initializer), string> _constructorNames = [];

    public CppModuleWriter(EmitRequest request, StringBuilder text, AbiLibrary? library = null)
    {
        _request = request;
        _library = library;
        _module = request.Module;
        _out = new CppCodeWriter(text);
        Namespace = CppNames.Namespace(_module.Name);
        foreach (var irClass in _module.Classes)
            foreach (var method in irClass.Methods) MethodOwners[method] = irClass;
        Cells = CppCellAnalysis.FindCells(_module);
        Effects = new CppEffectAnalysis(_module);
        DefinesImplicitDunders = _module.DefinesImplicitlyCalledDunders;
    }

    /// <summary>The module's <see cref="IrModule.DefinesImplicitlyCalledDunders"/>, computed once.</summary>
    public bool DefinesImplicitDunders { get; }

    /// <summary>Which functions can be called in any order relative to other operands.</summary>
    public CppEffectAnalysis Effects { get; }

    /// <summary>The module's namespace (<c>pym_fibonacci</c>).</summary>
    public string Namespace { get; }

    /// <summary>The source path written in <c>#line</c> directives.</summary>
    public string SourcePath => _request.SourcePath;

    /// <summary>The class each method belongs to.</summary>
    public Dictionary<IrFunction, IrClass> MethodOwners { get; } = [];

    /// <summary>Variables that live in a <c>pyaot::Cell</c> because a closure shares them with its definer.</summary>
    public HashSet<IrVariable> Cells { get; }

    /// <summary>The C++ name of a module-level function (unqualified) or of a method (the member name).</summary>
    public string FunctionName(IrFunction function)
    {
        if (_functionNames.TryGetValue(function, out var name)) return name;
        name = CppNames.FunctionMember(function);
        if (!MethodOwners.ContainsKey(function)) name = Unique(name);
        _functionNames[function] = name;
        return name;
    }

    /// <summary>The C++ name of the function that allocates an instance of <paramref name="symbol"/> and runs <paramref name="initializer"/>.</summary>
    public string ConstructorName(ClassSymbol symbol, IrFunction? initializer)
    {
        if (_constructorNames.TryGetValue((symbol, initializer), out var name)) return name;
        var suffix = initializer is { InstanceSuffix.Length: > 0 } ? "__" + CppNames.Sanitize(initializer.InstanceSuffix) : "";
        name = Unique("new_" + CppNames.Sanitize(symbol.Name) + suffix);
        _constructorNames[(symbol, initializer)] = name;
        return name;
    }

    /// <summary>The C++ name of a global variable (unqualified).</summary>
    public string GlobalName(IrVariable variable) => _globalNames[variable];

    /// <summary>The C++ name of a global read through any IR variable of that name (functions may hold their own variable object for it).</summary>
    public string GlobalNameOf(IrVariable variable)
    {
        if (_globalNames.TryGetValue(variable, out var name)) return name;
        foreach (var (global, globalName) in _globalNames)
            if (global.Name == variable.Name) return globalName;
        return CppNames.Identifier(variable.Name);
    }

    private readonly Dictionary<IrVariable, string> _globalNames = [];

    private string Unique(string name)
    {
        var candidate = name;
        for (var i = 2; !_namespaceNames.Add(candidate); i++) candidate = name + "_" + i;
        return candidate;
    }

    public void Write()
    {
        // Names first: globals, classes and functions share the namespace; claim them in a fixed order so the
        // output is deterministic and a later clash (a lambda instance named like a def) is the one renamed.
        foreach (var irClass in _module.Classes) _namespaceNames.Add(CppNames.Class(irClass.Symbol));
        foreach (var global in _module.Globals) _globalNames[global] = Unique(CppNames.Identifier(global.Name));
        foreach (var function in _module.Functions) FunctionName(function);
        foreach (var irClass in _module.Classes)
            foreach (var method in irClass.Methods) FunctionName(method);
        foreach (var irClass in _module.Classes)
            if (!irClass.Symbol.IsBuiltin) ConstructorNamesFor(irClass);

        _out.Line($"// Generated by PythonAot from {_request.SourcePath}; edit the Python source instead.");
        _out.Line("#include \"pyaot/runtime.hpp\"");
        _out.Line();
        _out.Line($"namespace {Namespace} {{");
        _out.Line();
        var classes = OrderedClasses();
        if (classes.Count > 0)
        {
            foreach (var irClass in classes) _out.Line($"struct {CppNames.Class(irClass.Symbol)};");
            _out.Line();
            foreach (var irClass in classes) WriteClass(irClass);
        }
        WriteGlobals();
        WritePrototypes(classes);
        foreach (var irClass in classes)
            foreach (var method in irClass.Methods) new CppFunctionWriter(this, _out, method).WriteDefinition();
        foreach (var irClass in classes) WriteConstructors(irClass);
        foreach (var function in _module.Functions) new CppFunctionWriter(this, _out, function).WriteDefinition();
        new CppFunctionWriter(this, _out, _module.Init).WriteDefinition();
        _out.Line($"}}  // namespace {Namespace}");
        if (_request.Kind == OutputKind.Executable)
        {
            _out.Line();
            // sys.argv[0] is the script's path, as under CPython (`python3 path.py`), not the executable's.
            _out.Line($"int main(int argc, char** argv) {{ return pyaot::run_main(argc, argv, &{Namespace}::module_init, {CppLiterals.Quote(_request.SourcePath)}); }}");
        }
        else
        {
            CppExportWriter.Write(_out.Text, _library ?? throw new InvalidOperationException("a shared library needs its exports"), _module,
                function => Namespace + "::" + FunctionName(function));
        }
    }

    private void ConstructorNamesFor(IrClass irClass)
    {
        var initializers = Initializers(irClass);
        if (initializers.Count == 0) ConstructorName(irClass.Symbol, null);
        foreach (var initializer in initializers) ConstructorName(irClass.Symbol, initializer);
    }

    /// <summary>The <c>__init__</c> instances a class is constructed with (its own, or the nearest base's).</summary>
    private List<IrFunction> Initializers(IrClass irClass)
    {
        var found = new List<IrFunction>();
        new ConstructionFinder(irClass.Symbol, found).VisitModule(_module);
        return found;
    }

    /// <summary>Collects the distinct initializers the module's <see cref="IrNew"/> nodes use for one class.</summary>
    private sealed class ConstructionFinder(ClassSymbol symbol, List<IrFunction> found) : IrVisitor
    {
        public void VisitModule(IrModule module)
        {
            foreach (var function in module.AllFunctions) VisitFunction(function);
        }

        public override void VisitNew(IrNew node)
        {
            if (node.ClassType.Class == symbol && node.Initializer is { } initializer && !found.Contains(initializer)) found.Add(initializer);
            base.VisitNew(node);
        }
    }

    /// <summary>The module's classes with every base before its subclasses (source order otherwise).</summary>
    private List<IrClass> OrderedClasses()
    {
        var ordered = new List<IrClass>();
        var byClass = _module.Classes.ToDictionary(c => c.Symbol);
        void Add(IrClass irClass)
        {
            if (ordered.Contains(irClass)) return;
            if (irClass.Symbol.BaseClass is { } baseClass && byClass.TryGetValue(baseClass, out var baseIrClass)) Add(baseIrClass);
            ordered.Add(irClass);
        }
        foreach (var irClass in _module.Classes) Add(irClass);
        return ordered;
    }

    private void WriteClass(IrClass irClass)
    {
        var symbol = irClass.Symbol;
        var name = CppNames.Class(symbol);
        var baseName = symbol.BaseClass is { } b ? CppNames.Class(b) : "pyaot::Instance";
        _out.Open($"struct {name} : {baseName}");
        if (DerivesFromBuiltin(symbol))
            _out.Line($"using {baseName}::{CppNames.Identifier(symbol.BaseClass!.Name)};  // the exception constructors (message or none)");
        foreach (var field in irClass.Fields)
            _out.Line($"{CppTypeNames.Of(field.Type, qualifyClasses: false)} {CppNames.Field(field)}{{}};");
        if (irClass.Fields.Count > 0) _out.Line();
        _out.Line($"const char* type_name() const noexcept override {{ return \"{symbol.Name}\"; }}");
        foreach (var method in irClass.Methods)
        {
            var writer = new CppFunctionWriter(this, _out, method);
            _out.Line("virtual " + writer.Signature(memberDeclaration: true) + ";");
        }
        WriteDunderOverrides(irClass);
        _out.Close(";");
        _out.Line();
    }

    /// <summary>Whether the class is (a subclass of) a builtin class: an exception, constructed with a message.</summary>
    public static bool DerivesFromBuiltin(ClassSymbol symbol)
    {
        for (var c = symbol.BaseClass; c is not null; c = c.BaseClass)
            if (c.IsBuiltin) return true;
        return false;
    }

    /// <summary>
    /// The runtime's Instance virtuals (repr, str) call the class's dunders; a dataclass without its own
    /// <c>__repr__</c> gets CPython's generated one (<c>Point(x=1.0, y=2.0)</c>).
    /// </summary>
    private void WriteDunderOverrides(IrClass irClass)
    {
        var name = CppNames.Class(irClass.Symbol);
        IrFunction? Method(string python) => FindMethod(irClass.Symbol, python);
        if (Method("__repr__") is { Parameters.Count: 1 } repr && repr.ReturnType == PyType.Str)
            _out.Line($"pyaot::Str repr() const override {{ return const_cast<{name}*>(this)->{FunctionName(repr)}(); }}");
        else if (irClass.Symbol.IsDataclass)
            WriteDataclassRepr(irClass);
        if (Method("__str__") is { Parameters.Count: 1 } str && str.ReturnType == PyType.Str)
            _out.Line($"pyaot::Str str() const override {{ return const_cast<{name}*>(this)->{FunctionName(str)}(); }}");

        // Comparisons: the class's own dunder (for an argument of another class: identity for ==, CPython's
        // TypeError for ordering), else the dataclass's generated methods over the fields.
        var own = irClass.Methods.Select(m => m.Name).ToHashSet();
        var dataclass = irClass.Symbol.IsDataclass ? DataclassOptions(irClass.Symbol) : default;
        var fields = new List<FieldSymbol>();
        for (var c = irClass.Symbol; c is not null && !c.IsBuiltin; c = c.BaseClass) fields.InsertRange(0, c.Fields);
        var operators = new (string Dunder, string Virtual, string Fallback, string Equal)[]
        {
            ("__eq__", "eq", "this == &other", "true"), ("__ne__", "ne", "this != &other", "false"),
            ("__lt__", "lt", "pyaot::Instance::lt(other)", "false"), ("__le__", "le", "pyaot::Instance::le(other)", "true"),
            ("__gt__", "gt", "pyaot::Instance::gt(other)", "false"), ("__ge__", "ge", "pyaot::Instance::ge(other)", "true"),
        };
        foreach (var (dunder, virtualName, fallback, equal) in operators)
        {
            if (own.Contains(dunder))
            {
                if (Method(dunder) is { Parameters.Count: 2 } method && method.ReturnType == PyType.Bool
                    && method.Parameters[1].Type is ClassType { Class: var otherClass } && IsSelfOrBase(irClass.Symbol, otherClass))
                {
                    var other = CppNames.Class(otherClass);
                    _out.Open($"bool {virtualName}(const pyaot::Instance& other) const override");
                    _out.Line($"auto* o = dynamic_cast<const {other}*>(&other);");
                    _out.Line($"if (o == nullptr) return {fallback};");
                    _out.Line($"return const_cast<{name}*>(this)->{FunctionName(method)}(pyaot::Ref<{other}>(const_cast<{other}*>(o)));");
                    _out.Close();
                }
                continue;
            }
            var generated = virtualName == "eq" ? dataclass.Eq : virtualName is "lt" or "le" or "gt" or "ge" && dataclass.Order;
            if (!generated) continue;
            // CPython compares the tuples of the fields when other's class is self's class.
            _out.Open($"bool {virtualName}(const pyaot::Instance& other) const override");
            _out.Line($"if (typeid(other) != typeid(*this)) return {fallback};");
            _out.Line($"[[maybe_unused]] const auto& o = static_cast<const {name}&>(other);");
            foreach (var field in fields)
            {
                var f = CppNames.Field(field);
                _out.Line(virtualName == "eq"
                    ? $"if (!pyaot::eq({f}, o.{f})) return false;"
                    : $"if (!pyaot::eq({f}, o.{f})) return pyaot::{virtualName}({f}, o.{f});");
            }
            _out.Line($"return {equal};");
            _out.Close();
        }

        // Hashing: __hash__, else unhashable when the class defines __eq__ (or is a non-frozen dataclass with eq),
        // a frozen dataclass hashes its fields.
        if (own.Contains("__hash__") && Method("__hash__") is { Parameters.Count: 1 } hash && hash.ReturnType == PyType.Int)
            _out.Line($"pyaot::Int hash() const override {{ return const_cast<{name}*>(this)->{FunctionName(hash)}(); }}");
        else if (own.Contains("__eq__") || (dataclass.Eq && !dataclass.Frozen))
            _out.Line("pyaot::Int hash() const override { pyaot::raise_unhashable(*this); }");
        else if (dataclass.Eq && dataclass.Frozen)
        {
            _out.Open("pyaot::Int hash() const override");
            _out.Line("std::uint64_t h = 0x345678;");
            foreach (var field in fields) _out.Line($"h = (h ^ static_cast<std::uint64_t>(pyaot::hash({CppNames.Field(field)}))) * 1000003u;");
            _out.Line("return static_cast<pyaot::Int>(h == static_cast<std::uint64_t>(-1) ? -2 : h);");
            _out.Close();
        }

        // Truth: __bool__, else __len__ != 0.
        if (Method("__bool__") is { Parameters.Count: 1 } boolMethod && boolMethod.ReturnType == PyType.Bool)
            _out.Line($"bool truth() const override {{ return const_cast<{name}*>(this)->{FunctionName(boolMethod)}(); }}");
        else if (Method("__len__") is { Parameters.Count: 1 } len && len.ReturnType == PyType.Int)
            _out.Line($"bool truth() const override {{ return const_cast<{name}*>(this)->{FunctionName(len)}() != 0; }}");
    }

    private static bool IsSelfOrBase(ClassSymbol symbol, ClassSymbol other)
    {
        for (var c = symbol; c is not null; c = c.BaseClass)
            if (c == other) return true;
        return false;
    }

    /// <summary>The options of the class's <c>@dataclass(...)</c> decorator that change the generated methods.</summary>
    private static (bool Eq, bool Order, bool Frozen) DataclassOptions(ClassSymbol symbol)
    {
        bool eq = true, order = false, frozen = false;
        if (symbol.Syntax is not { } syntax) return (eq, order, frozen);
        foreach (var decorator in syntax.Decorators)
        {
            if (decorator.Expression is not PythonAot.Compiler.Syntax.CallExpressionSyntax call) continue;
            foreach (var argument in call.ArgumentList.Arguments)
            {
                var value = argument.Expression is PythonAot.Compiler.Syntax.LiteralExpressionSyntax { Token.Kind: PythonAot.Compiler.Syntax.SyntaxKind.TrueKeyword };
                switch (argument.Name.ValueText)
                {
                    case "eq": eq = value; break;
                    case "order": order = value; break;
                    case "frozen": frozen = value; break;
                }
            }
        }
        return (eq, order, frozen);
    }

    private void WriteDataclassRepr(IrClass irClass)
    {
        var fields = new List<FieldSymbol>();
        for (var c = irClass.Symbol; c is not null && !c.IsBuiltin; c = c.BaseClass) fields.InsertRange(0, c.Fields);
        _out.Open("pyaot::Str repr() const override");
        _out.Line($"std::string text = \"{irClass.Symbol.Name}(\";");
        for (var i = 0; i < fields.Count; i++)
        {
            _out.Line($"text += \"{(i > 0 ? ", " : "")}{fields[i].Name}=\";");
            _out.Line($"text += pyaot::repr({CppNames.Field(fields[i])}).utf8();");
        }
        _out.Line("text += \")\";");
        _out.Line("return pyaot::Str(std::move(text));");
        _out.Close();
    }

    /// <summary>The method instance named <paramref name="name"/> on the class or its nearest user base, if there is exactly one instance.</summary>
    private IrFunction? FindMethod(ClassSymbol symbol, string name)
    {
        for (var c = symbol; c is not null; c = c.BaseClass)
        {
            var irClass = _module.Classes.FirstOrDefault(k => k.Symbol == c);
            var methods = irClass?.Methods.Where(m => m.Name == name).ToList();
            if (methods is { Count: > 0 }) return methods.Count == 1 ? methods[0] : null;
        }
        return null;
    }

    private void WriteGlobals()
    {
        if (_module.Globals.Count == 0) return;
        _out.Line("// Module globals: assigned by module_init in source order.");
        foreach (var global in _module.Globals)
        {
            var type = Cells.Contains(global) ? $"pyaot::Cell<{CppTypeNames.Of(global.Type, false)}>" : CppTypeNames.Of(global.Type, false);
            _out.Line($"{type} {GlobalName(global)}{{}};");
        }
        _out.Line();
    }

    private void WritePrototypes(List<IrClass> classes)
    {
        var any = false;
        foreach (var irClass in classes)
        {
            if (irClass.Symbol.IsBuiltin) continue;
            foreach (var initializer in ConstructorsOf(irClass))
            {
                _out.Line(ConstructorSignature(irClass, initializer) + ";");
                any = true;
            }
        }
        foreach (var function in _module.Functions)
        {
            _out.Line(new CppFunctionWriter(this, _out, function).Signature(memberDeclaration: false) + ";");
            any = true;
        }
        _out.Line("void module_init();");
        if (any || true) _out.Line();
    }

    private IEnumerable<IrFunction?> ConstructorsOf(IrClass irClass) =>
        _constructorNames.Keys.Where(k => k.Class == irClass.Symbol).Select(k => k.Initializer);

    private string ConstructorSignature(IrClass irClass, IrFunction? initializer)
    {
        var name = CppNames.Class(irClass.Symbol);
        var parameters = initializer is null
            ? ""
            : string.Join(", ", initializer.Parameters.Skip(1).Select(p => $"{CppTypeNames.Parameter(p.Type, byValue: false, qualifyClasses: false)} {CppNames.Identifier(p.Name)}"));
        return $"pyaot::Ref<{name}> {ConstructorName(irClass.Symbol, initializer)}({parameters})";
    }

    /// <summary><c>Point(x, y)</c>: allocate, then run <c>__init__</c> on the new instance.</summary>
    private void WriteConstructors(IrClass irClass)
    {
        if (irClass.Symbol.IsBuiltin) return;
        var name = CppNames.Class(irClass.Symbol);
        foreach (var initializer in ConstructorsOf(irClass).ToList())
        {
            _out.Open(ConstructorSignature(irClass, initializer));
            _out.Line($"auto self = pyaot::make<{name}>();");
            if (initializer is not null)
            {
                var owner = MethodOwners.TryGetValue(initializer, out var o) ? CppNames.Class(o.Symbol) : name;
                var arguments = string.Join(", ", initializer.Parameters.Skip(1).Select(p => CppNames.Identifier(p.Name)));
                // BaseException.__new__ stores the constructor's arguments as e.args before __init__ runs.
                if (DerivesFromBuiltin(irClass.Symbol)) _out.Line($"pyaot::set_exception_args(*self{(arguments.Length > 0 ? ", " + arguments : "")});");
                _out.Line($"self->{owner}::{FunctionName(initializer)}({arguments});");
            }
            _out.Line("return self;");
            _out.Close();
            _out.Line();
        }
    }
}
