using System.Text;
using PythonAot.Compiler.Semantics.IR;

namespace PythonAot.Compiler.Emit.Cpp;

/// <summary>
/// Writes the C ABI entry points of a shared library after the module's code. Placeholder: helper H5 replaces this
/// file with the real writer (exports, status codes, buffers, free functions) when the branches merge.
/// </summary>
internal static class CppExportWriter
{
    /// <summary>Appends the exported entry points of <paramref name="module"/> to <paramref name="text"/> (nothing yet).</summary>
    public static void Write(StringBuilder text, EmitRequest request, IrModule module)
    {
        _ = text;
        _ = request;
        _ = module;
    }
}
