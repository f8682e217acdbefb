using PythonAot.Compiler.Native.Building;
using OutputKind = PythonAot.Compiler.Emit.OutputKind;

namespace PythonAot.Compiler.Native;

/// <summary>What <see cref="NativeCompiler.Build"/> makes of a Python file.</summary>
public sealed record NativeCompileOptions
{
    /// <summary>An optimized executable through the default cache.</summary>
    public static NativeCompileOptions Default { get; } = new();

    /// <summary>Executable or shared library.</summary>
    public OutputKind Kind { get; init; } = OutputKind.Executable;

    /// <summary>For a shared library: the functions to export (null: every public, completely annotated top-level function).</summary>
    public IReadOnlyList<string>? ExportNames { get; init; }

    /// <summary>Debug build (-O0 -g).</summary>
    public bool Debug { get; init; }

    /// <summary>AddressSanitizer + UndefinedBehaviorSanitizer build.</summary>
    public bool Sanitize { get; init; }

    /// <summary>The cache folder (null: <see cref="BuildCache.DefaultRoot"/>).</summary>
    public string? CacheRoot { get; init; }

    /// <summary>The build options these map to.</summary>
    public NativeBuildOptions BuildOptions => new() { Kind = Kind, Debug = Debug, Sanitize = Sanitize, CacheRoot = CacheRoot };
}
