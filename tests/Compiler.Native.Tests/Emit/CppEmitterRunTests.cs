using System.Diagnostics;
using PythonAot.Compiler.Emit;
using PythonAot.Compiler.Emit.Cpp;
using PythonAot.Compiler.Native.Tests.Infrastructure;
using PythonAot.Compiler.Syntax.Tests.Infrastructure;

namespace PythonAot.Compiler.Native.Tests.Emit;

/// <summary>
/// Emitted C++ compiles with g++ against the runtime and prints what CPython prints. A developer harness: the
/// differential suite over the whole corpus lives elsewhere. PYAOT_CPP_RUNTIME points at another runtime folder
/// (a runtime worktree) than the repository's src/Compiler.Native/Runtime/cpp.
/// </summary>
public sealed class CppEmitterRunTests
{
    private static string RuntimeFolder =>
        Environment.GetEnvironmentVariable("PYAOT_CPP_RUNTIME") is { Length: > 0 } folder ? folder : Path.Combine(RepositoryPaths.Root, "src", "Compiler.Native", "Runtime", "cpp");

    [Test]
    public void FibonacciCompilesAndPrintsWhatCPythonPrints() => AssertSameAsCPython("fibonacci");

    /// <summary>Every corpus program (explicit: it takes minutes and depends on the runtime's progress).</summary>
    [Explicit("developer harness over the whole corpus")]
    [TestCaseSource(nameof(CorpusPrograms))]
    public void CorpusProgramMatchesCPython(string name) => AssertSameAsCPython(name);

    private static IEnumerable<string> CorpusPrograms() =>
        Directory.GetFiles(RepositoryPaths.Corpus, "*.py").Select(Path.GetFileNameWithoutExtension).Order()!;

    private static void AssertSameAsCPython(string name)
    {
        var gxx = FindOnPath("g++");
        if (gxx is null) Assert.Ignore("g++ is not installed");
        var relative = Path.Combine("tests", "corpus", name + ".py");
        var source = Path.Combine(RepositoryPaths.Root, relative);
        var compilation = ModuleCompiler.Compile(relative, File.ReadAllText(source));
        Assert.That(compilation.Success, Is.True, string.Join("\n", compilation.Diagnostics.Concat<object>(compilation.PassDiagnostics)));
        var result = new CppEmitter().Emit(new EmitRequest(compilation.Module!, relative, OutputKind.Executable));
        Assert.That(result.Success, Is.True, string.Join("\n", result.Diagnostics));

        var folder = Directory.CreateTempSubdirectory("pyaot-emit-").FullName;
        try
        {
            var cpp = Path.Combine(folder, result.Files[0].RelativePath);
            File.WriteAllText(cpp, result.Files[0].Content);
            var executable = Path.Combine(folder, name);
            var (compileExit, _, compileErrors) = Execute(gxx!, ["-std=c++20", "-O1", "-I", RuntimeFolder, cpp, "-o", executable]);
            Assert.That(compileExit, Is.Zero, compileErrors);
            var (exit, stdout, stderr) = Execute(executable, []);
            var expected = Python.Run(source);
            Assert.That(stdout, Is.EqualTo(expected));
            Assert.That(exit, Is.Zero, stderr);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    private static (int Exit, string Stdout, string Stderr) Execute(string program, IEnumerable<string> arguments)
    {
        var info = new ProcessStartInfo(program) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var argument in arguments) info.ArgumentList.Add(argument);
        using var process = Process.Start(info)!;
        var stderr = process.StandardError.ReadToEndAsync();
        var stdout = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        return (process.ExitCode, stdout, stderr.Result);
    }

    private static string? FindOnPath(string program) =>
        (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator).Select(d => Path.Combine(d, program)).FirstOrDefault(File.Exists);
}
