namespace PythonAot.Compiler.Native.Toolchains;

/// <summary>
/// Finds the toolchains the backends use. The C++ compiler comes from <c>PYAOT_CXX</c>, then <c>CXX</c>, then
/// <c>g++</c> and <c>clang++</c> on the PATH (g++ first: it is what Debian installs with build-essential and what the
/// runtime is tested with).
/// </summary>
public static class ToolchainLocator
{
    /// <summary>The Debian command that installs the C++ toolchain.</summary>
    public const string CppInstallCommand = "sudo apt-get install -y g++";

    /// <summary>The C++ compiler to use, or null when none is found (see <see cref="CppInstallCommand"/>).</summary>
    public static CppCompiler? FindCppCompiler()
    {
        foreach (var candidate in CppCandidates())
        {
            var compiler = Probe(candidate);
            if (compiler is not null) return compiler;
        }
        return null;
    }

    /// <summary>Every C++ compiler found (for <c>pyaot doctor</c>), the one <see cref="FindCppCompiler"/> picks first.</summary>
    public static IReadOnlyList<CppCompiler> FindAllCppCompilers() =>
        CppCandidates().Select(Probe).OfType<CppCompiler>().DistinctBy(c => c.Path).ToList();

    /// <summary>The full path of <paramref name="command"/> on the PATH (or the path itself when it names a file), else null.</summary>
    public static string? FindOnPath(string command)
    {
        if (command.Contains('/')) return File.Exists(command) ? Path.GetFullPath(command) : null;
        foreach (var dir in (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries))
        {
            var path = Path.Combine(dir, command);
            if (File.Exists(path)) return path;
        }
        return null;
    }

    /// <summary>Runs <c><paramref name="path"/> <paramref name="versionArgument"/></c> and returns its first output line, or null when it does not run.</summary>
    public static string? ReadVersionLine(string path, string versionArgument = "--version")
    {
        try
        {
            var result = ProcessRunner.Run(path, [versionArgument], timeout: TimeSpan.FromSeconds(20));
            var text = result.StandardOutput.Length > 0 ? result.StandardOutput : result.StandardError;
            return result.ExitCode == 0 ? text.Split('\n')[0].Trim() : null;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return null;
        }
    }

    private static IEnumerable<string> CppCandidates()
    {
        foreach (var variable in new[] { "PYAOT_CXX", "CXX" })
        {
            var value = Environment.GetEnvironmentVariable(variable);
            if (!string.IsNullOrWhiteSpace(value)) yield return value.Trim();
        }
        yield return "g++";
        yield return "clang++";
    }

    private static CppCompiler? Probe(string command)
    {
        var path = FindOnPath(command);
        if (path is null) return null;
        var version = ReadVersionLine(path);
        if (version is null) return null;
        var family = version.Contains("clang", StringComparison.OrdinalIgnoreCase) ? CppCompilerFamily.Clang : CppCompilerFamily.Gcc;
        return new CppCompiler(path, family, version);
    }
}
