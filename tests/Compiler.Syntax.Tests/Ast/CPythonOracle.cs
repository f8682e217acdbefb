using PythonAot.Compiler.Syntax.Tests.Infrastructure;
using System.Text;

namespace PythonAot.Compiler.Syntax.Tests.Ast;

/// <summary>
/// Runs CPython (python3 with tools/cpython_ast_dump.py) once for a whole batch of sources and reads back its
/// <c>ast.dump(ast.parse(src), include_attributes=True)</c> or its syntax error, per source.
/// </summary>
internal static class CPythonOracle
{
    private static string DumpScript => Path.Combine(StdlibCorpus.RepositoryRoot, "tools", "cpython_ast_dump.py");

    /// <summary>Runs the oracle over files (one process); result i is the text of DIR/i.txt.</summary>
    public static IReadOnlyList<OracleResult> RunFiles(IReadOnlyList<string> files, string outDir)
    {
        Directory.CreateDirectory(outDir);
        var listFile = Path.Combine(outDir, "files.lst");
        File.WriteAllLines(listFile, files);
        Python.Run(DumpScript, "--out", outDir, "--list", listFile);
        var results = new OracleResult[files.Count];
        for (var i = 0; i < files.Count; i++)
        {
            var path = Path.Combine(outDir, i.ToString(System.Globalization.CultureInfo.InvariantCulture) + ".txt");
            if (!File.Exists(path)) throw new InvalidOperationException($"the oracle wrote no {path}");
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
}
