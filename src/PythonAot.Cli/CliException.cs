namespace PythonAot.Cli;

/// <summary>
/// A problem with how pyaot was called or with its input files (a missing file, an unreadable folder): reported
/// as <c>pyaot: error: message</c>, never with a stack trace.
/// </summary>
internal sealed class CliException(string message, int exitCode = Program.ExitUsage) : Exception(message)
{
    /// <summary>The process exit code.</summary>
    public int ExitCode { get; } = exitCode;
}
