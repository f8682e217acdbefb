using System.Globalization;
using System.Text;
using PythonAot.Compiler.Syntax.Tests.Infrastructure;

namespace PythonAot.Compiler.Semantics.Tests.Binding;

/// <summary>
/// Runs tools/cpython_symtable_dump.py once over many files and reads back, per file, CPython's symbol table dump
/// or its error (stage "parse" or "symtable", line, message).
/// </summary>
internal static class SymtableOracle
{
    private static string Script => Path.Combine(StdlibCorpus.RepositoryRoot, "tools", "cpython_symtable_dump.py");

    public static IReadOnlyList<SymtableResult> RunFiles(IReadOnlyList<string> files, string outDir)
    {
        Directory.CreateDirectory(outDir);
        Python.RunWithInput(string.Join('\n', files) + "\n", Script, "--out", outDir);
        var results = new SymtableResult[files.Count];
        for (var i = 0; i < files.Count; i++)
        {
            var text = File.ReadAllText(Path.Combine(outDir, i.ToString(CultureInfo.InvariantCulture) + ".txt"), Encoding.UTF8);
            results[i] = SymtableResult.Parse(text);
        }
        return results;
    }

    /// <summary>Runs the oracle over in-memory sources.</summary>
    public static IReadOnlyList<SymtableResult> RunSources(IReadOnlyList<string> sources)
    {
        var dir = Path.Combine(Path.GetTempPath(), "pyaot-symtable-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(dir);
        try
        {
            var files = new List<string>();
            for (var i = 0; i < sources.Count; i++)
            {
                var file = Path.Combine(dir, "example" + i.ToString(CultureInfo.InvariantCulture) + ".py");
                File.WriteAllText(file, sources[i], new UTF8Encoding(false));
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
