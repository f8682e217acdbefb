namespace PythonAot.Compiler.Native;

/// <summary>What a finished process left: exit code, stdout, stderr, and whether it was killed for running too long.</summary>
public sealed record ProcessResult(int ExitCode, string StandardOutput, string StandardError, bool TimedOut = false)
{
    /// <summary>The last non-empty line of stderr (what the fidelity contract compares for an uncaught exception), or "".</summary>
    public string LastErrorLine =>
        StandardError.Split('\n').Select(l => l.TrimEnd('\r')).LastOrDefault(l => l.Length > 0) ?? "";
}
