namespace PythonAot.Cli;

/// <summary>Expands the PATH arguments of a command into the Python files to read.</summary>
internal static class SourceFiles
{
    private static readonly EnumerationOptions s_recursive = new()
    {
        RecurseSubdirectories = true,
        IgnoreInaccessible = true,
        MatchCasing = MatchCasing.CaseSensitive,
        AttributesToSkip = 0,
        ReturnSpecialDirectories = false,
    };

    /// <summary>
    /// A file argument stands for itself, whatever its extension; a folder stands for every <c>.py</c> file under it,
    /// recursively, in ordinal order of their paths. Arguments keep their order; a file named twice is read once.
    /// Throws <see cref="CliException"/> for a path that does not exist.
    /// </summary>
    public static IReadOnlyList<string> Collect(IEnumerable<string> paths)
    {
        var result = new List<string>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var path in paths)
        {
            if (File.Exists(path))
            {
                if (seen.Add(Path.GetFullPath(path))) result.Add(path);
            }
            else if (Directory.Exists(path))
            {
                var files = Directory.EnumerateFiles(path, "*.py", s_recursive)
                    .Where(f => f.EndsWith(".py", StringComparison.Ordinal))
                    .ToList();
                files.Sort(StringComparer.Ordinal);
                foreach (var file in files)
                {
                    if (seen.Add(Path.GetFullPath(file))) result.Add(file);
                }
            }
            else
            {
                throw new CliException($"no such file or directory: '{path}'");
            }
        }
        return result;
    }

    /// <summary>Throws <see cref="CliException"/> unless <paramref name="path"/> is an existing file.</summary>
    public static void RequireFile(string path, string command)
    {
        if (File.Exists(path)) return;
        throw new CliException(Directory.Exists(path)
            ? $"'{path}' is a folder; {command} takes one file"
            : $"no such file: '{path}'");
    }

    /// <summary>Reads a file, turning I/O failures into a <see cref="CliException"/>.</summary>
    public static byte[] ReadAllBytes(string path)
    {
        try
        {
            return File.ReadAllBytes(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new CliException($"cannot read '{path}': {e.Message}");
        }
    }
}
