using System.Diagnostics;

namespace PythonAot.Compiler.Syntax.Tests.Infrastructure;

/// <summary>
/// The installed CPython standard library (Lib/test included) as a test corpus: the file list comes from the
/// oracle script, so it is exactly the set CPython's own tests dump.
/// </summary>
public static class StdlibCorpus
{
    private static readonly Lazy<IReadOnlyList<string>> s_files = new(LoadFiles);

    /// <summary>Every stdlib .py file, sorted.</summary>
    public static IReadOnlyList<string> Files => s_files.Value;

    /// <summary>The repository root (the folder holding PythonAot.sln).</summary>
    public static string RepositoryRoot { get; } = FindRepositoryRoot();

    private static string FindRepositoryRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "PythonAot.sln")))
            directory = directory.Parent;
        return directory?.FullName ?? throw new InvalidOperationException("PythonAot.sln not found above " + AppContext.BaseDirectory);
    }

    private static IReadOnlyList<string> LoadFiles()
    {
        var output = Python.Run(Path.Combine(RepositoryRoot, "tools", "cpython_ast_dump.py"), "--stdlib-list");
        var files = output.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (files.Length < 1000) throw new InvalidOperationException($"Only {files.Length} stdlib files found.");
        return files;
    }
}
