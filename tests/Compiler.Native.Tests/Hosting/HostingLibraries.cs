using System.Collections.Concurrent;
using System.Diagnostics;
using System.Text;
using Microsoft.CodeAnalysis;
using PythonAot.Compiler.Emit;
using PythonAot.Compiler.Emit.Abi;
using PythonAot.Compiler.Emit.Cpp;
using PythonAot.Compiler.Semantics;
using PythonAot.Compiler.Semantics.IR;
using PythonAot.Compiler.Semantics.Lowering;
using PythonAot.Compiler.Native.Tests.Infrastructure;

namespace PythonAot.Compiler.Native.Tests.Hosting;

/// <summary>
/// Builds the shared libraries the hosting tests call: a Python module lowered to IR, its C ABI chosen by
/// <see cref="ExportSelector"/>, the header and manifest written by <see cref="CHeaderWriter"/> and
/// <see cref="AbiManifestWriter"/>, and a translation unit compiled with g++ into <c>lib&lt;module&gt;.so</c>.
/// <para>Until the C++ emitter and the runtime land, the module's code in the translation unit is hand-written
/// (Hosting/Fixtures/&lt;module&gt;.cpp) and the wrappers come from <see cref="CppExportWriter"/>; the switch to the
/// real pipeline is the one line in <see cref="TranslationUnit"/>.</para>
/// </summary>
internal static class HostingLibraries
{
    private static readonly ConcurrentDictionary<string, Lazy<string>> s_built = new(StringComparer.Ordinal);

    /// <summary>tests/Compiler.Native.Tests/Hosting/Fixtures.</summary>
    public static string Fixtures => Path.Combine(RepositoryPaths.Root, "tests", "Compiler.Native.Tests", "Hosting", "Fixtures");

    /// <summary>tests/hosts.</summary>
    public static string Hosts => Path.Combine(RepositoryPaths.Root, "tests", "hosts");

    /// <summary>The repository's C++ runtime (include folder holding pyaot/).</summary>
    public static string RepositoryRuntime => Path.Combine(RepositoryPaths.Root, "src", "Compiler.Native", "Runtime", "cpp");

    /// <summary>The runtime to build against: <c>PYAOT_RUNTIME_DIR</c> when set (a runtime work tree), else the repository's.</summary>
    public static string Runtime => Environment.GetEnvironmentVariable("PYAOT_RUNTIME_DIR") is { Length: > 0 } dir ? dir : RepositoryRuntime;

    /// <summary>tests/corpus/prompt_builder.py.</summary>
    public static string PromptBuilderSource => Path.Combine(RepositoryPaths.Corpus, "prompt_builder.py");

    /// <summary>Hosting/Fixtures/abi_numeric.py.</summary>
    public static string NumericSource => Path.Combine(Fixtures, "abi_numeric.py");

    /// <summary>Builds (once per test run) the library of the Python module at <paramref name="sourcePath"/> and returns its manifest path.</summary>
    public static string Build(string sourcePath) =>
        s_built.GetOrAdd(sourcePath, path => new Lazy<string>(() => BuildNow(path), LazyThreadSafetyMode.ExecutionAndPublication)).Value;

    /// <summary>The module lowered to IR (fails the test on a diagnostic).</summary>
    public static IrModule Lower(string sourcePath)
    {
        var compilation = PythonCompilation.FromSource(File.ReadAllText(sourcePath), sourcePath);
        var result = IrLowering.Lower(compilation, compilation.SyntaxTrees[0]);
        var errors = result.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error).ToList();
        Assert.That(errors, Is.Empty, () => string.Join("\n", errors));
        var module = result.Module!;
        module.Name = Path.GetFileNameWithoutExtension(sourcePath);
        return module;
    }

    private static string BuildNow(string sourcePath)
    {
        var module = Lower(sourcePath);
        var request = new EmitRequest(module, sourcePath, PythonAot.Compiler.Emit.OutputKind.SharedLibrary);
        var selection = ExportSelector.Select(module, request.ExportNames);
        Assert.That(selection.Success, Is.True, () => string.Join("\n", selection.Diagnostics));
        var library = selection.Library;

        var output = Path.Combine(Path.GetTempPath(), "pyaot-hosting-tests", Environment.ProcessId.ToString(System.Globalization.CultureInfo.InvariantCulture), module.Name);
        Directory.CreateDirectory(output);
        File.WriteAllText(Path.Combine(output, library.HeaderFileName), CHeaderWriter.Write(library));
        File.WriteAllText(Path.Combine(output, library.ManifestFileName), AbiManifestWriter.Write(library));
        var cpp = Path.Combine(output, module.Name + ".cpp");
        File.WriteAllText(cpp, TranslationUnit(request));
        Compile(cpp, Path.Combine(output, library.LibraryFileName));
        return Path.Combine(output, library.ManifestFileName);
    }

    /// <summary>The C++ translation unit of a shared library: the module's code, then its C ABI wrappers.</summary>
    private static string TranslationUnit(EmitRequest request) =>
        // THE SWITCH: once the C++ emitter lands, this line becomes
        //   new CppEmitter().Emit(request).Files.Single(f => f.RelativePath.EndsWith(".cpp", StringComparison.Ordinal)).Content;
        // (the emitter appends CppExportWriter's output itself) and the fixtures' .cpp files and abi_standin.hpp go.
        HandWrittenTranslationUnit(request);

    private static string HandWrittenTranslationUnit(EmitRequest request)
    {
        var builder = new StringBuilder(File.ReadAllText(Path.Combine(Fixtures, request.Module.Name + ".cpp")));
        CppExportWriter.Write(builder, request, request.Module);
        return builder.ToString();
    }

    /// <summary>Whether the runtime has List yet; until then the fixtures build against abi_standin.hpp.</summary>
    public static bool RuntimeHasList
    {
        get
        {
            var list = Path.Combine(Runtime, "pyaot", "list.hpp");
            return File.Exists(list) && File.ReadAllText(list).Contains("class List", StringComparison.Ordinal);
        }
    }

    private static void Compile(string cpp, string library)
    {
        // The fixtures include PYAOT_FIXTURE_RUNTIME: the real runtime once it has List, the stand-in until then.
        var fixtureRuntime = RuntimeHasList ? "\"pyaot/runtime.hpp\"" : "\"abi_standin.hpp\"";
        var arguments = new List<string>
        {
            "-std=c++20", "-O1", "-shared", "-fPIC", "-Wall", "-Wextra", "-Werror",
            "-I", Runtime, "-I", RepositoryRuntime, "-I", Fixtures,
            "-DPYAOT_FIXTURE_RUNTIME=" + fixtureRuntime,
            "-o", library, cpp,
        };
        Run("g++", arguments, Path.GetDirectoryName(cpp)!);
    }

    /// <summary>Runs a tool; fails the test with its output when it exits with non-zero.</summary>
    public static string Run(string tool, IEnumerable<string> arguments, string? workingDirectory = null)
    {
        var (exitCode, stdout, stderr) = RunProcess(tool, arguments, workingDirectory);
        if (exitCode != 0) Assert.Fail($"{tool} {string.Join(' ', arguments)} exited with {exitCode}:\n{stderr}\n{stdout}");
        return stdout;
    }

    /// <summary>Runs a process and returns its exit code and output (UTF-8).</summary>
    public static (int ExitCode, string Stdout, string Stderr) RunProcess(string tool, IEnumerable<string> arguments, string? workingDirectory = null)
    {
        var info = new ProcessStartInfo(tool)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            StandardOutputEncoding = Encoding.UTF8,
            StandardErrorEncoding = Encoding.UTF8,
            WorkingDirectory = workingDirectory ?? Environment.CurrentDirectory,
        };
        foreach (var argument in arguments) info.ArgumentList.Add(argument);
        info.Environment["PYTHONIOENCODING"] = "utf-8";
        using var process = Process.Start(info) ?? throw new InvalidOperationException(tool + " could not be started");
        var stderr = process.StandardError.ReadToEndAsync();
        var stdout = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        return (process.ExitCode, stdout, stderr.Result);
    }
}
