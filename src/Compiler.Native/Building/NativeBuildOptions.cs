using PythonAot.Compiler.Emit;

namespace PythonAot.Compiler.Native.Building;

/// <summary>How to build emitted sources: output kind, debug or optimized, sanitizers.</summary>
public sealed record NativeBuildOptions
{
    /// <summary>An optimized executable (-O2).</summary>
    public static NativeBuildOptions Default { get; } = new();

    /// <summary>Executable or shared library.</summary>
    public OutputKind Kind { get; init; } = OutputKind.Executable;

    /// <summary>-O0 -g: debug symbols kept, <c>#line</c> directives point a debugger into the .py file. Otherwise -O2 and stripped.</summary>
    public bool Debug { get; init; }

    /// <summary>-fsanitize=address,undefined (-O0 -g: the sanitizers check as much unoptimized, and the build takes half the time of -O1): any report makes the program fail; leaks are reported at exit.</summary>
    public bool Sanitize { get; init; }

    /// <summary>The cache folder (null: <see cref="BuildCache.DefaultRoot"/>).</summary>
    public string? CacheRoot { get; init; }
}
