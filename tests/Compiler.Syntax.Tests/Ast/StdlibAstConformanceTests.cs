using PythonAot.Compiler.Syntax.Tests.Infrastructure;
using System.Collections.Concurrent;
using System.Text;

namespace PythonAot.Compiler.Syntax.Tests.Ast;

/// <summary>
/// The conformance suite of the syntax layer: for every .py file of the installed CPython standard library,
/// <see cref="CPythonAst.Dump(SyntaxTree)"/> of our parse must equal CPython's
/// <c>ast.dump(ast.parse(bytes), include_attributes=True)</c>, and a file CPython rejects must give a primary error
/// (<see cref="SyntaxTree.GetPrimaryError"/>, the one CPython raises) on the line CPython reports. The CPython dumps are made at test time (one python3 process) into
/// a temp folder; nothing of them is committed.
/// </summary>
[TestFixture]
[Category("Conformance")]
public class StdlibAstConformanceTests
{
    private IReadOnlyList<string> _files = [];
    private IReadOnlyList<OracleResult> _oracle = [];
    private string _outDir = string.Empty;

    /// <summary>Writes CPython's dump of every stdlib file into a temp folder (one python3 process).</summary>
    [OneTimeSetUp]
    public void RunCPython()
    {
        _files = StdlibCorpus.Files;
        _outDir = Path.Combine(Path.GetTempPath(), "pyaot-stdlib-ast-" + Guid.NewGuid().ToString("N"));
        _oracle = CPythonOracle.RunFiles(_files, _outDir);
    }

    /// <summary>Deletes the CPython dumps.</summary>
    [OneTimeTearDown]
    public void DeleteDumps()
    {
        try { if (_outDir.Length > 0) Directory.Delete(_outDir, recursive: true); } catch (IOException) { }
    }

    /// <summary>Every stdlib file gives CPython's dump, or fails on CPython's line; all mismatches are listed.</summary>
    [Test]
    public void EveryStdlibFileMatchesCPython()
    {
        Assert.That(_files, Has.Count.GreaterThan(1000), "the stdlib list looks wrong");
        var sorted = StdlibComparison.FindMismatches(_files.Count, i => Check(_files[i], _oracle[i]));
        var report = new StringBuilder();
        report.AppendLine($"{sorted.Count} of {_files.Count} stdlib files differ from CPython:");
        foreach (var (index, message) in sorted) report.AppendLine($"--- {_files[index]}\n{message}");
        if (sorted.Count > 0)
        {
            TestContext.Out.WriteLine(report.ToString());
            Assert.Fail(report.ToString());
        }
    }

    private static string? Check(string path, OracleResult oracle)
    {
        var bytes = File.ReadAllBytes(path);
        var tree = SyntaxTree.ParseBytes(bytes, path: path);
        var first = tree.GetDiagnostics().FirstOrDefault();
        if (!oracle.Accepted)
        {
            var primary = tree.GetPrimaryError();
            if (primary is null)
                return $"CPython rejects (line {oracle.ErrorLine}: {oracle.ErrorMessage}) but we report nothing";
            var line = primary.Location.GetLineSpan().StartLinePosition.Line + 1;
            var ok = oracle.ErrorLine == 0 ? line is 1 or 2 : line == oracle.ErrorLine;
            return ok ? null : $"CPython rejects at line {oracle.ErrorLine} ({oracle.ErrorMessage}); our primary error is at line {line}: {primary.GetMessage()}";
        }
        if (first is not null)
        {
            var line = first.Location.GetLineSpan().StartLinePosition.Line + 1;
            return $"CPython accepts; we report line {line}: {first.GetMessage()}";
        }
        var actual = CPythonAst.Dump(tree);
        return actual == oracle.Dump ? null : DumpDiff.Describe(string.Empty, actual, oracle.Dump) + SourceContext(tree, actual, oracle.Dump);
    }

    /// <summary>The source line near the first difference, found from the last lineno= before it in the dump.</summary>
    private static string SourceContext(SyntaxTree tree, string actual, string expected)
    {
        var i = 0;
        while (i < actual.Length && i < expected.Length && actual[i] == expected[i]) i++;
        var k = expected.IndexOf("lineno=", i, StringComparison.Ordinal);
        if (k < 0) return string.Empty;
        var end = k + 7;
        while (end < expected.Length && char.IsDigit(expected[end])) end++;
        if (!int.TryParse(expected.AsSpan(k + 7, end - k - 7), out var lineno)) return string.Empty;
        var lines = tree.Lines;
        if (lineno < 1 || lineno > lines.LineCount) return string.Empty;
        var start = lines.GetLineStart(lineno - 1);
        var text = tree.GetTextString()[start..lines.GetLineEnd(lineno - 1)];
        return $"  near line {lineno}: {text}\n";
    }
}
