using Microsoft.CodeAnalysis;

namespace PythonAot.Compiler.Semantics.Diagnostics;

/// <summary>PA3xxx — Constructs that have no faithful native translation (dynamic code, reflection, metaclasses, unsupported modules). Each id has a page in docs/diagnostics.md.</summary>
public static class UntranslatableDiagnosticDescriptors
{
    private const string Category = "Untranslatable";
}
