using System.Text.RegularExpressions;
using PythonAot.Compiler.Native.Tests.Infrastructure;
using PythonAot.Compiler.Syntax.Tests.Infrastructure;

namespace PythonAot.Compiler.Native.Tests.Benchmarks;

/// <summary>
/// Smoke tests for benchmarks/programs (timed by benchmarks/programs/run.py, never here): every NAME.py runs at
/// its quick size (<c># bench: quick=N</c>, passed as argv[1] as run.py does) under CPython, and its output is
/// the reference for
/// (1) the hand-written C++ twin NAME.cpp, which keeps the twins honest, and
/// (2) our compiled build of NAME.py through <c>./pyaot build --target cpp</c>.
/// No test asserts a time.
/// </summary>
[TestFixture]
public sealed partial class BenchmarkProgramsTests
{
    private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(5);

    private static string ProgramsFolder => Path.Combine(RepositoryPaths.Root, "benchmarks", "programs");

    /// <summary>The benchmark programs: every benchmarks/programs/*.py with a <c># bench: quick=N</c> header.</summary>
    public static IEnumerable<TestCaseData> Programs() =>
        Directory.EnumerateFiles(ProgramsFolder, "*.py")
            .Where(path => QuickSize().IsMatch(File.ReadAllText(path)))
            .Order(StringComparer.Ordinal)
            .Select(path => new TestCaseData(Path.GetFileNameWithoutExtension(path)).SetArgDisplayNames(Path.GetFileNameWithoutExtension(path)));

    [Test]
    public void ThereAreAtLeastNinePrograms()
    {
        var names = Programs().Select(data => (string)data.Arguments[0]!).ToList();
        Assert.That(names, Has.Count.GreaterThanOrEqualTo(9));
        foreach (var name in names)
            Assert.That(File.Exists(Path.Combine(ProgramsFolder, name + ".cpp")), $"{name}.py has no {name}.cpp twin");
    }

    [TestCaseSource(nameof(Programs))]
    public void HandWrittenCppPrintsWhatCPythonPrints(string name)
    {
        using var scratch = new Scratch();
        var (source, size) = ProgramAndQuickSize(name);
        var expected = Python.Run(source, size.ToString());

        var exe = Path.Combine(scratch.Path, name);
        var compile = Run("g++", ["-std=c++20", "-O1", "-o", exe, Path.Combine(ProgramsFolder, name + ".cpp")]);
        Assert.That(compile.ExitCode, Is.Zero, $"g++ failed on {name}.cpp:\n{compile.Stderr}");

        var run = Run(exe, [size.ToString()]);
        Assert.That(run.ExitCode, Is.Zero, $"{name} (hand-written C++) exited {run.ExitCode}:\n{run.Stderr}");
        Assert.That(run.Stdout, Is.EqualTo(expected), $"{name}.cpp printed something else than CPython at size {size}");
    }

    /// <summary>Our build of each program (through the whole pipeline and the test cache) prints what CPython prints.</summary>
    [TestCaseSource(nameof(Programs))]
    [Category("CompiledBuild")]
    public void CompiledBuildPrintsWhatCPythonPrints(string name)
    {
        var (source, size) = ProgramAndQuickSize(name);
        var expected = Python.Run(source, size.ToString());

        var build = NativeCompiler.Build(source, new NativeCompileOptions { CacheRoot = TestCache.Root });
        Assert.That(build.Success, Is.True, () => $"building {name}.py failed:\n" + string.Join("\n", build.Diagnostics));

        var run = Run(build.OutputPath!, [size.ToString()]);
        Assert.That(run.ExitCode, Is.Zero, $"{name} (compiled) exited {run.ExitCode}:\n{run.Stderr}");
        Assert.That(run.Stdout, Is.EqualTo(expected), $"compiled {name}.py printed something else than CPython at size {size}");
    }

    /// <summary>NAME.py and its quick size; the program must also have a default <c>SIZE = ...</c>.</summary>
    private static (string Source, int Size) ProgramAndQuickSize(string name)
    {
        var source = Path.Combine(ProgramsFolder, name + ".py");
        var text = File.ReadAllText(source);
        Assert.That(SizeLine().IsMatch(text), $"{name}.py has no `SIZE = N` line");
        return (source, int.Parse(QuickSize().Match(text).Groups[1].Value));
    }

    private static (int ExitCode, string Stdout, string Stderr) Run(string fileName, IEnumerable<string> arguments)
    {
        var result = ProcessRunner.Run(fileName, arguments, workingDirectory: RepositoryPaths.Root, timeout: Timeout);
        Assert.That(result.TimedOut, Is.False, $"{fileName} {string.Join(' ', arguments)} ran longer than {Timeout}");
        return (result.ExitCode, result.StandardOutput, result.StandardError);
    }

    [GeneratedRegex(@"^# bench: quick=(\d+)$", RegexOptions.Multiline)]
    private static partial Regex QuickSize();

    [GeneratedRegex(@"^SIZE = \d+$", RegexOptions.Multiline)]
    private static partial Regex SizeLine();

    /// <summary>A scratch folder, deleted on dispose.</summary>
    private sealed class Scratch : IDisposable
    {
        public string Path { get; } = Directory.CreateDirectory(
            System.IO.Path.Combine(System.IO.Path.GetTempPath(), "pyaot-bench-" + Guid.NewGuid().ToString("N"))).FullName;

        public void Dispose()
        {
            try { Directory.Delete(Path, recursive: true); }
            catch (IOException) { }
            catch (UnauthorizedAccessException) { }
        }
    }
}
