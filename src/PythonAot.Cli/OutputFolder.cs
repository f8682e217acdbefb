using PythonAot.Compiler.Native;

namespace PythonAot.Cli;

/// <summary>
/// Writes build results into a user's folder without ever replacing a file pyaot did not write: the folder keeps a
/// list of the files pyaot wrote (<c>.pyaot-outputs</c>), and only those may be overwritten.
/// </summary>
internal static class OutputFolder
{
    private const string ManifestName = ".pyaot-outputs";

    /// <summary>Copies the built binary and its companions (header, manifest) into <paramref name="folder"/>; returns the paths written.</summary>
    public static IReadOnlyList<string> CopyBuildOutputs(NativeCompileResult result, string folder)
    {
        var outputFolder = Path.GetDirectoryName(result.OutputPath!)!;
        var files = Directory.GetFiles(outputFolder).Order(StringComparer.Ordinal).ToList();
        return WriteFiles(folder, files.Select(f => (Path.GetFileName(f), (Action<string>)(target => File.Copy(f, target, overwrite: true)))).ToList());
    }

    /// <summary>Writes <paramref name="files"/> (name, writer) into <paramref name="folder"/> after checking that none would replace a foreign file.</summary>
    public static IReadOnlyList<string> WriteFiles(string folder, IReadOnlyList<(string Name, Action<string> Write)> files)
    {
        Directory.CreateDirectory(folder);
        var manifestPath = Path.Combine(folder, ManifestName);
        var ours = File.Exists(manifestPath) ? File.ReadAllLines(manifestPath).ToHashSet(StringComparer.Ordinal) : [];
        foreach (var (name, _) in files)
        {
            var target = Path.Combine(folder, name);
            if (Directory.Exists(target))
                throw new CliException($"refusing to write {target}: a folder of that name exists (choose another folder with -o)");
            if (File.Exists(target) && !ours.Contains(name))
                throw new CliException($"refusing to overwrite {target}: pyaot did not write it (remove it or choose another folder with -o)");
        }
        var written = new List<string>();
        foreach (var (name, write) in files)
        {
            var target = Path.Combine(folder, name);
            write(target);
            ours.Add(name);
            written.Add(target);
        }
        File.WriteAllLines(manifestPath, ours.Order(StringComparer.Ordinal));
        return written;
    }
}
