namespace PythonAot.Compiler.Semantics.Binding;

/// <summary>
/// CPython's resolved scope of a name in one block (the SCOPE bits of its symbol table flags); the numeric values
/// are CPython's LOCAL, GLOBAL_EXPLICIT, GLOBAL_IMPLICIT, FREE and CELL.
/// </summary>
public enum NameScope
{
    /// <summary>Bound in this block and used only here.</summary>
    Local = 1,

    /// <summary>Declared <c>global</c> here, or named by a <c>global</c> declaration that reaches this module.</summary>
    GlobalExplicit = 2,

    /// <summary>Not bound in this block nor in an enclosing function: a module global or a builtin.</summary>
    GlobalImplicit = 3,

    /// <summary>Bound in an enclosing function-like block (or declared <c>nonlocal</c>): read through a closure cell.</summary>
    Free = 4,

    /// <summary>Bound here and free in a nested block: stored in a cell so closures share it.</summary>
    Cell = 5,
}
