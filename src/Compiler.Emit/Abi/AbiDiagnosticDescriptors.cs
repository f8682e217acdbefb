using Microsoft.CodeAnalysis;

#pragma warning disable RS2008 // release tracking is for analyzers; these descriptors are the compiler's own diagnostics

namespace PythonAot.Compiler.Emit.Abi;

/// <summary>PA42xx — the C ABI of a shared library: a function named by <c>--export</c> that cannot be exported.</summary>
public static class AbiDiagnosticDescriptors
{
    private const string Category = "Abi";

    /// <summary>PA4201: <c>--export</c> names no public top-level function of the module.</summary>
    public static readonly DiagnosticDescriptor ExportNotFound = Error("PA4201", "Exported function not found",
        "module '{0}' has no top-level function '{1}' to export");

    /// <summary>PA4202: <c>--export</c> names a function whose signature the C ABI cannot carry.</summary>
    public static readonly DiagnosticDescriptor ExportNotRepresentable = Error("PA4202", "Function cannot be exported through the C ABI",
        "'{0}' cannot be exported through the C ABI: {1}");

    private static DiagnosticDescriptor Error(string id, string title, string format) =>
        new(id, title, format, Category, DiagnosticSeverity.Error, isEnabledByDefault: true, helpLinkUri: "docs/diagnostics.md#" + id.ToLowerInvariant());
}
