using PythonAot.Compiler.Semantics.Binding;
using PythonAot.Compiler.Semantics.Symbols;
using PythonAot.Compiler.Semantics.Types;
using PythonAot.Compiler.Syntax;

namespace PythonAot.Compiler.Semantics.Inference;

/// <summary>
/// One typed copy of a function: annotated functions have one; an unannotated function has one per distinct tuple
/// of argument types at its call sites; the module's top-level code is the instance with no function.
/// </summary>
internal sealed class FunctionInstance
{
    public FunctionInstance(ModuleInfo module, FunctionSymbol? function, Scope scope, IReadOnlyList<PyType> parameterTypes, PyType returnType, FunctionInstance? parent)
    {
        Module = module;
        Function = function;
        Scope = scope;
        ParameterTypes = parameterTypes;
        ReturnType = returnType;
        Parent = parent;
    }

    public ModuleInfo Module { get; }

    /// <summary>Null for the module's top-level code.</summary>
    public FunctionSymbol? Function { get; }

    public Scope Scope { get; }

    public IReadOnlyList<PyType> ParameterTypes { get; }

    /// <summary>The declared return type, or an inference variable returns unify.</summary>
    public PyType ReturnType { get; }

    /// <summary>The instance of the enclosing function (closures read its variables).</summary>
    public FunctionInstance? Parent { get; }

    /// <summary>For a generator: the yielded type.</summary>
    public TypeVariable? YieldType { get; set; }

    public Dictionary<ScopeName, VariableSlot> Slots { get; } = [];

    public Dictionary<SyntaxNode, ExpressionInfo> Expressions { get; } = [];

    /// <summary>The stand-in result type of an operation still deferred, one per node so rounds build on each other.</summary>
    public Dictionary<SyntaxNode, TypeVariable> DeferredResults { get; } = [];

    public bool IsAnalyzed { get; set; }

    public bool InProgress { get; set; }

    /// <summary>Whether the body has a return with a value that is not a recursive call (fixes the return type).</summary>
    public bool HasReturnValue { get; set; }

    /// <summary>The instance name: <c>square[int]</c> for an instantiation of an unannotated function.</summary>
    public string Name
    {
        get
        {
            if (Function is null) return $"<module {Module.Name}>";
            if (Function.IsFullyAnnotated || ParameterTypes.Count == 0) return Function.QualifiedName;
            return $"{Function.QualifiedName}[{string.Join(", ", ParameterTypes.Select(t => t.Resolve().DisplayName))}]";
        }
    }

    public override string ToString() => Name;
}
