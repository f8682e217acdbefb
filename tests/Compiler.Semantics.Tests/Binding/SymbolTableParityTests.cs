using System.Collections.Concurrent;
using System.Diagnostics;
using System.Text;
using PythonAot.Compiler.Semantics.Binding;
using PythonAot.Compiler.Syntax;
using PythonAot.Compiler.Syntax.Tests.Infrastructure;

namespace PythonAot.Compiler.Semantics.Tests.Binding;

/// <summary>
/// The conformance suite of the binder: for every scope of every stdlib file, the scope tree and every name's
/// flags and resolved scope equal CPython's <c>symtable.symtable(src, path, 'exec')</c> (dumped at test time by
/// tools/cpython_symtable_dump.py in one python3 process); a file whose symbol table CPython rejects gives a PA1xxx
/// diagnostic with CPython's message on CPython's line. Files CPython cannot even parse are skipped.
/// </summary>
[TestFixture]
[Category("Conformance")]
public class SymbolTableParityTests
{
    private const int MaxReportedMismatches = 40;

    /// <summary>Compares every stdlib file with CPython and lists every mismatch.</summary>
    [Test]
    public void EveryStdlibScopeMatchesCPythonSymtable()
    {
        var files = StdlibCorpus.Files;
        var outDir = Path.Combine(Path.GetTempPath(), "pyaot-stdlib-symtable-" + Guid.NewGuid().ToString("N"));
        try
        {
            var oracleClock = Stopwatch.StartNew();
            var oracle = SymtableOracle.RunFiles(files, outDir);
            oracleClock.Stop();
            var ourClock = Stopwatch.StartNew();
            var mismatches = StdlibComparison.FindMismatches(files.Count, i => Check(files[i], oracle[i]));
            ourClock.Stop();

            var parseErrors = oracle.Count(o => o.ErrorStage is "parse" or "read");
            var symtableErrors = oracle.Count(o => o.ErrorStage == "symtable");
            TestContext.Out.WriteLine(
                $"{files.Count} files: {files.Count - parseErrors - symtableErrors} compared, {symtableErrors} rejected by CPython's symbol table (checked), " +
                $"{parseErrors} skipped (CPython cannot parse them); CPython {oracleClock.Elapsed.TotalSeconds:F1} s, ours {ourClock.Elapsed.TotalSeconds:F1} s");
            var sorted = mismatches;
            if (sorted.Count > 0)
            {
                var report = new StringBuilder($"{sorted.Count} of {files.Count} stdlib files differ from CPython's symtable:\n");
                foreach (var (index, message) in sorted.Take(MaxReportedMismatches)) report.Append("--- ").Append(files[index]).Append('\n').Append(message).Append('\n');
                Assert.Fail(report.ToString());
            }
        }
        finally
        {
            try { Directory.Delete(outDir, recursive: true); } catch (IOException) { }
        }
    }

    private static string? Check(string path, SymtableResult oracle)
    {
        if (oracle.ErrorStage is "parse" or "read") return null;
        var tree = SyntaxTree.ParseBytes(File.ReadAllBytes(path), path: path);
        var scopes = ScopeTree.Build(tree);
        if (!oracle.Accepted)
        {
            if (scopes.Diagnostics.Count == 0) return $"CPython's symtable rejects (line {oracle.ErrorLine}: {oracle.ErrorMessage}) but we report nothing";
            var first = scopes.Diagnostics[0];
            var line = first.Location.GetLineSpan().StartLinePosition.Line + 1;
            return line == oracle.ErrorLine && first.GetMessage(System.Globalization.CultureInfo.InvariantCulture) == oracle.ErrorMessage
                ? null
                : $"CPython: line {oracle.ErrorLine}: {oracle.ErrorMessage}; we: line {line}: {first.GetMessage(System.Globalization.CultureInfo.InvariantCulture)}";
        }
        if (scopes.Diagnostics.Count > 0) return $"CPython accepts; we report {scopes.Diagnostics[0]}";
        return FirstDifference(ScopeDump.Write(scopes), oracle.Dump!);
    }

    /// <summary>The first differing line with the scope line above it, or null when equal.</summary>
    internal static string? FirstDifference(string actual, string expected)
    {
        if (actual == expected) return null;
        var a = actual.Split('\n');
        var e = expected.Split('\n');
        var scope = string.Empty;
        for (var i = 0; i < Math.Max(a.Length, e.Length); i++)
        {
            var x = i < a.Length ? a[i] : "<end>";
            var y = i < e.Length ? e[i] : "<end>";
            if (x == y)
            {
                if (x.TrimStart().StartsWith("scope ", StringComparison.Ordinal)) scope = x;
                continue;
            }
            return $"  in {scope.Trim()} (line {i + 1} of the dump)\n  ours:    {x}\n  CPython: {y}";
        }
        return null;
    }
}
