using PythonAot.Compiler.Native.Tests.Infrastructure;

namespace PythonAot.Compiler.Native.Tests.Runtime;

/// <summary>
/// The C++ runtime's own differential checks (tests/runtime/check_*.py): C++ drivers over the runtime headers print
/// results for tens of thousands of inputs (float repr and hashes, format specs, printf, str methods on non-ASCII
/// text, container reprs, set orders, slicing, sorting, generators) and CPython 3.11 prints its own; every line must match.
/// </summary>
[Parallelizable(ParallelScope.Children)]
public sealed class RuntimeOracleTests
{
    [TestCase("check_numbers.py")]
    [TestCase("check_str.py")]
    [TestCase("check_containers.py", "--no-sanitize")]
    public void RuntimeAgreesWithCPython(string script, params string[] arguments)
    {
        var path = Path.Combine(RepositoryPaths.Root, "tests", "runtime", script);
        var result = ProcessRunner.Run("python3", [path, .. arguments], workingDirectory: RepositoryPaths.Root, timeout: TimeSpan.FromMinutes(5));

        Assert.That(result.ExitCode, Is.Zero, $"{script} found differences:\n{Tail(result.StandardOutput)}\n{Tail(result.StandardError)}");
    }

    private static string Tail(string text) => string.Join('\n', text.Split('\n').TakeLast(40));
}
