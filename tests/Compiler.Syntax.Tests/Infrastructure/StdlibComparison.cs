using System.Collections.Concurrent;

namespace PythonAot.Compiler.Syntax.Tests.Infrastructure;

/// <summary>Runs a per-file comparison against an oracle over many files on every core, collecting the mismatches.</summary>
public static class StdlibComparison
{
    /// <summary>
    /// Calls <paramref name="check"/> for every index below <paramref name="count"/> on dedicated threads with big stacks
    /// (some stdlib test files nest expressions very deeply), one per core; a non-null answer or an exception is a
    /// mismatch. Returns the mismatches ordered by index.
    /// </summary>
    public static IReadOnlyList<(int Index, string Message)> FindMismatches(int count, Func<int, string?> check)
    {
        var mismatches = new ConcurrentBag<(int Index, string Message)>();
        var next = -1;
        var threads = new List<Thread>();
        for (var t = 0; t < Math.Max(1, Environment.ProcessorCount); t++)
        {
            var thread = new Thread(() =>
            {
                int i;
                while ((i = Interlocked.Increment(ref next)) < count)
                {
                    string? message;
                    try
                    {
                        message = check(i);
                    }
                    catch (Exception e)
                    {
                        message = "exception: " + e;
                    }
                    if (message is not null) mismatches.Add((i, message));
                }
            }, 256 * 1024 * 1024);
            thread.Start();
            threads.Add(thread);
        }
        foreach (var thread in threads) thread.Join();
        return mismatches.OrderBy(m => m.Index).ToList();
    }
}
