using Microsoft.CodeAnalysis;

#pragma warning disable RS2008 // release tracking is for analyzers; these descriptors are the compiler's own diagnostics

namespace PythonAot.Compiler.Semantics.Diagnostics;

/// <summary>PA3xxx — Constructs that have no faithful native translation (dynamic code, reflection, metaclasses, unsupported modules). Each id has a page in docs/diagnostics.md.</summary>
public static class UntranslatableDiagnosticDescriptors
{
    private const string Category = "Untranslatable";

    /// <summary>PA3001: <c>eval</c>, <c>exec</c> or <c>compile</c> runs source code that only exists at run time. Argument: the function's name.</summary>
    public static readonly DiagnosticDescriptor DynamicCodeExecution = SemanticDiagnosticFactory.Error(
        "PA3001", Category, "code executed at run time",
        "'{0}' executes code built at run time; it cannot be compiled ahead of time");

    /// <summary>PA3002: <c>globals()</c>, <c>locals()</c> or <c>vars()</c> turns a namespace into a dictionary. Argument: the function's name.</summary>
    public static readonly DiagnosticDescriptor NamespaceAsDictionary = SemanticDiagnosticFactory.Error(
        "PA3002", Category, "namespace read as a dictionary",
        "'{0}' exposes variables as a dictionary at run time; compiled code has no such dictionary, use the names directly");

    /// <summary>PA3003: <c>getattr</c>/<c>setattr</c>/<c>delattr</c>/<c>hasattr</c> with an attribute name that is not a string literal. Argument: the function's name.</summary>
    public static readonly DiagnosticDescriptor ComputedAttributeName = SemanticDiagnosticFactory.Error(
        "PA3003", Category, "attribute name computed at run time",
        "'{0}' with an attribute name computed at run time cannot be compiled ahead of time; write the name as a string literal or access the attribute directly");

    /// <summary>PA3004: any use of the <c>__dict__</c> attribute.</summary>
    public static readonly DiagnosticDescriptor AttributeDictionary = SemanticDiagnosticFactory.Error(
        "PA3004", Category, "'__dict__' used",
        "'__dict__' exposes attributes as a dictionary; compiled objects have fixed fields, access them by name");

    /// <summary>PA3005: a class with a metaclass (<c>metaclass=M</c>) or a class derived from <c>type</c>. Argument: the class's name.</summary>
    public static readonly DiagnosticDescriptor Metaclass = SemanticDiagnosticFactory.Error(
        "PA3005", Category, "metaclass",
        "class '{0}' uses a metaclass, which creates classes at run time; use a plain class, a decorator or a class method instead");

    /// <summary>PA3006: <c>type(name, bases, dict)</c> creates a class at run time.</summary>
    public static readonly DiagnosticDescriptor ClassCreatedAtRunTime = SemanticDiagnosticFactory.Error(
        "PA3006", Category, "class created at run time",
        "'type' with three arguments creates a class at run time; declare the class with a class statement");

    /// <summary>PA3007: an attribute of a module or of a class is assigned or deleted outside its definition. Arguments: the target's text, then "module 'm'" or "class 'C'".</summary>
    public static readonly DiagnosticDescriptor ExternalAttributeAssignment = SemanticDiagnosticFactory.Error(
        "PA3007", Category, "module or class attribute assigned from outside",
        "'{0}' modifies {1} from outside its definition; its attributes are fixed when compiled ahead of time");

    /// <summary>PA3008: a <c>*args</c> or <c>**kwargs</c> parameter has no annotation. Argument: the parameter with its prefix.</summary>
    public static readonly DiagnosticDescriptor UnannotatedVariadicParameter = SemanticDiagnosticFactory.Error(
        "PA3008", Category, "unannotated *args or **kwargs",
        "parameter '{0}' has no type annotation; annotate the type of each extra argument, as in '{0}: int'");

    /// <summary>PA3009: an import of a module that PythonAot does not support. Argument: the module's full name.</summary>
    public static readonly DiagnosticDescriptor UnsupportedModule = SemanticDiagnosticFactory.Error(
        "PA3009", Category, "unsupported module",
        "module '{0}' is not supported; it has no ahead-of-time translation");

    /// <summary>PA3010: <c>typing.Any</c> used as a type.</summary>
    public static readonly DiagnosticDescriptor AnyType = SemanticDiagnosticFactory.Error(
        "PA3010", Category, "'Any' used as a type",
        "'Any' gives no type to translate; name the concrete type");

    /// <summary>PA3011: a method (or module function) that intercepts attribute access by name. Argument: the method's name.</summary>
    public static readonly DiagnosticDescriptor DynamicAttributeHook = SemanticDiagnosticFactory.Error(
        "PA3011", Category, "dynamic attribute hook",
        "'{0}' intercepts attribute access by name at run time; declare the attributes, or use properties");

    /// <summary>PA3012: <c>from m import *</c>. Argument: the module as written (with its leading dots).</summary>
    public static readonly DiagnosticDescriptor StarImport = SemanticDiagnosticFactory.Error(
        "PA3012", Category, "import *",
        "'from {0} import *' brings in names that are not known ahead of time; import the names you use explicitly");

    /// <summary>PA3013: <c>async def</c> defines a coroutine. Argument: the function's name.</summary>
    public static readonly DiagnosticDescriptor Coroutine = SemanticDiagnosticFactory.Error(
        "PA3013", Category, "coroutine",
        "coroutine '{0}' cannot be compiled: 'async def' is not supported; write a regular function");

    /// <summary>PA3014: <c>__import__</c> or <c>importlib.import_module</c> imports a module named at run time. Argument: the callee as written.</summary>
    public static readonly DiagnosticDescriptor DynamicImport = SemanticDiagnosticFactory.Error(
        "PA3014", Category, "module imported by name at run time",
        "'{0}' imports a module chosen at run time; use an import statement");

    /// <summary>PA3015: assigning or deleting <c>__class__</c> or <c>__bases__</c>, which changes an object's class or a class's bases at run time. Argument: the attribute's name.</summary>
    public static readonly DiagnosticDescriptor ClassChangedAtRunTime = SemanticDiagnosticFactory.Error(
        "PA3015", Category, "class changed at run time",
        "assigning '{0}' changes a class at run time; compiled classes and objects keep the class they were created with");
}
