using System.Text.Json;
using System.Text.Json.Serialization;

namespace PythonAot.Compiler.Native.Hosting;

/// <summary>The JSON manifest written beside a shared library (<c>&lt;module&gt;.json</c>, by <c>AbiManifestWriter</c>).</summary>
public sealed class NativeLibraryManifest
{
    /// <summary>The manifest format version (1).</summary>
    [JsonPropertyName("formatVersion")] public int FormatVersion { get; init; }

    /// <summary>The Python module name.</summary>
    [JsonPropertyName("module")] public string Module { get; init; } = "";

    /// <summary>The library file name, relative to the manifest's folder.</summary>
    [JsonPropertyName("library")] public string Library { get; init; } = "";

    /// <summary>The C header file name.</summary>
    [JsonPropertyName("header")] public string Header { get; init; } = "";

    /// <summary>The prefix of every symbol.</summary>
    [JsonPropertyName("symbolPrefix")] public string SymbolPrefix { get; init; } = "";

    /// <summary>The exports.</summary>
    [JsonPropertyName("exports")] public IReadOnlyList<ManifestExport> Exports { get; init; } = [];

    /// <summary>The free functions by the C struct they free (<c>pyaot_error</c> → <c>prompt_builder_free_error</c>).</summary>
    [JsonPropertyName("freeFunctions")] public IReadOnlyDictionary<string, string> FreeFunctions { get; init; } = new Dictionary<string, string>();

    /// <summary>Reads a manifest file.</summary>
    public static NativeLibraryManifest Load(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        var manifest = JsonSerializer.Deserialize<NativeLibraryManifest>(File.ReadAllText(path))
            ?? throw new InvalidDataException($"{path}: empty manifest");
        if (manifest.FormatVersion != 1) throw new InvalidDataException($"{path}: manifest format version {manifest.FormatVersion} is not supported (expected 1)");
        return manifest;
    }
}

/// <summary>One export in a manifest.</summary>
public sealed class ManifestExport
{
    /// <summary>The Python function name.</summary>
    [JsonPropertyName("name")] public string Name { get; init; } = "";

    /// <summary>The C symbol.</summary>
    [JsonPropertyName("symbol")] public string Symbol { get; init; } = "";

    /// <summary>The Python signature (<c>def f(x: int) -> int</c>).</summary>
    [JsonPropertyName("pythonSignature")] public string PythonSignature { get; init; } = "";

    /// <summary>The parameters in order.</summary>
    [JsonPropertyName("params")] public IReadOnlyList<ManifestParameter> Parameters { get; init; } = [];

    /// <summary>The result.</summary>
    [JsonPropertyName("result")] public ManifestResult Result { get; init; } = new();
}

/// <summary>One parameter of an export.</summary>
public sealed class ManifestParameter
{
    /// <summary>The Python parameter name.</summary>
    [JsonPropertyName("name")] public string Name { get; init; } = "";

    /// <summary>The Python type (<c>list[str]</c>).</summary>
    [JsonPropertyName("pythonType")] public string PythonType { get; init; } = "";

    /// <summary>The ABI type (<c>int64</c>, <c>float64</c>, <c>bool</c>, <c>utf8</c>, <c>list_utf8</c>, <c>list_int64</c>, <c>list_float64</c>, <c>matrix_float64</c>).</summary>
    [JsonPropertyName("abiType")] public string AbiType { get; init; } = "";
}

/// <summary>The result of an export.</summary>
public sealed class ManifestResult
{
    /// <summary>The Python type.</summary>
    [JsonPropertyName("pythonType")] public string PythonType { get; init; } = "";

    /// <summary>The ABI type (a parameter type or <c>none</c>).</summary>
    [JsonPropertyName("abiType")] public string AbiType { get; init; } = "";

    /// <summary>The free function of the result, or null when nothing is freed.</summary>
    [JsonPropertyName("free")] public string? Free { get; init; }
}
