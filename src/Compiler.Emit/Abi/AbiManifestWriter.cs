using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace PythonAot.Compiler.Emit.Abi;

/// <summary>
/// Writes a library's JSON manifest (<c>&lt;module&gt;.json</c>), what a host reads to bind the library without the
/// header: the format version, the module, the library file name, every export (C symbol, Python signature,
/// parameters with their Python and ABI types, the result and its free function), the error convention and the
/// free functions. The property names are camelCase; the order of properties is fixed.
/// </summary>
public static class AbiManifestWriter
{
    /// <summary>The manifest text (indented JSON, ending with a newline).</summary>
    public static string Write(AbiLibrary library)
    {
        ArgumentNullException.ThrowIfNull(library);
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            json.WriteStartObject();
            json.WriteNumber("formatVersion", AbiLibrary.FormatVersion);
            json.WriteString("module", library.ModuleName);
            json.WriteString("library", library.LibraryFileName);
            json.WriteString("header", library.HeaderFileName);
            json.WriteString("symbolPrefix", library.Prefix);

            json.WriteStartObject("errorConvention");
            json.WriteString("returns", "int32 status");
            json.WriteStartObject("status");
            json.WriteNumber("ok", AbiNames.StatusOk);
            json.WriteNumber("pythonException", AbiNames.StatusPythonException);
            json.WriteNumber("invalidArgument", AbiNames.StatusInvalidArgument);
            json.WriteEndObject();
            json.WriteString("errorParameter", "the last parameter, " + AbiNames.ErrorStruct + "* (may be null): {type, message} as UTF-8, set when the status is not 0");
            json.WriteString("errorFree", library.FreeErrorSymbol);
            json.WriteString("resultParameter", "the parameter before the error, a pointer to the result type; absent when the result is none");
            json.WriteString("moduleInit", "the module's top-level code runs once before the first call; an exception there is returned by every call");
            json.WriteString("threading", "calls are serialized by a lock inside the library");
            json.WriteEndObject();

            json.WriteStartObject("abiTypes");
            foreach (var type in AbiType.All)
            {
                json.WriteStartObject(type.ManifestName);
                json.WriteString("pythonType", type.PythonType.DisplayName);
                json.WriteStartArray("parameterSlots");
                if (type.CanBeParameter)
                    foreach (var (cType, name) in type.ParameterSlots("x")) json.WriteStringValue(cType + " " + name);
                json.WriteEndArray();
                if (type.ResultCType is { } resultType) json.WriteString("resultType", resultType);
                else json.WriteNull("resultType");
                json.WriteEndObject();
            }
            json.WriteEndObject();

            json.WriteStartArray("exports");
            foreach (var export in library.Exports)
            {
                json.WriteStartObject();
                json.WriteString("name", export.Name);
                json.WriteString("symbol", export.Symbol);
                json.WriteString("pythonSignature", "def " + export.PythonSignature);
                json.WriteString("cPrototype", export.CPrototype);
                json.WriteStartArray("params");
                foreach (var parameter in export.Parameters)
                {
                    json.WriteStartObject();
                    json.WriteString("name", parameter.Name);
                    json.WriteString("pythonType", parameter.Type.PythonType.DisplayName);
                    json.WriteString("abiType", parameter.Type.ManifestName);
                    json.WriteEndObject();
                }
                json.WriteEndArray();
                json.WriteStartObject("result");
                json.WriteString("pythonType", export.Result.PythonType.DisplayName);
                json.WriteString("abiType", export.Result.ManifestName);
                if (library.FreeSymbolOrNull(export.Result) is { } free) json.WriteString("free", free);
                else json.WriteNull("free");
                json.WriteEndObject();
                json.WriteEndObject();
            }
            json.WriteEndArray();

            json.WriteStartObject("freeFunctions");
            foreach (var (symbol, cStruct) in library.FreeFunctions) json.WriteString(cStruct, symbol);
            json.WriteEndObject();
            json.WriteEndObject();
        }
        return Encoding.UTF8.GetString(stream.ToArray()) + "\n";
    }
}
