using System.Diagnostics;

namespace PythonAot.Compiler.Benchmarks;

/// <summary>
/// The corpus the parse benchmarks run over: the <see cref="FileCount"/> largest .py files of the installed CPython
/// standard library (Lib/test included, site-packages excluded, as tools/cpython_ast_dump.py --stdlib-list does),
/// so one benchmark run takes minutes and still covers real code. Set PYAOT_BENCH_STDLIB to use another folder.
/// The same list is computed in the host process (for the MB/s column) and in each benchmark process.
/// </summary>
public static class BenchmarkCorpus
{
    /// <summary>How many files: the largest ones.</summary>
    public const int FileCount = 50;

    private static readonly Lazy<IReadOnlyList<string>> s_files = new(FindFiles);

    /// <summary>The corpus files, largest first (ties by path).</summary>
    public static IReadOnlyList<string> Files => s_files.Value;

    /// <summary>Total size of the corpus in bytes.</summary>
    public static long TotalBytes => Files.Sum(f => new FileInfo(f).Length);

    /// <summary>Reads every corpus file.</summary>
    public static byte[][] ReadAll() => Files.Select(File.ReadAllBytes).ToArray();

    /// <summary>The standard library folder: PYAOT_BENCH_STDLIB, or python3's sysconfig stdlib path.</summary>
    public static string StdlibDirectory()
    {
        var overridden = Environment.GetEnvironmentVariable("PYAOT_BENCH_STDLIB");
        if (!string.IsNullOrEmpty(overridden)) return overridden;
        var info = new ProcessStartInfo("python3", ["-c", "import sysconfig; print(sysconfig.get_paths()['stdlib'])"])
        {
            RedirectStandardOutput = true,
            UseShellExecute = false,
        };
        using var process = Process.Start(info) ?? throw new InvalidOperationException("python3 could not be started; set PYAOT_BENCH_STDLIB");
        var output = process.StandardOutput.ReadToEnd().Trim();
        process.WaitForExit();
        if (process.ExitCode != 0 || !Directory.Exists(output))
            throw new InvalidOperationException("python3 did not report its stdlib folder; set PYAOT_BENCH_STDLIB");
        return output;
    }

    private static IReadOnlyList<string> FindFiles()
    {
        var root = StdlibDirectory();
        var files = new List<FileInfo>();
        var pending = new Stack<string>();
        pending.Push(root);
        while (pending.Count > 0)
        {
            var directory = pending.Pop();
            foreach (var sub in Directory.EnumerateDirectories(directory))
            {
                var name = Path.GetFileName(sub);
                if (name is "site-packages" or "dist-packages") continue;
                if (new DirectoryInfo(sub).LinkTarget is not null) continue;
                pending.Push(sub);
            }
            foreach (var file in Directory.EnumerateFiles(directory, "*.py"))
            {
                if (file.EndsWith(".py", StringComparison.Ordinal)) files.Add(new FileInfo(file));
            }
        }
        if (files.Count < FileCount) throw new InvalidOperationException($"only {files.Count} .py files under {root}");
        return files
            .OrderByDescending(f => f.Length)
            .ThenBy(f => f.FullName, StringComparer.Ordinal)
            .Take(FileCount)
            .Select(f => f.FullName)
            .ToArray();
    }
}
