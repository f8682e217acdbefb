using System.Text;

namespace PythonAot.Compiler.Emit.Abi;

/// <summary>
/// Writes a library's C header (<c>&lt;module&gt;.h</c>): include guards, <c>stdint.h</c>, the ABI's struct typedefs
/// (shared by every PythonAot library, guarded so two headers can be included together), one prototype per export
/// with a comment giving its Python signature, and the free functions. Valid C99 and C++.
/// </summary>
public static class CHeaderWriter
{
    /// <summary>The guard around the shared typedefs (every library header defines the same structs).</summary>
    public const string TypesGuard = "PYAOT_ABI_TYPES_V1";

    /// <summary>The header text.</summary>
    public static string Write(AbiLibrary library)
    {
        ArgumentNullException.ThrowIfNull(library);
        var guard = "PYAOT_" + library.Prefix.ToUpperInvariant() + "_H";
        var b = new StringBuilder();
        b.Append($"/* {library.HeaderFileName}: the C ABI of {library.LibraryFileName}, compiled by PythonAot from the Python module '{library.ModuleName}'.\n");
        b.Append(" *\n");
        b.Append(" * Every export returns an int32_t status: 0 ok (the result out-parameter is set), 1 the Python code raised (the\n");
        b.Append(" * error out-parameter holds the exception's type name and str() as UTF-8), 2 an argument was invalid (malformed\n");
        b.Append(" * UTF-8, a negative length, a null pointer with a non-zero length). No exception crosses the ABI. Strings are\n");
        b.Append(" * UTF-8 pointer + byte length; lists are pointer + count; list[list[float]] is a row-major matrix. Arguments are\n");
        b.Append(" * borrowed for the call. Results and errors are owned by the library: free each with its " + library.Prefix + "_free_*\n");
        b.Append(" * function (returned strings are also NUL-terminated). The error out-parameter may be NULL. The module's top-level\n");
        b.Append(" * code runs once, before the first call; if it raises, every call returns status 1 with that exception. Calls are\n");
        b.Append(" * serialized by a lock inside the library, so any thread may call.\n");
        b.Append(" */\n");
        b.Append($"#ifndef {guard}\n#define {guard}\n\n#include <stdint.h>\n\n");
        b.Append("#ifdef __cplusplus\nextern \"C\" {\n#endif\n\n");
        b.Append($"#ifndef {TypesGuard}\n#define {TypesGuard}\n");
        b.Append("/* A UTF-8 string: `len` bytes at `data` (as an argument: borrowed; as a result: NUL-terminated, owned by the library). */\n");
        b.Append($"typedef struct {AbiNames.StrStruct} {{ const char* data; int64_t len; }} {AbiNames.StrStruct};\n");
        b.Append("/* list[str]: `len` strings at `items`. */\n");
        b.Append($"typedef struct {AbiNames.StrListStruct} {{ {AbiNames.StrStruct}* items; int64_t len; }} {AbiNames.StrListStruct};\n");
        b.Append("/* list[int]. */\n");
        b.Append($"typedef struct {AbiNames.Int64ListStruct} {{ int64_t* data; int64_t len; }} {AbiNames.Int64ListStruct};\n");
        b.Append("/* list[float]. */\n");
        b.Append($"typedef struct {AbiNames.Float64ListStruct} {{ double* data; int64_t len; }} {AbiNames.Float64ListStruct};\n");
        b.Append("/* list[list[float]], rectangular: element [i][j] is data[i * cols + j]. */\n");
        b.Append($"typedef struct {AbiNames.Float64MatrixStruct} {{ double* data; int64_t rows; int64_t cols; }} {AbiNames.Float64MatrixStruct};\n");
        b.Append("/* A Python exception: type(e).__name__ and str(e) (both owned by the library, NUL-terminated). */\n");
        b.Append($"typedef struct {AbiNames.ErrorStruct} {{ {AbiNames.StrStruct} type; {AbiNames.StrStruct} message; }} {AbiNames.ErrorStruct};\n");
        b.Append("#endif\n\n");
        b.Append("#define " + library.Prefix.ToUpperInvariant() + "_OK 0\n");
        b.Append("#define " + library.Prefix.ToUpperInvariant() + "_PYTHON_EXCEPTION 1\n");
        b.Append("#define " + library.Prefix.ToUpperInvariant() + "_INVALID_ARGUMENT 2\n\n");
        foreach (var export in library.Exports)
        {
            b.Append($"/* def {export.PythonSignature}");
            if (library.FreeSymbolOrNull(export.Result) is { } free) b.Append($"\n * The result is freed with {free}().");
            b.Append(" */\n");
            b.Append(export.CPrototype).Append(";\n\n");
        }
        b.Append("/* Free functions: each frees what the struct owns and zeroes it; NULL and already-freed (zeroed) structs are accepted. */\n");
        foreach (var (symbol, cStruct) in library.FreeFunctions)
            b.Append($"void {symbol}({cStruct}* value);\n");
        b.Append("\n#ifdef __cplusplus\n}\n#endif\n\n");
        b.Append($"#endif /* {guard} */\n");
        return b.ToString();
    }
}
