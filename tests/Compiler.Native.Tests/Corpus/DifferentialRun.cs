using PythonAot.Compiler.Native.Tests.Infrastructure;

namespace PythonAot.Compiler.Native.Tests.Corpus;

/// <summary>Runs one program under CPython and through the C++ backend and compares what the fidelity contract names.</summary>
internal static class DifferentialRun
{
    private static readonly TimeSpan s_timeout = TimeSpan.FromSeconds(60);

    /// <summary>Builds <paramref name="path"/> (sanitized or optimized), runs both, and asserts equal stdout, exit code and last stderr line.</summary>
    public static void AssertSameAsCPython(string path, bool sanitize)
    {
        var expected = ProcessRunner.Run("python3", [path], workingDirectory: Path.GetDirectoryName(path), timeout: s_timeout);
        Assert.That(expected.TimedOut, Is.False, "CPython timed out");

        var build = NativeCompiler.Build(path, new NativeCompileOptions { Sanitize = sanitize, CacheRoot = TestCache.Root });
        if (!build.Success)
        {
            var messages = build.Diagnostics.Select(d => d.ToString()).Concat(build.PassErrors.Select(e => e.ToString()));
            Assert.Fail($"the compiler rejected {Path.GetFileName(path)}:\n" + string.Join("\n", messages));
        }

        var environment = new Dictionary<string, string>
        {
            ["ASAN_OPTIONS"] = "detect_leaks=1:abort_on_error=0:exitcode=86",
            ["UBSAN_OPTIONS"] = "print_stacktrace=1:halt_on_error=1:exitcode=87",
        };
        var actual = ProcessRunner.Run(build.OutputPath!, [], workingDirectory: Path.GetDirectoryName(path), timeout: s_timeout, environment: environment);
        Assert.That(actual.TimedOut, Is.False, "the compiled program timed out");
        if (sanitize)
        {
            Assert.That(actual.StandardError, Does.Not.Contain("Sanitizer").And.Not.Contain("runtime error:"), "sanitizer report");
        }
        Assert.Multiple(() =>
        {
            Assert.That(actual.StandardOutput, Is.EqualTo(expected.StandardOutput), "stdout");
            Assert.That(actual.ExitCode, Is.EqualTo(expected.ExitCode), "exit code; stderr:\n" + actual.StandardError);
            Assert.That(actual.LastErrorLine, Is.EqualTo(expected.LastErrorLine), "last stderr line");
        });
    }
}
