using PythonAot.Compiler.Semantics.IR;

namespace PythonAot.Compiler.Emit;

/// <summary>
/// What to emit: a lowered module (after the pass pipeline), the path of its Python source (for <c>#line</c>
/// directives and error locations), the output kind and, for a shared library, the names of the functions to
/// export (null: every public top-level function with complete annotations).
/// </summary>
public sealed record EmitRequest(IrModule Module, string SourcePath, OutputKind Kind, IReadOnlyList<string>? ExportNames = null)
{
    /// <summary>Keep debugging aids in the emitted code (the C++ emitter always writes <c>#line</c>; this adds assertions of runtime invariants).</summary>
    public bool Debug { get; init; }
}
