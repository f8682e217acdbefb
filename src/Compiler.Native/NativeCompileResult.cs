using Microsoft.CodeAnalysis;
using PythonAot.Compiler.Emit;
using PythonAot.Compiler.Native.Building;
using PythonAot.Compiler.Semantics.Passes;

namespace PythonAot.Compiler.Native;

/// <summary>
/// Each stage's outcome of turning a Python file into a native binary: the front end (syntax, semantics, IR passes),
/// the emitter and the native build. A stage that failed leaves the later ones null.
/// </summary>
public sealed record NativeCompileResult(ModuleCompilation Compilation, EmitResult? Emit, NativeBuildResult? Build)
{
    /// <summary>Whether the binary was built.</summary>
    public bool Success => Build?.Success == true;

    /// <summary>The built executable or shared library (in the cache), or null.</summary>
    public string? OutputPath => Build?.OutputPath;

    /// <summary>The module name (the file name without .py): the executable's name, <c>lib&lt;module&gt;.so</c> for a library.</summary>
    public string ModuleName { get; init; } = "";

    /// <summary>Every diagnostic of every stage that ran, in stage order.</summary>
    public IEnumerable<Diagnostic> Diagnostics =>
        Compilation.Diagnostics.Concat(Emit?.Diagnostics ?? []).Concat(Build?.Diagnostics ?? []);

    /// <summary>Errors of the IR pass pipeline (they carry no source location of their own).</summary>
    public IEnumerable<PassDiagnostic> PassErrors => Compilation.PassDiagnostics.Where(d => d.Severity == PassDiagnosticSeverity.Error);
}
