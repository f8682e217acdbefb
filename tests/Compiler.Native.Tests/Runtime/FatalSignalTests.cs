using PythonAot.Compiler.Native.Tests.Infrastructure;

namespace PythonAot.Compiler.Native.Tests.Runtime;

/// <summary>
/// The SIGSEGV handler of executables (pyaot/program.hpp, run_main): tests/runtime/cpp/fatal_signals.cpp overflows
/// the stack, which must end like an uncaught RecursionError under CPython (buffered stdout written, CPython's last
/// stderr line, exit status 1), or writes through a null pointer, which must still kill the process with SIGSEGV.
/// The Python-level twin is tests/corpus/unsanitized/unbounded_recursion.py.
/// </summary>
public sealed class FatalSignalTests
{
    private static string s_folder = "";
    private static string s_exe = "";

    [OneTimeSetUp]
    public void Build()
    {
        s_folder = Directory.CreateTempSubdirectory("pyaot-fatal-signals-").FullName;
        s_exe = Path.Combine(s_folder, "fatal_signals");
        var source = Path.Combine(RepositoryPaths.Root, "tests", "runtime", "cpp", "fatal_signals.cpp");
        var include = Path.Combine(RepositoryPaths.Root, "src", "Compiler.Native", "Runtime", "cpp");
        var compile = ProcessRunner.Run("g++", ["-std=c++20", "-O2", "-Wall", "-Wextra", "-Werror", "-I", include, source, "-o", s_exe]);
        Assert.That(compile.ExitCode, Is.Zero, compile.StandardError);
    }

    [OneTimeTearDown]
    public void Clean() => Directory.Delete(s_folder, recursive: true);

    [Test]
    public void AStackOverflowEndsLikeAnUncaughtRecursionError()
    {
        var run = ProcessRunner.Run(s_exe, ["recurse"], timeout: TimeSpan.FromMinutes(1));
        Assert.Multiple(() =>
        {
            Assert.That(run.ExitCode, Is.EqualTo(1), run.StandardError);
            Assert.That(run.StandardOutput, Is.EqualTo("before\n"));
            Assert.That(run.LastErrorLine, Is.EqualTo("RecursionError: maximum recursion depth exceeded"));
        });
    }

    [Test]
    public void AnyOtherSegmentationFaultStillKillsTheProcess()
    {
        var run = ProcessRunner.Run(s_exe, ["null"], timeout: TimeSpan.FromMinutes(1));
        Assert.Multiple(() =>
        {
            Assert.That(run.ExitCode, Is.EqualTo(128 + 11), "killed by SIGSEGV; stderr:\n" + run.StandardError);
            Assert.That(run.StandardError, Does.Not.Contain("RecursionError"));
        });
    }
}
