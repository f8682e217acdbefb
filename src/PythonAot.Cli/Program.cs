using System.CommandLine;
using System.Text;

namespace PythonAot.Cli;

/// <summary>
/// The <c>pyaot</c> entry point. <see cref="Run"/> does all the work against two writers so that the tests can
/// run every command in process; <see cref="Main"/> only binds it to the console.
/// </summary>
internal static class Program
{
    /// <summary>Exit code: success.</summary>
    public const int ExitSuccess = 0;

    /// <summary>Exit code: the input has errors (syntax errors found by check, parse or ast).</summary>
    public const int ExitErrors = 1;

    /// <summary>Exit code: the command could not run (bad usage, missing file, unreadable input).</summary>
    public const int ExitUsage = 2;

    /// <summary>Exit code: a bug in pyaot itself (reported without a stack trace unless PYAOT_DEBUG is set).</summary>
    public const int ExitInternalError = 3;

    private static int Main(string[] args)
    {
        var utf8 = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false);
        var stdout = new StreamWriter(Console.OpenStandardOutput(), utf8, 1 << 16) { AutoFlush = false, NewLine = "\n" };
        var stderr = new StreamWriter(Console.OpenStandardError(), utf8) { AutoFlush = true, NewLine = "\n" };
        var exitCode = Run(args, stdout, stderr);
        try
        {
            stdout.Flush();
        }
        catch (IOException)
        {
            // The reader went away (`pyaot tokens big.py | head`): nothing left to tell anyone.
        }
        return exitCode;
    }

    /// <summary>Runs the command line <paramref name="args"/>, writing to the given writers; returns the exit code.</summary>
    internal static int Run(string[] args, TextWriter stdout, TextWriter stderr)
    {
        var context = new CliContext(stdout, stderr);
        try
        {
            var root = CreateRootCommand(context);
            var parseResult = root.Parse(args);
            var configuration = new InvocationConfiguration
            {
                Output = stdout,
                Error = stderr,
                EnableDefaultExceptionHandler = false,
            };
            if (args.Length == 0)
            {
                root.Parse(["--help"]).Invoke(configuration);
                return ExitUsage;
            }
            if (parseResult.Errors.Count > 0)
            {
                foreach (var error in parseResult.Errors) context.Error(error.Message);
                var command = parseResult.CommandResult.Command;
                var name = command is RootCommand ? "pyaot" : "pyaot " + command.Name;
                stderr.WriteLine($"Run '{name} --help' for usage.");
                return ExitUsage;
            }
            return parseResult.Invoke(configuration);
        }
        catch (CliException e)
        {
            context.Error(e.Message);
            return e.ExitCode;
        }
        catch (AggregateException e) when (e.Flatten().InnerExceptions is [CliException first, ..])
        {
            // A parallel command failed on some file: report the first.
            context.Error(first.Message);
            return first.ExitCode;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            context.Error(e.Message);
            return ExitUsage;
        }
        catch (Exception e)
        {
            context.Error($"internal error: {e.GetType().Name}: {e.Message}");
            if (Environment.GetEnvironmentVariable("PYAOT_DEBUG") is { Length: > 0 }) stderr.WriteLine(e);
            else stderr.WriteLine("This is a bug in pyaot; set PYAOT_DEBUG=1 to see where it happened.");
            return ExitInternalError;
        }
        finally
        {
            stderr.Flush();
        }
    }

    /// <summary>The root command with every subcommand.</summary>
    internal static RootCommand CreateRootCommand(CliContext context)
    {
        var root = new RootCommand("pyaot: compiles typed Python ahead of time to native code: syntax, semantic model, typed IR, and a C++ backend that builds executables and shared libraries with a C ABI.")
        {
            ParseCommand.Create(context),
            TokensCommand.Create(context),
            AstCommand.Create(context),
            CheckCommand.Create(context),
            IrCommand.Create(context),
            EmitCommand.Create(context),
            DemoCommand.Create(context),
            OpsCommand.Create(context),
            BuildCommand.Create(context),
            RunCommand.Create(context),
            DoctorCommand.Create(context),
        };
        foreach (var option in root.Options)
        {
            if (option is VersionOption) option.Action = new VersionAction(context);
        }
        return root;
    }
}
