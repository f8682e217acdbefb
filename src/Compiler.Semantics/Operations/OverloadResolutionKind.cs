namespace PythonAot.Compiler.Semantics.Operations;

/// <summary>The outcome of overload resolution.</summary>
public enum OverloadResolutionKind
{
    /// <summary>Exactly one best overload.</summary>
    Resolved,
    /// <summary>No overload accepts the argument types.</summary>
    NoMatch,
    /// <summary>Several overloads fit only because some argument types are not known yet; try again when they are.</summary>
    Deferred,
}
