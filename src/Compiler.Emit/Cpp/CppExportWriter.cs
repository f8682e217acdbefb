using System.Text;
using PythonAot.Compiler.Emit.Abi;
using PythonAot.Compiler.Semantics.IR;

namespace PythonAot.Compiler.Emit.Cpp;

/// <summary>
/// Writes the <c>extern "C"</c> entry points of a shared library at the end of the module's C++ translation unit:
/// the generated C header's declarations, then per export a wrapper that converts the ABI arguments to runtime
/// values (<c>pyaot::abi::to_str</c>, ...), calls the module function, writes the result into library-owned memory
/// and turns every exception into a status and an error (<c>pyaot::abi::call</c> in <c>pyaot/abi.hpp</c>), then the
/// free functions. The exports are chosen by <see cref="ExportSelector"/>; the emitter reports the selection's
/// diagnostics (call <see cref="ExportSelector.Select"/> itself) and writes the header and manifest
/// (<see cref="CHeaderWriter"/>, <see cref="AbiManifestWriter"/>) beside the source.
/// </summary>
public static class CppExportWriter
{
    /// <summary>
    /// Appends the C ABI of <paramref name="library"/> (the ABI of <paramref name="module"/>) to <paramref name="builder"/>;
    /// <paramref name="functionName"/> gives the qualified C++ name the module writer chose for a function.
    /// </summary>
    public static void Write(StringBuilder builder, AbiLibrary library, IrModule module, Func<IrFunction, string> functionName)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentNullException.ThrowIfNull(library);
        ArgumentNullException.ThrowIfNull(module);
        var b = builder;
        b.Append("\n// ---- C ABI of the shared library (").Append(library.HeaderFileName).Append(", pyaot/abi.hpp) ----\n\n");
        b.Append(CHeaderWriter.Write(library));
        b.Append("\n#include \"pyaot/abi.hpp\"\n\n");
        var state = "pyaot_abi_library_" + library.Prefix;
        b.Append("// The module's top-level code (run once, before the first call) and the lock that serializes calls.\n");
        b.Append($"static pyaot::abi::Library {state}(&{ModuleInit(module)});\n");
        foreach (var export in library.Exports)
        {
            b.Append($"\n// def {export.PythonSignature}\n");
            b.Append("extern \"C\" PYAOT_ABI_EXPORT ").Append(export.CPrototype).Append(" {\n");
            b.Append($"    return pyaot::abi::call({state}, error, [&] {{\n");
            if (export.Result.Kind != AbiTypeKind.None)
            {
                b.Append("        pyaot::abi::require_result(result);\n");
                b.Append("        *result = {};\n");
            }
            var arguments = new List<string>();
            foreach (var parameter in export.Parameters)
            {
                var local = "pyaot_arg" + arguments.Count.ToString(System.Globalization.CultureInfo.InvariantCulture);
                var n = parameter.CName;
                var conversion = parameter.Type.Kind switch
                {
                    AbiTypeKind.Int64 => $"pyaot::Int {local} = {n};",
                    AbiTypeKind.Float64 => $"pyaot::Float {local} = {n};",
                    AbiTypeKind.Bool => $"bool {local} = {n} != 0;",
                    AbiTypeKind.Utf8String => $"pyaot::Str {local} = pyaot::abi::to_str({n}, {n}_len, \"{parameter.Name}\");",
                    AbiTypeKind.StrList => $"pyaot::List<pyaot::Str> {local} = pyaot::abi::to_str_list({n}, {n}_len, \"{parameter.Name}\");",
                    AbiTypeKind.Int64List => $"pyaot::List<pyaot::Int> {local} = pyaot::abi::to_int64_list({n}, {n}_len, \"{parameter.Name}\");",
                    AbiTypeKind.Float64List => $"pyaot::List<pyaot::Float> {local} = pyaot::abi::to_float64_list({n}, {n}_len, \"{parameter.Name}\");",
                    AbiTypeKind.Float64Matrix => $"pyaot::List<pyaot::List<pyaot::Float>> {local} = pyaot::abi::to_float64_matrix({n}, {n}_rows, {n}_cols, \"{parameter.Name}\");",
                    _ => throw new InvalidOperationException($"{parameter.Type} is not a parameter type."),
                };
                b.Append("        ").Append(conversion).Append('\n');
                arguments.Add(local);
            }
            var call = $"{functionName(export.Function)}({string.Join(", ", arguments)})";
            b.Append(export.Result.Kind == AbiTypeKind.None ? $"        {call};\n" : $"        pyaot::abi::put(result, {call});\n");
            b.Append("    });\n}\n");
        }
        b.Append('\n');
        foreach (var (symbol, cStruct) in library.FreeFunctions)
            b.Append($"extern \"C\" PYAOT_ABI_EXPORT void {symbol}({cStruct}* value) {{ pyaot::abi::release(value); }}\n");
    }

    private static string ModuleInit(IrModule module) => CppNames.Namespace(module.Name) + "::module_init";
}
