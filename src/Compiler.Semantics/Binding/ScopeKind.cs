namespace PythonAot.Compiler.Semantics.Binding;

/// <summary>What introduced a <see cref="Scope"/> (CPython's block types, with functions split by syntax).</summary>
public enum ScopeKind
{
    /// <summary>The module (CPython's ModuleBlock, named "top").</summary>
    Module,

    /// <summary>A class body (ClassBlock).</summary>
    Class,

    /// <summary>A <c>def</c> or <c>async def</c> (FunctionBlock).</summary>
    Function,

    /// <summary>A <c>lambda</c> (a FunctionBlock named "lambda").</summary>
    Lambda,

    /// <summary>A list, set or dict comprehension or a generator expression: 3.11 runs each in its own function-like block.</summary>
    Comprehension,
}
