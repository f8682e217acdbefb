using PythonAot.Compiler.Syntax.Tests.Infrastructure;

namespace PythonAot.Compiler.Syntax.Tests.Parsing;

/// <summary>
/// The whole installed standard library: every file parses without exceptions and round-trips; exactly the files
/// CPython rejects have diagnostics.
/// </summary>
[TestFixture]
public class StdlibParseTests
{
    private static readonly string[] s_invalidFiles =
    [
        "lib2to3/tests/data/bom.py",
        "lib2to3/tests/data/crlf.py",
        "lib2to3/tests/data/different_encoding.py",
        "lib2to3/tests/data/false_encoding.py",
        "lib2to3/tests/data/py2_test_grammar.py",
        "test/tokenizedata/bad_coding.py",
        "test/tokenizedata/bad_coding2.py",
        "test/tokenizedata/badsyntax_3131.py",
        "test/tokenizedata/badsyntax_pep3120.py",
    ];

    [Test]
    public void EveryStdlibFile_ParsesAndRoundTrips_OnlyInvalidFilesHaveDiagnostics()
    {
        var withDiagnostics = new List<string>();
        var failures = new List<string>();
        foreach (var file in StdlibCorpus.Files)
        {
            try
            {
                var bytes = File.ReadAllBytes(file);
                var tree = SyntaxTree.ParseBytes(bytes, path: file);
                if (!tree.GetBytes().AsSpan().SequenceEqual(bytes) && tree.GetRoot().ToFullString() != tree.GetTextString())
                    failures.Add($"round trip: {file}");
                if (tree.GetDiagnostics().Any()) withDiagnostics.Add(file.Replace('\\', '/'));
            }
            catch (Exception e)
            {
                failures.Add($"{file}: {e.GetType().Name}: {e.Message}");
            }
        }
        Assert.That(failures, Is.Empty);
        var unexpected = withDiagnostics.Where(f => !s_invalidFiles.Any(f.EndsWith)).ToList();
        var missed = s_invalidFiles.Where(i => !withDiagnostics.Any(f => f.EndsWith(i))).ToList();
        Assert.That(unexpected, Is.Empty, "files with diagnostics that CPython accepts");
        Assert.That(missed, Is.Empty, "files CPython rejects that have no diagnostics");
    }
}
