using System.Security.Cryptography;
using System.Text;

namespace PythonAot.Compiler.Native.Building;

/// <summary>
/// The content-hash build cache. A build's key hashes everything its output depends on (emitted sources, runtime
/// sources, compiler identity, flags); its folder <c>builds/&lt;key&gt;</c> holds the sources it compiled and the
/// output. A folder appears only complete (built elsewhere, then renamed), so parallel builds of the same key are safe.
/// </summary>
public sealed class BuildCache
{
    /// <summary>Creates a cache rooted at <paramref name="root"/> (null: <see cref="DefaultRoot"/>).</summary>
    public BuildCache(string? root = null) => Root = Path.GetFullPath(root ?? DefaultRoot);

    /// <summary><c>$PYAOT_CACHE_DIR</c>, else <c>$XDG_CACHE_HOME/pyaot</c>, else <c>~/.cache/pyaot</c>.</summary>
    public static string DefaultRoot
    {
        get
        {
            var explicitRoot = Environment.GetEnvironmentVariable("PYAOT_CACHE_DIR");
            if (!string.IsNullOrEmpty(explicitRoot)) return explicitRoot;
            var xdg = Environment.GetEnvironmentVariable("XDG_CACHE_HOME");
            var home = Environment.GetFolderPath(Environment.SpecialFolder.UserProfile);
            return Path.Combine(string.IsNullOrEmpty(xdg) ? Path.Combine(home, ".cache") : xdg, "pyaot");
        }
    }

    /// <summary>The cache folder.</summary>
    public string Root { get; }

    /// <summary>A hex SHA-256 over <paramref name="parts"/>, each length-prefixed so that no two lists collide.</summary>
    public static string Key(IEnumerable<string> parts)
    {
        using var sha = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        foreach (var part in parts)
        {
            var bytes = Encoding.UTF8.GetBytes(part);
            sha.AppendData(BitConverter.GetBytes(bytes.Length));
            sha.AppendData(bytes);
        }
        return Convert.ToHexStringLower(sha.GetHashAndReset());
    }

    /// <summary>The folder of the build with <paramref name="key"/> (it exists only once that build completed).</summary>
    public string BuildFolder(string key) => Path.Combine(Root, "builds", key[..32]);

    /// <summary>A fresh private folder next to the builds, renamed into place by <see cref="Publish"/>.</summary>
    public string CreateStagingFolder()
    {
        var folder = Path.Combine(Root, "builds", "tmp-" + Environment.ProcessId + "-" + Guid.NewGuid().ToString("N")[..12]);
        Directory.CreateDirectory(folder);
        return folder;
    }

    /// <summary>Moves a completed staging folder to its key's place; when another build got there first, keeps that one.</summary>
    public string Publish(string staging, string key)
    {
        var target = BuildFolder(key);
        try
        {
            Directory.Move(staging, target);
        }
        catch (IOException) when (Directory.Exists(target))
        {
            Directory.Delete(staging, recursive: true);
        }
        return target;
    }
}
