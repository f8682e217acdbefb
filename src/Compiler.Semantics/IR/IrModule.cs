namespace PythonAot.Compiler.Semantics.IR;

/// <summary>
/// One compiled module: its functions (nested functions and lambdas lifted here with their captures; every
/// instantiation of an unannotated function is its own <see cref="IrFunction"/>), classes, globals and the
/// function that runs the top-level code.
/// </summary>
public sealed class IrModule
{
    /// <summary>Creates an empty module whose top-level code is an empty <c>&lt;module&gt;</c> function.</summary>
    public IrModule(string name)
    {
        Name = name;
        Init = new IrFunction("<module>", "<module>", [], Types.PyType.None);
    }

    /// <summary>The module name (<c>example</c>).</summary>
    public string Name { get; set; }

    /// <summary>Module-level functions, lifted nested functions and lambdas, in source order.</summary>
    public List<IrFunction> Functions { get; } = [];

    /// <summary>The classes, in source order.</summary>
    public List<IrClass> Classes { get; } = [];

    /// <summary>Module-level variables (kind <see cref="IrVariableKind.Global"/>).</summary>
    public List<IrVariable> Globals { get; } = [];

    /// <summary>The top-level code of the module.</summary>
    public IrFunction Init { get; set; }

    /// <summary>
    /// Whether a class of the module defines a dunder other than <c>__init__</c> (<c>__str__</c>, <c>__eq__</c>,
    /// <c>__lt__</c>...): a backend's runtime calls those from inside library operations (<c>print</c>, <c>==</c> on
    /// lists, <c>sorted</c>), so such an operation may run user code that no call in the IR shows.
    /// </summary>
    public bool DefinesImplicitlyCalledDunders => Classes.Any(c => c.Methods.Any(m => m.Symbol?.Name is { Length: > 4 } name
        && name.StartsWith("__", StringComparison.Ordinal) && name.EndsWith("__", StringComparison.Ordinal) && name != "__init__"));

    /// <summary>Every function of the module: <see cref="Init"/>, then <see cref="Functions"/>, then the methods of each class.</summary>
    public IEnumerable<IrFunction> AllFunctions
    {
        get
        {
            yield return Init;
            foreach (var function in Functions) yield return function;
            foreach (var irClass in Classes)
                foreach (var method in irClass.Methods) yield return method;
        }
    }
}
