using System.Diagnostics;

namespace PythonAot.Cli.Tests;

/// <summary>Runs CPython (<c>python3</c> on the PATH), the oracle.</summary>
public static class Python
{
    /// <summary>The one-liner whose output <c>pyaot ast FILE</c> reproduces.</summary>
    public const string AstDumpOneLiner =
        "import ast,sys; print(ast.dump(ast.parse(open(sys.argv[1],'rb').read()), include_attributes=True))";

    /// <summary>Runs python3 and returns exit code, stdout and stderr.</summary>
    public static (int ExitCode, string Stdout, string Stderr) Run(params string[] arguments)
    {
        var info = new ProcessStartInfo("python3")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments) info.ArgumentList.Add(argument);
        info.Environment["PYTHONIOENCODING"] = "utf-8";
        using var process = Process.Start(info) ?? throw new InvalidOperationException("python3 could not be started");
        var stderrTask = process.StandardError.ReadToEndAsync();
        var stdout = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        return (process.ExitCode, stdout, stderrTask.Result);
    }

    /// <summary>Runs python3 and returns its stdout; fails the test when python3 fails.</summary>
    public static string Output(params string[] arguments)
    {
        var (exitCode, stdout, stderr) = Run(arguments);
        if (exitCode != 0) Assert.Fail($"python3 {string.Join(' ', arguments)} failed ({exitCode}): {stderr}");
        return stdout;
    }

    /// <summary>The installed standard library folder.</summary>
    public static string StdlibDirectory => s_stdlib.Value;

    private static readonly Lazy<string> s_stdlib = new(() =>
        Output("-c", "import sysconfig; print(sysconfig.get_paths()['stdlib'])").Trim());
}
