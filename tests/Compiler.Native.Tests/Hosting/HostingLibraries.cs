using System.Collections.Concurrent;
using PythonAot.Compiler.Emit.Abi;
using PythonAot.Compiler.Native.Tests.Infrastructure;

namespace PythonAot.Compiler.Native.Tests.Hosting;

/// <summary>
/// Builds the shared libraries the hosting tests call through the whole pipeline (<see cref="NativeCompiler"/>): the
/// module's code and its C ABI (exports chosen by <see cref="ExportSelector"/>, header by <see cref="CHeaderWriter"/>,
/// manifest by <see cref="AbiManifestWriter"/>) compiled into <c>lib&lt;module&gt;.so</c> through the test build cache.
/// </summary>
internal static class HostingLibraries
{
    private static readonly ConcurrentDictionary<string, Lazy<string>> s_built = new(StringComparer.Ordinal);

    /// <summary>tests/Compiler.Native.Tests/Hosting/Fixtures.</summary>
    public static string Fixtures => Path.Combine(RepositoryPaths.Root, "tests", "Compiler.Native.Tests", "Hosting", "Fixtures");

    /// <summary>tests/hosts.</summary>
    public static string Hosts => Path.Combine(RepositoryPaths.Root, "tests", "hosts");

    /// <summary>tests/corpus/prompt_builder.py.</summary>
    public static string PromptBuilderSource => Path.Combine(RepositoryPaths.Corpus, "prompt_builder.py");

    /// <summary>Hosting/Fixtures/abi_numeric.py.</summary>
    public static string NumericSource => Path.Combine(Fixtures, "abi_numeric.py");

    /// <summary>Builds (once per test run) the library of the Python module at <paramref name="sourcePath"/> and returns its manifest path.</summary>
    public static string Build(string sourcePath) =>
        s_built.GetOrAdd(sourcePath, path => new Lazy<string>(() => BuildNow(path), LazyThreadSafetyMode.ExecutionAndPublication)).Value;

    private static string BuildNow(string sourcePath)
    {
        // The real pipeline: ModuleCompiler, CppEmitter (module code + C ABI wrappers, header, manifest), NativeBuilder.
        var result = NativeCompiler.Build(sourcePath, new NativeCompileOptions { Kind = PythonAot.Compiler.Emit.OutputKind.SharedLibrary, CacheRoot = TestCache.Root });
        Assert.That(result.Success, Is.True, () => string.Join("\n", result.Diagnostics.Select(d => d.ToString()).Concat(result.PassErrors.Select(e => e.ToString()))));
        var folder = Path.GetDirectoryName(result.OutputPath!)!;
        return Path.Combine(folder, Path.GetFileNameWithoutExtension(sourcePath) + ".json");
    }

    /// <summary>Runs a tool; fails the test with its output when it exits with non-zero.</summary>
    public static string Run(string tool, IEnumerable<string> arguments, string? workingDirectory = null)
    {
        var (exitCode, stdout, stderr) = RunProcess(tool, arguments, workingDirectory);
        if (exitCode != 0) Assert.Fail($"{tool} {string.Join(' ', arguments)} exited with {exitCode}:\n{stderr}\n{stdout}");
        return stdout;
    }

    /// <summary>Runs a process and returns its exit code and output (UTF-8; python3 is told to write UTF-8 too).</summary>
    public static (int ExitCode, string Stdout, string Stderr) RunProcess(string tool, IEnumerable<string> arguments, string? workingDirectory = null)
    {
        var result = ProcessRunner.Run(tool, arguments, workingDirectory, environment: new Dictionary<string, string> { ["PYTHONIOENCODING"] = "utf-8" });
        return (result.ExitCode, result.StandardOutput, result.StandardError);
    }
}
