namespace PythonAot.Compiler.Semantics.Analysis;

/// <summary>What a name refers to at the place it is used, as far as the untranslatable-construct checker needs to know.</summary>
public enum NameKind
{
    /// <summary>Not known (the name could not be resolved).</summary>
    Unknown,

    /// <summary>A Python builtin (<c>eval</c>, <c>type</c>, <c>getattr</c>...) that the program does not rebind.</summary>
    Builtin,

    /// <summary>A module bound by an import statement.</summary>
    Module,

    /// <summary>A class defined by a class statement.</summary>
    Class,

    /// <summary>A function defined by a def statement.</summary>
    Function,

    /// <summary>Any other variable (a parameter, a local, a global assigned a value).</summary>
    Variable,
}
