using System.CommandLine;
using PythonAot.Compiler.Native.Toolchains;

namespace PythonAot.Cli;

/// <summary>
/// <c>pyaot doctor</c>: the toolchains PythonAot uses, where they were found and their versions, and the command that
/// installs each missing one. Exits with 1 when a tool the existing backends need for builds is missing.
/// </summary>
internal static class DoctorCommand
{
    public static Command Create(CliContext context)
    {
        var command = new Command("doctor", "List the toolchains found (C++ compiler, sanitizers, hosts, planned backends), their versions, and how to install what is missing.");
        command.SetAction(_ =>
        {
            var tools = ToolchainSurvey.Run();
            var width = tools.Max(t => t.Name.Length);
            foreach (var tool in tools)
            {
                var mark = tool.Found ? "ok     " : tool.RequiredForBuilds ? "MISSING" : "missing";
                context.Out.WriteLine($"{mark}  {tool.Name.PadRight(width)}  {tool.Purpose}");
                if (tool.Found) context.Out.WriteLine($"         {"".PadRight(width)}  {tool.Path}: {tool.Version}");
                else context.Out.WriteLine($"         {"".PadRight(width)}  install: {tool.InstallCommand}");
            }
            var missing = tools.Where(t => t.RequiredForBuilds && !t.Found).ToList();
            if (missing.Count > 0)
            {
                context.Error("cannot build native code: " + string.Join(", ", missing.Select(t => t.Name)) + " missing");
                return Program.ExitErrors;
            }
            return Program.ExitSuccess;
        });
        return command;
    }
}
