namespace PythonAot.Compiler.Emit;

/// <summary>
/// A backend that turns one lowered module (the typed IR after the whole pass pipeline) into source files for a
/// native toolchain. Emitters are peers (C++ text, Rust text, LLVM IR): each reads the same IR and the same
/// backend-neutral export description, and nothing backend-specific flows back into the IR.
/// </summary>
public interface IEmitter
{
    /// <summary>The backend id (<c>cpp</c>, <c>rust</c>, <c>llvm</c>), as in <c>BackendIds</c> and the operation library's implementation slots.</summary>
    string BackendId { get; }

    /// <summary>Emits the sources for <paramref name="request"/>. Problems the backend cannot handle come back as PA4xxx diagnostics, never as exceptions.</summary>
    EmitResult Emit(EmitRequest request);
}
