using System.Diagnostics;

namespace PythonAot.Compiler.Syntax.Tests.Infrastructure;

/// <summary>Runs the CPython oracle (<c>python3</c> on the PATH).</summary>
public static class Python
{
    /// <summary>Runs python3 with arguments and returns its stdout; throws with stderr when it fails.</summary>
    public static string Run(params string[] arguments) => RunWithInput(null, arguments);

    /// <summary>Runs a python3 script (passed with -c) with standard input and returns its stdout.</summary>
    public static string RunScript(string script, string input) => RunWithInput(input, "-c", script);

    /// <summary>Runs python3 with standard input and returns its stdout.</summary>
    public static string RunWithInput(string? input, params string[] arguments)
    {
        var info = new ProcessStartInfo("python3")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = input is not null,
            UseShellExecute = false,
            StandardOutputEncoding = System.Text.Encoding.UTF8,
            StandardErrorEncoding = System.Text.Encoding.UTF8,
        };
        foreach (var argument in arguments) info.ArgumentList.Add(argument);
        info.Environment["PYTHONIOENCODING"] = "utf-8";
        using var process = Process.Start(info) ?? throw new InvalidOperationException("python3 could not be started");
        if (input is not null)
        {
            process.StandardInput.Write(input);
            process.StandardInput.Close();
        }
        var stderrTask = process.StandardError.ReadToEndAsync();
        var stdout = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        if (process.ExitCode != 0)
            throw new InvalidOperationException($"python3 {string.Join(' ', arguments)} failed ({process.ExitCode}): {stderrTask.Result}");
        return stdout;
    }
}
