using System.Reflection;
using System.Security.Cryptography;
using System.Text;

namespace PythonAot.Compiler.Native;

/// <summary>
/// The runtime sources embedded in this assembly (the header-only C++ runtime under <c>cpp/</c>). They are
/// extracted next to the build cache, one folder per content hash, so a changed runtime never mixes with an old one
/// and an unchanged one is written once.
/// </summary>
public static class RuntimeSources
{
    private const string ResourcePrefix = "runtime/";
    private static readonly Lazy<IReadOnlyList<KeyValuePair<string, string>>> s_files = new(LoadFiles);
    private static readonly Lazy<string> s_hash = new(ComputeHash);

    /// <summary>Every runtime file as (path relative to the runtime root with '/' separators, text), sorted by path.</summary>
    public static IReadOnlyList<KeyValuePair<string, string>> Files => s_files.Value;

    /// <summary>A SHA-256 over every path and text (hex, lower case): part of every build's cache key.</summary>
    public static string ContentHash => s_hash.Value;

    /// <summary>
    /// Writes the runtime files for <paramref name="language"/> (<c>cpp</c>) under <paramref name="root"/>/&lt;hash&gt;/
    /// unless they are there already, and returns the folder to put on the include path.
    /// </summary>
    public static string Extract(string root, string language)
    {
        var folder = Path.Combine(root, "runtime-" + ContentHash[..16]);
        var marker = Path.Combine(folder, ".complete");
        if (!File.Exists(marker))
        {
            // Extract into a private folder and rename it into place: concurrent builds (parallel tests) never see
            // a half-written runtime.
            var staging = folder + ".tmp-" + Environment.ProcessId + "-" + Guid.NewGuid().ToString("N")[..8];
            foreach (var (path, text) in Files)
            {
                var target = Path.Combine(staging, path.Replace('/', Path.DirectorySeparatorChar));
                Directory.CreateDirectory(Path.GetDirectoryName(target)!);
                File.WriteAllText(target, text);
            }
            File.WriteAllText(Path.Combine(staging, ".complete"), ContentHash);
            try
            {
                Directory.Move(staging, folder);
            }
            catch (IOException) when (File.Exists(marker))
            {
                Directory.Delete(staging, recursive: true); // another process won the race with identical files
            }
        }
        return Path.Combine(folder, language);
    }

    private static IReadOnlyList<KeyValuePair<string, string>> LoadFiles()
    {
        var assembly = typeof(RuntimeSources).Assembly;
        var files = new List<KeyValuePair<string, string>>();
        foreach (var name in assembly.GetManifestResourceNames().Where(n => n.StartsWith(ResourcePrefix, StringComparison.Ordinal)).Order(StringComparer.Ordinal))
        {
            using var stream = assembly.GetManifestResourceStream(name)!;
            using var reader = new StreamReader(stream, Encoding.UTF8);
            // MSBuild writes RecursiveDir with the platform's separator; the cache layout always uses '/'.
            files.Add(new(name[ResourcePrefix.Length..].Replace('\\', '/'), reader.ReadToEnd()));
        }
        if (files.Count == 0) throw new InvalidOperationException($"{assembly.GetName().Name} has no embedded runtime sources");
        return files;
    }

    private static string ComputeHash()
    {
        using var sha = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        foreach (var (path, text) in Files)
        {
            sha.AppendData(Encoding.UTF8.GetBytes(path + "\0" + text + "\0"));
        }
        return Convert.ToHexStringLower(sha.GetHashAndReset());
    }
}
