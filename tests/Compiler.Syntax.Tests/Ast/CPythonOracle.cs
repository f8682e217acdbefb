using System.Diagnostics;
using System.Text;

namespace PythonAot.Compiler.Syntax.Tests.Ast;

/// <summary>
/// Runs CPython (python3 with tools/cpython_ast_dump.py) once for a whole batch of sources and reads back its
/// <c>ast.dump(ast.parse(src), include_attributes=True)</c> or its syntax error, per source.
/// </summary>
internal static class CPythonOracle
{
    /// <summary>The repository root (the folder that holds PythonAot.sln).</summary>
    public static string RepoRoot { get; } = FindRepoRoot();

    public static string DumpScript => Path.Combine(RepoRoot, "tools", "cpython_ast_dump.py");

    /// <summary>The sorted .py files of the installed CPython standard library.</summary>
    public static IReadOnlyList<string> StdlibFiles()
    {
        var output = RunPython($"\"{DumpScript}\" --stdlib-list", out _);
        return output.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
    }

    /// <summary>Runs the oracle over files (one process); result i is the text of DIR/i.txt.</summary>
    public static IReadOnlyList<OracleResult> RunFiles(IReadOnlyList<string> files, string outDir)
    {
        Directory.CreateDirectory(outDir);
        var listFile = Path.Combine(outDir, "files.lst");
        File.WriteAllLines(listFile, files);
        RunPython($"\"{DumpScript}\" --out \"{outDir}\" --list \"{listFile}\"", out var stderr);
        var results = new OracleResult[files.Count];
        for (var i = 0; i < files.Count; i++)
        {
            var path = Path.Combine(outDir, i.ToString(System.Globalization.CultureInfo.InvariantCulture) + ".txt");
            if (!File.Exists(path)) throw new InvalidOperationException($"oracle wrote no {path}; stderr: {stderr}");
            results[i] = OracleResult.Parse(File.ReadAllText(path, Encoding.UTF8));
        }
        return results;
    }

    /// <summary>Runs the oracle over in-memory sources (written to a temp folder first).</summary>
    public static IReadOnlyList<OracleResult> RunSources(IReadOnlyList<byte[]> sources)
    {
        var dir = Path.Combine(Path.GetTempPath(), "pyaot-oracle-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(dir);
        try
        {
            var files = new List<string>();
            for (var i = 0; i < sources.Count; i++)
            {
                var file = Path.Combine(dir, "src" + i.ToString(System.Globalization.CultureInfo.InvariantCulture) + ".py");
                File.WriteAllBytes(file, sources[i]);
                files.Add(file);
            }
            return RunFiles(files, Path.Combine(dir, "out"));
        }
        finally
        {
            try { Directory.Delete(dir, recursive: true); } catch (IOException) { }
        }
    }

    private static string RunPython(string arguments, out string stderr)
    {
        var info = new ProcessStartInfo("python3", arguments)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            StandardOutputEncoding = Encoding.UTF8,
        };
        using var process = Process.Start(info) ?? throw new InvalidOperationException("cannot start python3");
        var errTask = process.StandardError.ReadToEndAsync();
        var output = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        stderr = errTask.Result;
        if (process.ExitCode != 0) throw new InvalidOperationException($"python3 {arguments} failed ({process.ExitCode}): {stderr}");
        return output;
    }

    private static string FindRepoRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "PythonAot.sln"))) return dir.FullName;
        }
        throw new InvalidOperationException("PythonAot.sln not found above " + AppContext.BaseDirectory);
    }
}
