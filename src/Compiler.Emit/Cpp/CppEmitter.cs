using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;
using PythonAot.Compiler.Emit.Abi;
using PythonAot.Compiler.Semantics.IR;
using PythonAot.Compiler.Semantics.Operations;

namespace PythonAot.Compiler.Emit.Cpp;

/// <summary>
/// The C++ backend: one readable C++20 translation unit per module (<c>&lt;module&gt;.cpp</c>) over the header-only
/// runtime <c>pyaot/runtime.hpp</c>. Python names, structured control flow and a <c>#line</c> per statement are
/// kept so a native debugger and the compiler's messages point into the .py file.
/// </summary>
public sealed class CppEmitter : IEmitter
{
    /// <inheritdoc/>
    public string BackendId => BackendIds.Cpp;

    /// <summary>The file name the emitter writes for a module (<c>fibonacci.cpp</c>).</summary>
    public static string SourceFileName(string moduleName) => CppNames.Sanitize(moduleName) + ".cpp";

    /// <inheritdoc/>
    public EmitResult Emit(EmitRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        try
        {
            var text = new StringBuilder();
            if (request.Kind == OutputKind.Executable)
            {
                new CppModuleWriter(request, text).Write();
                return new EmitResult([new EmittedFile(SourceFileName(request.Module.Name), text.ToString())], []);
            }

            // A shared library: the exports chosen by the backend-neutral selector, described by a C header and a
            // JSON manifest written beside the library; the C++ wrappers go at the end of the translation unit.
            var selection = ExportSelector.Select(request.Module, request.ExportNames);
            if (!selection.Success) return new EmitResult([], selection.Diagnostics);
            new CppModuleWriter(request, text, selection.Library).Write();
            return new EmitResult(
            [
                new EmittedFile(SourceFileName(request.Module.Name), text.ToString()),
                new EmittedFile(selection.Library.HeaderFileName, CHeaderWriter.Write(selection.Library)),
                new EmittedFile(selection.Library.ManifestFileName, AbiManifestWriter.Write(selection.Library)),
            ], selection.Diagnostics);
        }
        catch (CppEmitException e)
        {
            return new EmitResult([], [Diagnostic.Create(e.Descriptor, ToLocation(e.Location, request.SourcePath), e.Arguments)]);
        }
    }

    private static Location ToLocation(IrLocation? location, string sourcePath)
    {
        if (location is null) return Location.Create(sourcePath, default, default);
        var position = new LinePosition(location.Line - 1, Math.Max(0, location.Column - 1));
        return Location.Create(location.Path, default, new LinePositionSpan(position, position));
    }
}
