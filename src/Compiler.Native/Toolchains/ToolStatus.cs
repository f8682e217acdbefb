namespace PythonAot.Compiler.Native.Toolchains;

/// <summary>
/// One line of <c>pyaot doctor</c>: a tool, what it is for, where it was found and its version (null when missing),
/// and the command that installs it.
/// </summary>
public sealed record ToolStatus(string Name, string Purpose, string? Path, string? Version, string InstallCommand, bool RequiredForBuilds)
{
    /// <summary>Whether the tool was found.</summary>
    public bool Found => Path is not null;
}
