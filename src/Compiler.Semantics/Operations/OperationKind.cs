namespace PythonAot.Compiler.Semantics.Operations;

/// <summary>How an operation is spelled in Python.</summary>
public enum OperationKind
{
    /// <summary>An operator (<c>a + b</c> is <c>operator.add</c>, <c>a[i]</c> is <c>operator.getitem</c>).</summary>
    Operator,
    /// <summary>A builtin function (<c>len</c>, <c>print</c>), named <c>builtins.len</c>.</summary>
    Builtin,
    /// <summary>A method of a builtin type (<c>str.join</c>, <c>list.append</c>); the receiver is the first parameter.</summary>
    Method,
    /// <summary>A function of a library module (<c>math.sqrt</c>) or a user-registered native function.</summary>
    ModuleFunction,
    /// <summary>A constant of a library module (<c>math.pi</c>): an overload without parameters.</summary>
    ModuleAttribute,
}
