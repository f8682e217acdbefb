using System.CommandLine;

namespace PythonAot.Cli;

internal static class Program
{
    private static int Main(string[] args)
    {
        var root = new RootCommand("PythonAot: compile typed Python ahead of time to native code.");
        return root.Parse(args).Invoke();
    }
}
