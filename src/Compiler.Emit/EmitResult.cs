using System.Collections.Immutable;
using Microsoft.CodeAnalysis;

namespace PythonAot.Compiler.Emit;

/// <summary>The emitted files (empty when an error diagnostic was reported) and the backend's diagnostics (PA4xxx).</summary>
public sealed class EmitResult
{
    /// <summary>Creates a result.</summary>
    public EmitResult(IEnumerable<EmittedFile> files, IEnumerable<Diagnostic> diagnostics)
    {
        Files = files.ToImmutableArray();
        Diagnostics = diagnostics.ToImmutableArray();
    }

    /// <summary>The files, in a deterministic order.</summary>
    public ImmutableArray<EmittedFile> Files { get; }

    /// <summary>PA4xxx diagnostics: constructs this backend cannot translate.</summary>
    public ImmutableArray<Diagnostic> Diagnostics { get; }

    /// <summary>Whether there are files and no error.</summary>
    public bool Success => !Diagnostics.Any(d => d.Severity == DiagnosticSeverity.Error);
}
