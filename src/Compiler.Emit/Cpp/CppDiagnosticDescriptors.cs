using Microsoft.CodeAnalysis;

#pragma warning disable RS2008 // release tracking is for analyzers; these descriptors are the compiler's own diagnostics

namespace PythonAot.Compiler.Emit.Cpp;

/// <summary>PA41xx — the C++ backend: constructs of a verified module that the C++ emitter cannot translate.</summary>
public static class CppDiagnosticDescriptors
{
    private const string Category = "Backend.Cpp";

    /// <summary>PA4101: an IR construct the C++ emitter does not translate (yet).</summary>
    public static readonly DiagnosticDescriptor NotSupported = Error("PA4101", "Not supported by the C++ backend", "{0} is not supported by the C++ backend yet");

    private static DiagnosticDescriptor Error(string id, string title, string format) =>
        new(id, title, format, Category, DiagnosticSeverity.Error, isEnabledByDefault: true, helpLinkUri: "docs/diagnostics.md#" + id.ToLowerInvariant());
}
