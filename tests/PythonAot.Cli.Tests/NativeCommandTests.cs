namespace PythonAot.Cli.Tests;

/// <summary><c>pyaot build</c>, <c>run</c> and <c>doctor</c>: what they write, what they refuse, what they pass through.</summary>
public class NativeCommandTests
{
    private const string Program = """
        import sys


        def shout(words: list[str]) -> list[str]:
            return [w.upper() + "!" for w in words]


        if __name__ == "__main__":
            print(shout(sys.argv[1:]))
            sys.exit(len(sys.argv) + 40)
        """;

    private TempDirectory _dir = null!;

    [SetUp]
    public void SetUp() => _dir = new TempDirectory();

    [TearDown]
    public void TearDown() => _dir.Dispose();

    [Test]
    public void Build_WritesTheExecutableNamedAfterTheModule_WhichRunsLikePython()
    {
        var source = _dir.Write("shouty.py", Program);
        var output = Path.Combine(_dir.Path, "out");

        var result = Cli.Run("build", source, "--target", "cpp", "-o", output);

        Assert.That(result.ExitCode, Is.Zero, result.ToString());
        var executable = Path.Combine(output, "shouty");
        Assert.That(result.Stdout, Does.Contain("wrote " + executable));
        var run = RunProcess(executable, "héllo", "wörld");
        Assert.That((run.ExitCode, run.Stdout), Is.EqualTo((43, "['HÉLLO!', 'WÖRLD!']\n")));
    }

    [Test]
    public void BuildShared_WritesLibraryHeaderAndManifestSideBySide()
    {
        var source = _dir.Write("shouty.py", Program);
        var output = Path.Combine(_dir.Path, "lib");

        var result = Cli.Run("build", source, "--kind", "shared", "-o", output);

        Assert.That(result.ExitCode, Is.Zero, result.ToString());
        Assert.That(Directory.GetFiles(output).Select(Path.GetFileName).Order(), Is.EqualTo(new[] { ".pyaot-outputs", "libshouty.so", "shouty.h", "shouty.json" }));
        Assert.That(File.ReadAllText(Path.Combine(output, "shouty.h")), Does.Contain("int32_t shouty_shout(const pyaot_str* words, int64_t words_len, pyaot_str_list* result, pyaot_error* error);"));
    }

    [Test]
    public void Build_NeverOverwritesAFileItDidNotWrite_ButReplacesItsOwn()
    {
        var source = _dir.Write("shouty.py", Program);
        var output = Path.Combine(_dir.Path, "out");
        Directory.CreateDirectory(output);
        File.WriteAllText(Path.Combine(output, "shouty"), "my notes");

        var refused = Cli.Run("build", source, "-o", output);
        Assert.That(refused.ExitCode, Is.Not.Zero);
        Assert.That(refused.Stderr, Does.Contain("refusing to overwrite").And.Contain("pyaot did not write it"));
        Assert.That(File.ReadAllText(Path.Combine(output, "shouty")), Is.EqualTo("my notes"));

        File.Delete(Path.Combine(output, "shouty"));
        Assert.That(Cli.Run("build", source, "-o", output).ExitCode, Is.Zero);
        Assert.That(Cli.Run("build", source, "-o", output).ExitCode, Is.Zero, "a second build replaces its own output");
    }

    [Test]
    public void Build_ReportsSourceErrorsWithTheirLocationAndId()
    {
        var source = _dir.Write("bad.py", "x: int = 1\nx = 'one'\n");

        var result = Cli.Run("build", source);

        Assert.That(result.ExitCode, Is.EqualTo(1), result.ToString());
        Assert.That(result.Stdout, Does.Match(@"bad\.py:2:\d+: error PA2\d{3}: "));
    }

    [Test]
    public void BuildShared_AnExportThatDoesNotExistIsADiagnostic()
    {
        var source = _dir.Write("shouty.py", Program);

        var result = Cli.Run("build", source, "--kind", "shared", "--export", "whisper", "-o", Path.Combine(_dir.Path, "lib"));

        Assert.That(result.ExitCode, Is.EqualTo(1), result.ToString());
        Assert.That(result.Stdout, Does.Contain("PA4201"));
    }

    [Test]
    public void Run_PassesArgumentsAndTheExitCodeThrough()
    {
        var source = _dir.Write("shouty.py", Program);

        var result = Cli.Run("run", source, "--target", "cpp", "--", "a", "b");

        Assert.That(result.ExitCode, Is.EqualTo(43), result.ToString());
    }

    [Test]
    public void Doctor_ListsTheCompilerItBuildsWith()
    {
        var result = Cli.Run("doctor");

        Assert.That(result.ExitCode, Is.Zero, result.ToString());
        Assert.That(result.Stdout, Does.Match(@"ok\s+(g\+\+|clang\+\+)\s+the cpp backend \(build, run\): selected"));
        // Every tool not found is followed by the command that installs it.
        var lines = result.StdoutLines;
        for (var i = 0; i < lines.Length; i++)
            if (lines[i].StartsWith("missing", StringComparison.OrdinalIgnoreCase))
                Assert.That(lines[i + 1], Does.Contain("install: sudo apt-get install -y "), lines[i]);
    }

    private static (int ExitCode, string Stdout) RunProcess(string path, params string[] arguments)
    {
        var result = PythonAot.Compiler.Native.ProcessRunner.Run(path, arguments);
        return (result.ExitCode, result.StandardOutput);
    }
}
