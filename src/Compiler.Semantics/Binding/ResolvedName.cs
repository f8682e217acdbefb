namespace PythonAot.Compiler.Semantics.Binding;

/// <summary>What a name occurrence refers to at run time.</summary>
/// <param name="Binding">The name in the scope that binds it (the module's name for a bound global); null for a builtin or an unbound global.</param>
/// <param name="IsBuiltin">True when the name is global, not bound by the module, and a name of CPython 3.11's builtins module.</param>
public readonly record struct ResolvedName(ScopeName? Binding, bool IsBuiltin);
