using PythonAot.Compiler.Semantics.Operations;
using PythonAot.Compiler.Syntax;

namespace PythonAot.Compiler.Semantics;

/// <summary>Options of a <see cref="PythonCompilation"/>: immutable, changed with <c>With*</c>.</summary>
public sealed record PythonCompilationOptions
{
    /// <summary>Python 3.11, the default operation library, the C++ target.</summary>
    public static PythonCompilationOptions Default { get; } = new();

    /// <summary>The Python version the source is read as.</summary>
    public PythonLanguageVersion LanguageVersion { get; init; } = PythonLanguageVersion.Python311;

    /// <summary>The backends the program is meant for (<see cref="BackendIds"/>).</summary>
    public IReadOnlyList<string> Targets { get; init; } = [BackendIds.Cpp];

    /// <summary>The elementary operations; add native operations with <see cref="OperationLibrary.WithOperation"/>.</summary>
    public OperationLibrary OperationLibrary { get; init; } = OperationLibrary.Default;

    /// <summary>Modules that may be imported besides the library's and the compilation's own (typing and friends only affect types).</summary>
    public IReadOnlyCollection<string> TypingModules { get; init; } = ["typing", "dataclasses", "__future__", "collections.abc", "typing_extensions"];

    /// <summary>Returns options with another operation library.</summary>
    public PythonCompilationOptions WithOperationLibrary(OperationLibrary library) => this with { OperationLibrary = library };

    /// <summary>Returns options with other targets.</summary>
    public PythonCompilationOptions WithTargets(params string[] targets) => this with { Targets = targets };
}
