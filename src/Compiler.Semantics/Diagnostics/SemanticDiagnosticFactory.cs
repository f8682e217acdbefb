using Microsoft.CodeAnalysis;

#pragma warning disable RS2008 // release tracking is for analyzers; these descriptors are the compiler's own diagnostics

namespace PythonAot.Compiler.Semantics.Diagnostics;

/// <summary>
/// Makes the descriptors of the semantic layer: PA1xxx binding, PA2xxx typing, PA3xxx untranslatable constructs.
/// Every id has a page in docs/diagnostics.md (enforced by a test). A format with placeholders goes through
/// string.Format; one without placeholders is used verbatim by Roslyn.
/// </summary>
internal static class SemanticDiagnosticFactory
{
    public static DiagnosticDescriptor Error(string id, string category, string title, string format) =>
        new(id, title, format, category, DiagnosticSeverity.Error, isEnabledByDefault: true, helpLinkUri: "docs/diagnostics.md#" + id.ToLowerInvariant());

    public static DiagnosticDescriptor Warning(string id, string category, string title, string format) =>
        new(id, title, format, category, DiagnosticSeverity.Warning, isEnabledByDefault: true, helpLinkUri: "docs/diagnostics.md#" + id.ToLowerInvariant());
}
