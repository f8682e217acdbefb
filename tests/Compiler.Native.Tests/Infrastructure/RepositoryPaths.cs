namespace PythonAot.Compiler.Native.Tests.Infrastructure;

/// <summary>Paths in the repository checkout the tests run from.</summary>
internal static class RepositoryPaths
{
    /// <summary>The repository root (the folder holding PythonAot.sln).</summary>
    public static string Root { get; } = FindRoot();

    /// <summary>tests/corpus.</summary>
    public static string Corpus => Path.Combine(Root, "tests", "corpus");

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "PythonAot.sln"))) return dir.FullName;
        throw new InvalidOperationException("PythonAot.sln not found above " + AppContext.BaseDirectory);
    }
}
