using Microsoft.CodeAnalysis;

#pragma warning disable RS2008 // release tracking is for analyzers; these descriptors are the compiler's own diagnostics

namespace PythonAot.Compiler.Semantics.Diagnostics;

/// <summary>PA4xxx — Lowering: a construct inference typed that the typed IR cannot express yet.</summary>
public static class LoweringDiagnosticDescriptors
{
    private const string Category = "Lowering";

    /// <summary>PA4001: a typed construct the lowering to IR does not support (the program is not translated).</summary>
    public static readonly DiagnosticDescriptor NotSupported = SemanticDiagnosticFactory.Error("PA4001", Category, "Not supported by the IR lowering", "{0} is not supported by the IR lowering yet");
}
