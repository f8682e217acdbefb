using PythonAot.Compiler.Semantics.IR;
using PythonAot.Compiler.Semantics.Operations;
using PythonAot.Compiler.Semantics.Symbols;
using PythonAot.Compiler.Semantics.Types;

namespace PythonAot.Compiler.Semantics.Passes;

/// <summary>What a pass gets besides the IR: the module, a diagnostics sink and lookups into the op library and the builtin classes.</summary>
public sealed class PassContext
{
    private readonly List<PassDiagnostic> _diagnostics = [];

    /// <summary>Creates a context for <paramref name="module"/>.</summary>
    public PassContext(IrModule module, Func<string, IReadOnlyList<PyType>, OperationOverload?>? resolveOverload = null, Func<string, ClassSymbol?>? resolveClass = null)
    {
        Module = module;
        ResolveOverload = resolveOverload ?? ((_, _) => null);
        ResolveClass = resolveClass ?? (_ => null);
    }

    /// <summary>The module being compiled.</summary>
    public IrModule Module { get; }

    /// <summary>
    /// Finds the overload of an operation (<c>list.append</c>, <c>builtins.format</c>) for positional arguments of
    /// the given types, as overload resolution would; null when the op library has none.
    /// </summary>
    public Func<string, IReadOnlyList<PyType>, OperationOverload?> ResolveOverload { get; }

    /// <summary>Finds a builtin class by name (<c>AssertionError</c>); null when unknown.</summary>
    public Func<string, ClassSymbol?> ResolveClass { get; }

    /// <summary>The pass running now (set by the pass manager).</summary>
    public string CurrentPass { get; internal set; } = "";

    /// <summary>Everything reported so far.</summary>
    public IReadOnlyList<PassDiagnostic> Diagnostics => _diagnostics;

    /// <summary>Reports a message from the current pass.</summary>
    public void Report(PassDiagnosticSeverity severity, IrLocation? location, string message) =>
        _diagnostics.Add(new PassDiagnostic(severity, CurrentPass, location, message));

    /// <summary>Resolves an overload and reports an error naming it when the op library lacks it.</summary>
    public OperationOverload? RequireOverload(string operationName, IReadOnlyList<PyType> argumentTypes, IrLocation? location)
    {
        var overload = ResolveOverload(operationName, argumentTypes);
        if (overload is null)
            Report(PassDiagnosticSeverity.Error, location, $"the op library has no overload {operationName}({string.Join(", ", argumentTypes.Select(t => t.DisplayName))})");
        return overload;
    }
}
