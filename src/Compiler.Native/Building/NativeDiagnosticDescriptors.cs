using Microsoft.CodeAnalysis;

#pragma warning disable RS2008 // release tracking is for analyzers; these descriptors are the compiler's own diagnostics

namespace PythonAot.Compiler.Native.Building;

/// <summary>PA49xx — the native build: toolchains and the native compiler itself.</summary>
public static class NativeDiagnosticDescriptors
{
    private const string Category = "NativeBuild";

    /// <summary>PA4901: no usable C++ compiler on this machine.</summary>
    public static readonly DiagnosticDescriptor NoCppCompiler = new(
        "PA4901", "No C++ compiler", "no C++20 compiler found ({0}); install one with: {1}", Category, DiagnosticSeverity.Error, isEnabledByDefault: true,
        helpLinkUri: "docs/diagnostics.md#pa4901");

    /// <summary>PA4902: the C++ compiler rejected the emitted code — a bug in PythonAot, never in the user's program.</summary>
    public static readonly DiagnosticDescriptor CppCompilerFailed = new(
        "PA4902", "The C++ compiler failed", "internal error: the C++ compiler rejected the emitted code (please report it); sources kept in {0}; first error: {1}", Category,
        DiagnosticSeverity.Error, isEnabledByDefault: true, helpLinkUri: "docs/diagnostics.md#pa4902");
}
