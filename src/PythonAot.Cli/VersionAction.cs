using System.CommandLine;
using System.CommandLine.Invocation;
using System.Reflection;
using System.Runtime.InteropServices;

namespace PythonAot.Cli;

/// <summary><c>pyaot --version</c>: <c>pyaot 0.1.0 (.NET 10.0.0)</c>.</summary>
internal sealed class VersionAction(CliContext context) : SynchronousCommandLineAction
{
    /// <summary>The CLI's version (the assembly's informational version, without a source revision).</summary>
    public static string Version { get; } = GetVersion();

    public override int Invoke(ParseResult parseResult)
    {
        context.Out.WriteLine($"pyaot {Version} ({RuntimeInformation.FrameworkDescription})");
        return Program.ExitSuccess;
    }

    private static string GetVersion()
    {
        var assembly = typeof(VersionAction).Assembly;
        var version = assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion
            ?? assembly.GetName().Version?.ToString() ?? "0.0.0";
        var plus = version.IndexOf('+');
        return plus < 0 ? version : version[..plus];
    }
}
