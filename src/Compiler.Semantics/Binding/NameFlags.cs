namespace PythonAot.Compiler.Semantics.Binding;

/// <summary>
/// The raw facts CPython's symbol table records about a name in a block (its DEF_* flags, with CPython's bit
/// values), before the analysis decides the <see cref="NameScope"/>.
/// </summary>
[Flags]
public enum NameFlags
{
    /// <summary>No fact recorded: a free variable CPython only passes through this block to a nested one.</summary>
    None = 0,

    /// <summary>DEF_GLOBAL: named by a <c>global</c> statement (in this block, or, for the module, in any block).</summary>
    DeclaredGlobal = 1,

    /// <summary>DEF_LOCAL: bound by an assignment, <c>for</c>/<c>with</c>/<c>except</c> target, <c>del</c>, def, class, walrus or pattern capture.</summary>
    Assigned = 2,

    /// <summary>DEF_PARAM: a parameter (comprehensions have the implicit parameter ".0").</summary>
    Parameter = 4,

    /// <summary>DEF_NONLOCAL: named by a <c>nonlocal</c> statement, or a walrus target in a comprehension bound by the enclosing function.</summary>
    DeclaredNonlocal = 8,

    /// <summary>USE: read (loaded) in this block.</summary>
    Referenced = 16,

    /// <summary>DEF_FREE_CLASS: bound in this class body and also free in a method (the method reads the outer binding).</summary>
    FreeClass = 64,

    /// <summary>DEF_IMPORT: bound by an <c>import</c>.</summary>
    Imported = 128,

    /// <summary>DEF_ANNOT: the target of a simple annotated assignment (<c>x: int</c>).</summary>
    Annotated = 256,

    /// <summary>DEF_COMP_ITER: an iteration variable of a comprehension (a walrus may not rebind it).</summary>
    ComprehensionIteration = 512,
}
