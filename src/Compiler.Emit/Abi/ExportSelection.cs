using System.Collections.Immutable;
using Microsoft.CodeAnalysis;

namespace PythonAot.Compiler.Emit.Abi;

/// <summary>The C ABI chosen for a module (<see cref="ExportSelector.Select"/>) and the PA42xx diagnostics of the selection.</summary>
public sealed class ExportSelection
{
    /// <summary>Creates a selection.</summary>
    public ExportSelection(AbiLibrary library, ImmutableArray<Diagnostic> diagnostics)
    {
        Library = library;
        Diagnostics = diagnostics;
    }

    /// <summary>The library's ABI (the exports that could be selected, even when there are diagnostics).</summary>
    public AbiLibrary Library { get; }

    /// <summary>PA4201/PA4202 for explicitly named exports that are missing or cannot cross the ABI.</summary>
    public ImmutableArray<Diagnostic> Diagnostics { get; }

    /// <summary>Whether there is no error.</summary>
    public bool Success => !Diagnostics.Any(d => d.Severity == DiagnosticSeverity.Error);
}
