using System.Diagnostics;
using System.Text;

namespace PythonAot.Compiler.Native;

/// <summary>Runs a process to completion, capturing its output (toolchain calls, built programs).</summary>
public static class ProcessRunner
{
    /// <summary>
    /// Runs <paramref name="fileName"/> with <paramref name="arguments"/> (passed as an argument list: no shell
    /// quoting), feeding <paramref name="input"/> to stdin when given, and returns its exit code and output.
    /// A process still running after <paramref name="timeout"/> is killed (exit code -1, <see cref="ProcessResult.TimedOut"/>).
    /// </summary>
    public static ProcessResult Run(string fileName, IEnumerable<string> arguments, string? workingDirectory = null, string? input = null,
        TimeSpan? timeout = null, IReadOnlyDictionary<string, string>? environment = null)
    {
        var info = new ProcessStartInfo(fileName)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
            StandardOutputEncoding = Encoding.UTF8,
            StandardErrorEncoding = Encoding.UTF8,
        };
        if (workingDirectory is not null) info.WorkingDirectory = workingDirectory;
        foreach (var argument in arguments) info.ArgumentList.Add(argument);
        if (environment is not null)
            foreach (var (key, value) in environment) info.Environment[key] = value;

        using var process = Process.Start(info) ?? throw new InvalidOperationException("cannot start " + fileName);
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (input is not null) process.StandardInput.Write(input);
        process.StandardInput.Close();
        var finished = process.WaitForExit(timeout ?? TimeSpan.FromMinutes(10));
        if (!finished)
        {
            try { process.Kill(entireProcessTree: true); } catch (InvalidOperationException) { }
            process.WaitForExit();
        }
        return new ProcessResult(finished ? process.ExitCode : -1, stdout.Result, stderr.Result, !finished);
    }
}
