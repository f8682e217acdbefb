using System.Collections.Immutable;
using Microsoft.CodeAnalysis;

namespace PythonAot.Compiler.Native.Building;

/// <summary>
/// The outcome of a build: the built file in the cache (an executable or a shared library; null on failure),
/// whether it came from the cache, and diagnostics (a missing toolchain, a compiler failure).
/// </summary>
public sealed record NativeBuildResult(string? OutputPath, bool FromCache, ImmutableArray<Diagnostic> Diagnostics, string BuildDirectory)
{
    /// <summary>Whether the build produced its output.</summary>
    public bool Success => OutputPath is not null;
}
