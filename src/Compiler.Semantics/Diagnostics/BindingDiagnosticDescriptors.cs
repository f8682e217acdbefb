using Microsoft.CodeAnalysis;

namespace PythonAot.Compiler.Semantics.Diagnostics;

/// <summary>PA1xxx — Binding errors: what CPython's symbol table rejects (global/nonlocal misuse and the like). Each id has a page in docs/diagnostics.md.</summary>
public static class BindingDiagnosticDescriptors
{
    private const string Category = "Binding";
}
