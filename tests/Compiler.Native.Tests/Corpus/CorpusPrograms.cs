using PythonAot.Compiler.Native.Tests.Infrastructure;

namespace PythonAot.Compiler.Native.Tests.Corpus;

/// <summary>The programs of tests/corpus: the accepted ones at the top level (and in unsanitized/), the must-reject ones in reject/.</summary>
internal static class CorpusPrograms
{
    /// <summary>tests/corpus/*.py, sorted.</summary>
    public static IEnumerable<string> Accepted() =>
        Directory.GetFiles(RepositoryPaths.Corpus, "*.py").Order(StringComparer.Ordinal);

    /// <summary>
    /// tests/corpus/unsanitized/*.py, sorted: programs whose subject sanitizers take over (a stack overflow is
    /// AddressSanitizer's to report), so they run only in the optimized build.
    /// </summary>
    public static IEnumerable<string> UnsanitizedOnly()
    {
        var folder = Path.Combine(RepositoryPaths.Corpus, "unsanitized");
        return Directory.Exists(folder) ? Directory.GetFiles(folder, "*.py").Order(StringComparer.Ordinal) : [];
    }

    /// <summary>tests/corpus/reject/*.py, sorted (each starts with <c># expect: PAxxxx</c>).</summary>
    public static IEnumerable<string> Rejected()
    {
        var folder = Path.Combine(RepositoryPaths.Corpus, "reject");
        return Directory.Exists(folder) ? Directory.GetFiles(folder, "*.py").Order(StringComparer.Ordinal) : [];
    }
}
