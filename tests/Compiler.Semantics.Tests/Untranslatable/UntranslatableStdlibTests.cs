using System.Collections.Concurrent;
using System.Diagnostics;
using PythonAot.Compiler.Semantics.Analysis;
using PythonAot.Compiler.Syntax;
using PythonAot.Compiler.Syntax.Tests.Infrastructure;

namespace PythonAot.Compiler.Semantics.Tests.Untranslatable;

/// <summary>The checker over the whole CPython standard library: it may report plenty, but must never throw.</summary>
public sealed class UntranslatableStdlibTests
{
    [Test]
    public void Checker_NeverThrows_OnTheStdlib()
    {
        var files = StdlibCorpus.Files;
        var failures = new ConcurrentBag<string>();
        var diagnostics = 0;
        var stopwatch = Stopwatch.StartNew();
        Parallel.ForEach(files, file =>
        {
            try
            {
                var tree = SyntaxTree.ParseFile(file);
                var checker = new UntranslatableConstructChecker(new SyntacticNameClassifier(tree), UntranslatableVerifier.SupportedModules.Contains);
                Interlocked.Add(ref diagnostics, checker.Check(tree).Count);
            }
            catch (Exception e)
            {
                failures.Add($"{file}: {e.GetType().Name}: {e.Message}");
            }
        });
        stopwatch.Stop();
        TestContext.Out.WriteLine($"{files.Count} files, {diagnostics} diagnostics, {stopwatch.Elapsed.TotalSeconds:F1} s");
        Assert.That(failures, Is.Empty);
        Assert.That(stopwatch.Elapsed, Is.LessThan(TimeSpan.FromSeconds(60)));
    }
}
