namespace PythonAot.Cli;

/// <summary>Where a command writes: its standard output and standard error.</summary>
internal sealed class CliContext(TextWriter stdout, TextWriter stderr)
{
    /// <summary>Standard output: the command's results.</summary>
    public TextWriter Out { get; } = stdout;

    /// <summary>Standard error: problems and progress.</summary>
    public TextWriter Err { get; } = stderr;

    /// <summary>Writes <c>pyaot: error: message</c> to standard error.</summary>
    public void Error(string message) => Err.WriteLine("pyaot: error: " + message);
}
