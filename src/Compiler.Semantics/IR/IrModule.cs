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
