using System.Collections.Concurrent;
using PythonAot.Compiler.Syntax.Tests.Infrastructure;

namespace PythonAot.Compiler.Syntax.Tests.Trees;

/// <summary>
/// Full fidelity over the whole CPython standard library: every file, every truncation and every byte
/// mutation parses without an exception into a tree whose text is the input, byte for byte, and whose
/// spans are consistent.
/// </summary>
[TestFixture]
public class StdlibRoundTripTests
{
    private const int TruncationsPerFile = 20;
    private const int MutationsPerFile = 20;

    [Test]
    public void EveryFile_RoundTripsAndKeepsTreeInvariants()
    {
        var failures = new ConcurrentBag<string>();
        Parallel.ForEach(StdlibCorpus.Files, path =>
        {
            try
            {
                var bytes = File.ReadAllBytes(path);
                var tree = SyntaxTree.ParseBytes(bytes, path: path);
                if (!tree.GetBytes().AsSpan().SequenceEqual(bytes))
                    failures.Add($"{path}: round trip differs");
                var problem = TreeInvariants.Check(tree);
                if (problem is not null) failures.Add($"{path}: {problem}");
            }
            catch (Exception exception)
            {
                failures.Add($"{path}: {exception.GetType().Name}: {exception.Message}");
            }
        });
        Report(failures);
    }

    [Test]
    public void TruncatedAndMutatedFiles_NeverThrowAndRoundTrip()
    {
        var failures = new ConcurrentBag<string>();
        var files = StdlibCorpus.Files;
        Parallel.For(0, files.Count, index =>
        {
            var path = files[index];
            var bytes = File.ReadAllBytes(path);
            var random = new Random(index);
            for (var i = 0; i < TruncationsPerFile; i++)
            {
                var length = random.Next(bytes.Length + 1);
                Check(failures, $"{path} truncated at {length}", bytes.AsSpan(0, length).ToArray());
            }
            for (var i = 0; i < MutationsPerFile && bytes.Length > 0; i++)
            {
                var mutated = (byte[])bytes.Clone();
                var position = random.Next(mutated.Length);
                mutated[position] = (byte)random.Next(256);
                Check(failures, $"{path} with byte {position} set to 0x{mutated[position]:x2}", mutated);
            }
        });
        Report(failures);
    }

    private static void Check(ConcurrentBag<string> failures, string what, byte[] input)
    {
        try
        {
            var tree = SyntaxTree.ParseBytes(input);
            if (!tree.GetBytes().AsSpan().SequenceEqual(input))
                failures.Add($"{what}: round trip differs");
            var problem = TreeInvariants.Check(tree);
            if (problem is not null) failures.Add($"{what}: {problem}");
        }
        catch (Exception exception)
        {
            failures.Add($"{what}: {exception.GetType().Name}: {exception.Message}");
        }
    }

    private static void Report(ConcurrentBag<string> failures)
    {
        foreach (var failure in failures.OrderBy(f => f, StringComparer.Ordinal))
            TestContext.Out.WriteLine(failure);
        Assert.That(failures, Is.Empty, $"{failures.Count} failures (listed above)");
    }
}
