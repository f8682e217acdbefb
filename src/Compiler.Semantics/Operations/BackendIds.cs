namespace PythonAot.Compiler.Semantics.Operations;

/// <summary>The backends an overload can carry an implementation for (keys of <see cref="OperationOverload.Implementations"/>).</summary>
public static class BackendIds
{
    /// <summary>The C++ text emitter.</summary>
    public const string Cpp = "cpp";

    /// <summary>The Rust text emitter.</summary>
    public const string Rust = "rust";

    /// <summary>The LLVM IR emitter.</summary>
    public const string Llvm = "llvm";

    /// <summary>All backends, in the order reports list them.</summary>
    public static IReadOnlyList<string> All { get; } = [Cpp, Rust, Llvm];
}
