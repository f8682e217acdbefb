namespace PythonAot.Cli.Tests;

/// <summary>What one in-process run of the command line gave.</summary>
public sealed record CliResult(int ExitCode, string Stdout, string Stderr)
{
    /// <summary>Standard output split into lines (without the empty piece after the last line end).</summary>
    public string[] StdoutLines => Stdout.TrimEnd('\n').Split('\n');

    public override string ToString() => $"exit {ExitCode}\n--- stdout\n{Stdout}\n--- stderr\n{Stderr}";
}

/// <summary>Runs <c>pyaot</c> in process through <c>Program.Run</c>.</summary>
public static class Cli
{
    public static CliResult Run(params string[] args)
    {
        var stdout = new StringWriter { NewLine = "\n" };
        var stderr = new StringWriter { NewLine = "\n" };
        var exitCode = Program.Run(args, stdout, stderr);
        return new CliResult(exitCode, stdout.ToString(), stderr.ToString());
    }
}
