using Microsoft.CodeAnalysis;

namespace PythonAot.Compiler.Semantics.Diagnostics;

/// <summary>PA2xxx — Typing errors: a value whose one native type cannot be determined. Each id has a page in docs/diagnostics.md.</summary>
public static class TypingDiagnosticDescriptors
{
    private const string Category = "Typing";
}
