namespace PythonAot.Compiler.Semantics.IR;

/// <summary>Where an <see cref="IrVariable"/> lives.</summary>
public enum IrVariableKind
{
    /// <summary>A parameter of the function.</summary>
    Parameter,
    /// <summary>A local variable written in the source (comprehension variables included).</summary>
    Local,
    /// <summary>A module-level variable (listed in <see cref="IrModule.Globals"/>).</summary>
    Global,
    /// <summary>A free variable of a closure, bound by <see cref="IrMakeClosure"/> (listed in <see cref="IrFunction.Captures"/>).</summary>
    Captured,
    /// <summary>A value introduced by lowering or a pass (<c>$0</c>); never visible to Python code.</summary>
    Temporary,
}
