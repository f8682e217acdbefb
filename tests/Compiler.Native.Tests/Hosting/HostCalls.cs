using System.Globalization;
using System.Text;
using System.Text.Json;
using PythonAot.Compiler.Native.Hosting;

namespace PythonAot.Compiler.Native.Tests.Hosting;

/// <summary>
/// Calls a function through each host and CPython, each answering in one format: the result as JSON on the last
/// line of stdout, or <c>error: Type: message</c>. <see cref="Canonical"/> makes answers comparable across hosts
/// (JSON numbers by value: Python writes <c>2.0</c> where JavaScript writes <c>2</c>).
/// </summary>
internal static class HostCalls
{
    private static readonly Lazy<bool> s_nodeModules = new(InstallKoffi, LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>One answer: the whole stdout, its last line canonicalized, and the exit code.</summary>
    public sealed record Answer(int ExitCode, string Stdout, string Result);

    /// <summary>CPython runs the module's function (tests/hosts/python/cpython_call.py).</summary>
    public static Answer CPython(string modulePath, string function, string argsJson) =>
        Process("python3", Path.Combine(HostingLibraries.Hosts, "python", "cpython_call.py"), modulePath, function, argsJson);

    /// <summary>The compiled export through ctypes (tests/hosts/python/call_export.py).</summary>
    public static Answer Ctypes(string manifest, string export, string argsJson) =>
        Process("python3", Path.Combine(HostingLibraries.Hosts, "python", "call_export.py"), manifest, export, argsJson);

    /// <summary>The compiled export through koffi (tests/hosts/node/call_export.js).</summary>
    public static Answer Koffi(string manifest, string export, string argsJson)
    {
        Assert.That(s_nodeModules.Value, Is.True);
        return Process("node", Path.Combine(HostingLibraries.Hosts, "node", "call_export.js"), manifest, export, argsJson);
    }

    /// <summary>The compiled export through <see cref="NativeLibraryHost"/>, the JSON arguments converted to .NET values by the manifest's types.</summary>
    public static Answer DotNet(NativeLibraryHost host, string export, string argsJson)
    {
        var parameters = host.Manifest.Exports.Single(e => e.Name == export).Parameters;
        using var document = JsonDocument.Parse(argsJson);
        var args = document.RootElement.EnumerateArray().Select((a, i) => ToDotNet(a, parameters[i].AbiType)).ToArray();
        try
        {
            var result = host.Call(export, args);
            return new Answer(0, "", Canonical(JsonSerializer.Serialize(ToJsonValue(result))));
        }
        catch (PythonException e)
        {
            return new Answer(1, "", "error: " + e.Message);
        }
    }

    /// <summary>A JSON text with every number written as a double (<c>R</c>) and no whitespace; other lines unchanged.</summary>
    public static string Canonical(string line)
    {
        if (line.StartsWith("error: ", StringComparison.Ordinal)) return line;
        using var document = JsonDocument.Parse(line);
        var builder = new StringBuilder();
        Write(document.RootElement, builder);
        return builder.ToString();
    }

    private static void Write(JsonElement element, StringBuilder b)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.Array:
                b.Append('[');
                var first = true;
                foreach (var item in element.EnumerateArray())
                {
                    if (!first) b.Append(',');
                    first = false;
                    Write(item, b);
                }
                b.Append(']');
                break;
            case JsonValueKind.Number: b.Append(element.GetDouble().ToString("R", CultureInfo.InvariantCulture)); break;
            case JsonValueKind.String: b.Append(JsonSerializer.Serialize(element.GetString())); break;
            default: b.Append(element.GetRawText()); break;
        }
    }

    private static object? ToDotNet(JsonElement value, string abiType) => abiType switch
    {
        "int64" => value.GetInt64(),
        "float64" => value.GetDouble(),
        "bool" => value.GetBoolean(),
        "utf8" => value.GetString(),
        "list_utf8" => value.EnumerateArray().Select(v => v.GetString()!).ToArray(),
        "list_int64" => value.EnumerateArray().Select(v => v.GetInt64()).ToArray(),
        "list_float64" => value.EnumerateArray().Select(v => v.GetDouble()).ToArray(),
        "matrix_float64" => ToMatrix(value.EnumerateArray().Select(r => r.EnumerateArray().Select(v => v.GetDouble()).ToArray()).ToArray()),
        _ => throw new NotSupportedException(abiType),
    };

    private static double[,] ToMatrix(double[][] rows)
    {
        var matrix = new double[rows.Length, rows.Length == 0 ? 0 : rows[0].Length];
        for (var i = 0; i < rows.Length; i++)
            for (var j = 0; j < rows[i].Length; j++) matrix[i, j] = rows[i][j];
        return matrix;
    }

    private static object? ToJsonValue(object? result) => result switch
    {
        double[,] m => Enumerable.Range(0, m.GetLength(0)).Select(i => Enumerable.Range(0, m.GetLength(1)).Select(j => m[i, j]).ToArray()).ToArray(),
        _ => result,
    };

    private static Answer Process(string tool, params string[] arguments)
    {
        var (exitCode, stdout, stderr) = HostingLibraries.RunProcess(tool, arguments);
        var lines = stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.That(lines, Is.Not.Empty, () => $"{tool} {string.Join(' ', arguments)} printed nothing (exit {exitCode}):\n{stderr}");
        Assert.That(exitCode, Is.EqualTo(lines[^1].StartsWith("error: ", StringComparison.Ordinal) ? 1 : 0), () => $"{tool} {string.Join(' ', arguments)}:\n{stderr}\n{stdout}");
        return new Answer(exitCode, stdout, Canonical(lines[^1]));
    }

    /// <summary>tests/hosts/node: installs koffi from npm (package-lock.json) when node_modules lacks it.</summary>
    private static bool InstallKoffi()
    {
        var node = Path.Combine(HostingLibraries.Hosts, "node");
        if (!Directory.Exists(Path.Combine(node, "node_modules", "koffi")))
            HostingLibraries.Run("npm", ["ci", "--no-audit", "--no-fund"], node);
        return true;
    }
}
