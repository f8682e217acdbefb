using PythonAot.Compiler.Syntax;

namespace PythonAot.Compiler.Semantics.Symbols;

/// <summary>A class: user-defined (single inheritance) or builtin (the exception hierarchy).</summary>
public sealed class ClassSymbol : Symbol
{
    private readonly List<FieldSymbol> _fields = [];
    private readonly List<FunctionSymbol> _methods = [];

    /// <summary>Creates a class symbol; fields and methods are added as binding discovers them.</summary>
    public ClassSymbol(string name, ClassSymbol? baseClass, ClassDefinitionSyntax? syntax, bool isBuiltin = false)
        : base(name, syntax)
    {
        BaseClass = baseClass;
        IsBuiltin = isBuiltin;
    }

    /// <inheritdoc/>
    public override SymbolKind Kind => SymbolKind.Class;

    /// <summary>The base class, or null for a root class (object).</summary>
    public ClassSymbol? BaseClass { get; internal set; }

    /// <summary>Whether the class comes with Python (Exception, ValueError, ...).</summary>
    public bool IsBuiltin { get; }

    /// <summary>Whether the class is decorated with <c>@dataclass</c>.</summary>
    public bool IsDataclass { get; internal set; }

    /// <summary>The class statement, for a user class.</summary>
    public ClassDefinitionSyntax? Syntax => DeclaringSyntax as ClassDefinitionSyntax;

    /// <summary>Fields declared by this class (not inherited ones), in declaration order.</summary>
    public IReadOnlyList<FieldSymbol> Fields => _fields;

    /// <summary>Methods declared by this class (not inherited ones), in declaration order.</summary>
    public IReadOnlyList<FunctionSymbol> Methods => _methods;

    /// <summary>Whether this class is <paramref name="other"/> or derives from it.</summary>
    public bool IsSubclassOf(ClassSymbol other)
    {
        for (var c = this; c is not null; c = c.BaseClass)
            if (ReferenceEquals(c, other)) return true;
        return false;
    }

    /// <summary>Finds a field here or in a base class.</summary>
    public FieldSymbol? LookupField(string name)
    {
        for (var c = this; c is not null; c = c.BaseClass)
            if (c._fields.Find(f => f.Name == name) is { } field) return field;
        return null;
    }

    /// <summary>Finds a method here or in a base class (the most derived override).</summary>
    public FunctionSymbol? LookupMethod(string name)
    {
        for (var c = this; c is not null; c = c.BaseClass)
            if (c._methods.Find(m => m.Name == name) is { } method) return method;
        return null;
    }

    internal void AddField(FieldSymbol field)
    {
        field.ContainingSymbol = this;
        _fields.Add(field);
    }

    internal void AddMethod(FunctionSymbol method)
    {
        method.ContainingSymbol = this;
        _methods.Add(method);
    }

    /// <inheritdoc/>
    public override string ToDisplayString() => BaseClass is null ? $"class {Name}" : $"class {Name}({BaseClass.Name})";
}
