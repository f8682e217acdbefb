using PythonAot.Compiler.Semantics.Symbols;
using PythonAot.Compiler.Semantics.Types;

namespace PythonAot.Compiler.Semantics.IR;

/// <summary>
/// One function instance: the trace of a def, method, lambda or lifted generator expression for one set of
/// parameter types. An unannotated function called with different argument types has one instance per tuple of
/// types, told apart by <see cref="InstanceSuffix"/> (<c>square[int]</c>, <c>square[float]</c>).
/// </summary>
public sealed class IrFunction
{
    /// <summary>Creates a function instance with an empty body.</summary>
    public IrFunction(string name, string qualifiedName, IEnumerable<IrVariable> parameters, PyType returnType, FunctionSymbol? symbol = null)
    {
        Name = name;
        QualifiedName = qualifiedName;
        Parameters.AddRange(parameters);
        ReturnType = returnType;
        Symbol = symbol;
    }

    /// <summary>The name as written (<c>square</c>, <c>&lt;lambda&gt;</c>, <c>&lt;genexpr&gt;</c>).</summary>
    public string Name { get; set; }

    /// <summary>The dotted name (<c>Point.norm</c>, <c>outer.inner</c>).</summary>
    public string QualifiedName { get; set; }

    /// <summary>
    /// Distinguishes instances of one unannotated function: the argument types, <c>[int]</c> or <c>[int, str]</c>;
    /// empty for an annotated function (its only instance).
    /// </summary>
    public string InstanceSuffix { get; set; } = "";

    /// <summary>The name that identifies this instance in the module: <see cref="QualifiedName"/> + <see cref="InstanceSuffix"/>.</summary>
    public string InstanceName => QualifiedName + InstanceSuffix;

    /// <summary>The function symbol, or null for code synthesized by a pass and for the module's top-level code.</summary>
    public FunctionSymbol? Symbol { get; set; }

    /// <summary>The parameters in order (kind <see cref="IrVariableKind.Parameter"/>; for a method, <c>self</c> first).</summary>
    public List<IrVariable> Parameters { get; } = [];

    /// <summary>
    /// The return type. For a generator it is the type of the generator object's <c>return</c> value
    /// (usually None); the yielded type is <see cref="YieldType"/>.
    /// </summary>
    public PyType ReturnType { get; set; }

    /// <summary>Locals and temporaries, in order of first definition.</summary>
    public List<IrVariable> Locals { get; } = [];

    /// <summary>The free variables of a closure (kind <see cref="IrVariableKind.Captured"/>), bound by <see cref="IrMakeClosure"/> in capture order.</summary>
    public List<IrVariable> Captures { get; } = [];

    /// <summary>The body.</summary>
    public IrBlock Body { get; set; } = new();

    /// <summary>Whether the function is a generator (its body yields).</summary>
    public bool IsGenerator { get; set; }

    /// <summary>The type of the yielded values for a generator, else null.</summary>
    public PyType? YieldType { get; set; }

    /// <summary>Where the def is.</summary>
    public IrLocation? Location { get; set; }

    /// <summary>The type of a value that refers to this function: a callable of its parameter types (a generator's result is <c>Generator[Y, None, R]</c>).</summary>
    public CallableType CallableType => new(Parameters.Select(p => p.Type).ToArray(), IsGenerator ? new GeneratorType(YieldType ?? PyType.None, PyType.None, ReturnType) : ReturnType);

    private int _nextTemporary;

    /// <summary>Creates a temporary <c>$n</c> of <paramref name="type"/> and adds it to <see cref="Locals"/>.</summary>
    public IrVariable NewTemporary(PyType type)
    {
        string name;
        do name = "$" + _nextTemporary++;
        while (Locals.Any(l => l.Name == name));
        var temporary = new IrVariable(name, type, IrVariableKind.Temporary);
        Locals.Add(temporary);
        return temporary;
    }

    /// <summary>The header as printed: <c>def square[int](x: int) -> int</c>.</summary>
    public override string ToString() => $"def {InstanceName}({string.Join(", ", Parameters)}) -> {ReturnType.DisplayName}";
}
