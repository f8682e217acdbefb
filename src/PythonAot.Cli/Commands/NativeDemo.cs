using System.Globalization;
using PythonAot.Compiler.Native;
using PythonAot.Compiler.Native.Hosting;
using OutputKind = PythonAot.Compiler.Emit.OutputKind;

namespace PythonAot.Cli;

/// <summary>
/// The native half of <c>pyaot demo</c>: the prompt builder plus a numeric function compiled by the C++ backend to a
/// shared library (called from .NET through its manifest, next to CPython's answers) and to an executable (run,
/// next to <c>python3</c>'s output).
/// </summary>
internal static class NativeDemo
{
    /// <summary>The demo application: the talk's prompt builder, a numeric function and a main.</summary>
    public const string AppSource = """
        import math

        PREFIXES: dict[str, str] = {"search_query": "search_query: ", "search_document": "search_document: "}


        def embed_prompts(texts: list[str], task: str) -> list[str]:
            return [PREFIXES[task] + t for t in texts]


        def cosine(a: list[float], b: list[float]) -> float:
            dot = sum(x * y for x, y in zip(a, b))
            return dot / (math.sqrt(sum(x * x for x in a)) * math.sqrt(sum(y * y for y in b)))


        if __name__ == "__main__":
            print(embed_prompts(["héllo wörld", "日本語"], "search_query"))
            print(f"cosine = {cosine([1.0, 2.0, 3.0], [2.0, 3.0, 5.0]):.6f}")
            print(embed_prompts(["x"], "summarize"))

        """;

    public static void Run(TextWriter o)
    {
        var folder = Path.Combine(Path.GetTempPath(), "pyaot-demo-" + Environment.ProcessId.ToString(CultureInfo.InvariantCulture));
        Directory.CreateDirectory(folder);
        var source = Path.Combine(folder, "app.py");
        File.WriteAllText(source, AppSource);
        try
        {
            RunIn(o, folder, source);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    private static void RunIn(TextWriter o, string folder, string source)
    {
        o.WriteLine("Step 8: native code. The demo writes app.py: the prompt builder, a numeric function and a main:");
        o.WriteLine();
        foreach (var line in AppSource.TrimEnd('\n').Split('\n')) o.WriteLine("    " + line);
        o.WriteLine();

        o.WriteLine("Step 9: a shared library. NativeCompiler.Build (what `pyaot build app.py --kind shared` runs) compiles the module,");
        o.WriteLine("  CppEmitter writes readable C++20 with a C ABI wrapper per exported function, and g++ builds it through the cache:");
        var library = NativeCompiler.Build(source, new NativeCompileOptions { Kind = OutputKind.SharedLibrary });
        if (!Report(o, library)) return;
        var outputFolder = Path.GetDirectoryName(library.OutputPath!)!;
        foreach (var file in Directory.GetFiles(outputFolder).Order(StringComparer.Ordinal))
            o.WriteLine($"  {Path.GetFileName(file),-22} {new FileInfo(file).Length,9:N0} bytes");
        var header = File.ReadAllLines(Path.Combine(outputFolder, "app.h"));
        o.WriteLine("  The C header declares (status code, UTF-8 strings, result and error out-parameters):");
        foreach (var line in header.Where(l => l.StartsWith("int32_t app_", StringComparison.Ordinal))) o.WriteLine("    " + line);
        o.WriteLine();

        o.WriteLine("Step 10: call it from .NET. NativeLibraryHost.Open reads app.json and binds each export; CPython answers beside it:");
        using (var host = NativeLibraryHost.Open(Path.Combine(outputFolder, "app.json")))
        {
            string[] texts = ["héllo wörld", "日本語"];
            var prompts = host.Call<string[]>("embed_prompts", texts, "search_document");
            o.WriteLine("  embed_prompts([\"héllo wörld\", \"日本語\"], \"search_document\")");
            o.WriteLine("    native:  " + string.Join(" | ", prompts));
            o.WriteLine("    CPython: " + CPython(source, "print(' | '.join(app.embed_prompts(['héllo wörld', '日本語'], 'search_document')))"));
            var cosine = host.Call<double>("cosine", new[] { 1.0, 2.0, 3.0 }, new[] { 2.0, 3.0, 5.0 });
            o.WriteLine("  cosine([1.0, 2.0, 3.0], [2.0, 3.0, 5.0])");
            o.WriteLine("    native:  " + cosine.ToString("R", CultureInfo.InvariantCulture));
            o.WriteLine("    CPython: " + CPython(source, "print(repr(app.cosine([1.0, 2.0, 3.0], [2.0, 3.0, 5.0])))"));
            o.WriteLine("  embed_prompts([\"x\"], \"summarize\"): the Python exception comes back as a status code and a message:");
            try
            {
                host.Call<string[]>("embed_prompts", new[] { "x" }, "summarize");
                o.WriteLine("    native:  no exception (unexpected)");
            }
            catch (PythonException e)
            {
                o.WriteLine("    native:  PythonException " + e.Message);
            }
            o.WriteLine("    CPython: " + CPython(source, "\ntry:\n    app.embed_prompts(['x'], 'summarize')\nexcept KeyError as e:\n    print('KeyError: ' + str(e))"));
        }
        o.WriteLine();

        o.WriteLine("Step 11: an executable. The same file built with `pyaot build app.py` runs its main as `python3 app.py` would:");
        var executable = NativeCompiler.Build(source, NativeCompileOptions.Default);
        if (!Report(o, executable)) return;
        var native = ProcessRunner.Run(executable.OutputPath!, [], workingDirectory: folder);
        var python = ProcessRunner.Run("python3", [source], workingDirectory: folder);
        o.WriteLine("  native stdout:");
        foreach (var line in native.StandardOutput.TrimEnd('\n').Split('\n')) o.WriteLine("    " + line);
        o.WriteLine($"  native last stderr line: {native.LastErrorLine}  (exit code {native.ExitCode})");
        o.WriteLine($"  CPython: same stdout: {native.StandardOutput == python.StandardOutput}, same last stderr line: {native.LastErrorLine == python.LastErrorLine}, exit code {python.ExitCode}");
        o.WriteLine();
        o.WriteLine("Next: `pyaot build FILE --kind shared -o DIR` for your own code (header and manifest beside the library),");
        o.WriteLine("`pyaot run FILE` to compile and run, `pyaot doctor` for the toolchains.");
    }

    private static bool Report(TextWriter o, NativeCompileResult result)
    {
        if (result.Success) return true;
        o.WriteLine("  the build failed:");
        foreach (var diagnostic in result.Diagnostics) o.WriteLine("    " + diagnostic);
        foreach (var error in result.PassErrors) o.WriteLine("    " + error);
        return false;
    }

    /// <summary>Runs <paramref name="statement"/> in CPython after importing app.py (its main does not run on import).</summary>
    private static string CPython(string source, string statement)
    {
        var script = "import sys; sys.path.insert(0, sys.argv[1]); import app\n" + statement;
        var result = ProcessRunner.Run("python3", ["-c", script, Path.GetDirectoryName(source)!], environment: new Dictionary<string, string> { ["PYTHONIOENCODING"] = "utf-8" });
        return result.ExitCode == 0 ? result.StandardOutput.TrimEnd('\n') : "(python3 failed: " + result.LastErrorLine + ")";
    }
}
