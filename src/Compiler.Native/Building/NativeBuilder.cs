using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using PythonAot.Compiler.Emit;
using OutputKind = PythonAot.Compiler.Emit.OutputKind;
using PythonAot.Compiler.Native.Toolchains;

namespace PythonAot.Compiler.Native.Building;

/// <summary>
/// Builds emitted C++ into an executable or a shared library through the content-hash cache. The runtime headers
/// are extracted from this assembly; with g++ the runtime is precompiled once per flag set (a precompiled header in
/// the cache), which removes most of each program's compile time.
/// </summary>
public sealed class NativeBuilder
{
    private readonly CppCompiler? _compiler;
    private readonly BuildCache _cache;

    /// <summary>Creates a builder using <paramref name="compiler"/> (null: <see cref="ToolchainLocator.FindCppCompiler"/>).</summary>
    public NativeBuilder(CppCompiler? compiler = null, string? cacheRoot = null)
    {
        _compiler = compiler ?? ToolchainLocator.FindCppCompiler();
        _cache = new BuildCache(cacheRoot);
    }

    /// <summary>The compiler used, or null when none was found.</summary>
    public CppCompiler? Compiler => _compiler;

    /// <summary>The cache.</summary>
    public BuildCache Cache => _cache;

    /// <summary>
    /// Builds <paramref name="files"/> (the C++ emitter's output: <c>.cpp</c> sources plus, for a shared library, its
    /// header and manifest, which are copied beside the library) for module <paramref name="moduleName"/>.
    /// </summary>
    public NativeBuildResult Build(IReadOnlyList<EmittedFile> files, string moduleName, NativeBuildOptions options)
    {
        if (_compiler is null || !_compiler.IsSupported)
        {
            var found = _compiler is null ? "none of PYAOT_CXX, CXX, g++, clang++ on the PATH" : _compiler.VersionLine + " is too old";
            return Failure(Diagnostic.Create(NativeDiagnosticDescriptors.NoCppCompiler, Location.None, found, ToolchainLocator.CppInstallCommand), "");
        }

        var runtimeInclude = RuntimeSources.Extract(_cache.Root, "cpp");
        var flags = Flags(options);
        var outputName = options.Kind == OutputKind.SharedLibrary ? "lib" + moduleName + ".so" : moduleName;
        var key = BuildCache.Key([
            "v1", RuntimeSources.ContentHash, _compiler.Path, _compiler.VersionLine, string.Join(' ', flags), outputName,
            .. files.SelectMany(f => new[] { f.RelativePath, f.Content }),
        ]);
        var folder = _cache.BuildFolder(key);
        var cachedOutput = Path.Combine(folder, "out", outputName);
        if (File.Exists(cachedOutput)) return new NativeBuildResult(cachedOutput, true, [], folder);

        var staging = _cache.CreateStagingFolder();
        var sources = new List<string>();
        foreach (var file in files)
        {
            var path = Path.Combine(staging, "src", file.RelativePath);
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllText(path, file.Content);
            if (path.EndsWith(".cpp", StringComparison.Ordinal)) sources.Add(path);
            else File.Copy(path, Path.Combine(Directory.CreateDirectory(Path.Combine(staging, "out")).FullName, Path.GetFileName(path)), overwrite: true);
        }
        Directory.CreateDirectory(Path.Combine(staging, "out"));

        var arguments = new List<string>(flags);
        var pchFolder = PrecompiledRuntime(runtimeInclude, flags);
        if (pchFolder is not null) arguments.AddRange(["-I", pchFolder]);
        arguments.AddRange(["-I", runtimeInclude]);
        arguments.AddRange(sources);
        arguments.AddRange(["-o", Path.Combine(staging, "out", outputName)]);
        var result = ProcessRunner.Run(_compiler.Path, arguments, workingDirectory: staging);
        if (result.ExitCode != 0)
        {
            // Keep the failed sources for the bug report: move them to a stable place named after the key.
            var kept = Path.Combine(_cache.Root, "failed", key[..32]);
            if (Directory.Exists(kept)) Directory.Delete(kept, recursive: true);
            Directory.CreateDirectory(Path.GetDirectoryName(kept)!);
            Directory.Move(staging, kept);
            File.WriteAllText(Path.Combine(kept, "compiler-output.txt"), _compiler.Path + " " + string.Join(' ', arguments) + "\n\n" + result.StandardError);
            var firstError = result.StandardError.Split('\n').FirstOrDefault(l => l.Contains("error", StringComparison.Ordinal))?.Trim() ?? result.StandardError.Trim();
            return Failure(Diagnostic.Create(NativeDiagnosticDescriptors.CppCompilerFailed, Location.None, kept, firstError), kept);
        }
        File.WriteAllText(Path.Combine(staging, "build-command.txt"), _compiler.Path + " " + string.Join(' ', arguments) + "\n");
        folder = _cache.Publish(staging, key);
        return new NativeBuildResult(Path.Combine(folder, "out", outputName), false, [], folder);
    }

    /// <summary>The compiler flags for <paramref name="options"/>, without include paths, sources or output.</summary>
    public static IReadOnlyList<string> Flags(NativeBuildOptions options)
    {
        // Type-based alias analysis stays on (no -fno-strict-aliasing): the runtime accesses every object through its
        // own type (bytes through char), and the analysis is what lets the optimizer keep a list's element pointer
        // and a float in registers across stores of the other type (spectral_norm 25% faster, fannkuch 14%: task-clock
        // of `perf stat -r 5` on their emitted code built with and without the flag, g++ 12).
        var flags = new List<string> { "-std=c++20" };
        if (options.Sanitize) flags.AddRange(["-O0", "-g", "-fsanitize=address,undefined", "-fno-omit-frame-pointer", "-fno-sanitize-recover=all"]);
        else if (options.Debug) flags.AddRange(["-O0", "-g"]);
        else flags.AddRange(["-O2", "-s"]);
        // A shared library exports its ABI functions (marked PYAOT_ABI_EXPORT) and nothing else: the runtime's
        // statics (interned strs, free lists) stay private to it even when a host loads two PythonAot libraries.
        if (options.Kind == OutputKind.SharedLibrary) flags.AddRange(["-shared", "-fPIC", "-fvisibility=hidden"]);
        // The C++ standard library is linked in, so a binary runs on a machine whatever its libstdc++ (no
        // "GLIBCXX_3.4.30 not found"), and an executable starts in about half the time (no symbol binding against
        // libstdc++.so: 0.7 ms instead of 1.2 ms for a small program). A shared library keeps those symbols to
        // itself, so it cannot clash with the host's own libstdc++. Sanitized builds keep the shared runtime the
        // sanitizers expect.
        if (!options.Sanitize)
        {
            flags.AddRange(StaticRuntimeLinkFlags);
            if (options.Kind == OutputKind.SharedLibrary) flags.Add("-Wl,--exclude-libs,ALL");
        }
        return flags;
    }

    /// <summary>
    /// With g++: the folder holding <c>pyaot/runtime.hpp.gch</c> for these flags, building it first when the cache
    /// has none; g++ uses it in place of the header when its folder comes first on the include path. Null for
    /// other compilers or when precompiling fails (the build then just parses the headers).
    /// </summary>
    private string? PrecompiledRuntime(string runtimeInclude, IReadOnlyList<string> flags)
    {
        if (_compiler!.Family != CppCompilerFamily.Gcc) return null;
        // A precompiled header is only valid for the flags it was built with; the link-only flags do not change it.
        var compileFlags = flags.Where(f => !IsLinkOnly(f)).ToList();
        var key = BuildCache.Key(["pch-v1", RuntimeSources.ContentHash, _compiler.Path, _compiler.VersionLine, .. compileFlags]);
        var folder = Path.Combine(_cache.Root, "pch", key[..32]);
        if (File.Exists(Path.Combine(folder, "pyaot", "runtime.hpp.gch"))) return folder;

        var staging = folder + ".tmp-" + Environment.ProcessId + "-" + Guid.NewGuid().ToString("N")[..8];
        Directory.CreateDirectory(Path.Combine(staging, "pyaot"));
        var arguments = new List<string>(compileFlags) { "-x", "c++-header", "-I", runtimeInclude, Path.Combine(runtimeInclude, "pyaot", "runtime.hpp"), "-o", Path.Combine(staging, "pyaot", "runtime.hpp.gch") };
        var result = ProcessRunner.Run(_compiler.Path, arguments);
        if (result.ExitCode != 0)
        {
            Directory.Delete(staging, recursive: true);
            return null;
        }
        try
        {
            Directory.Move(staging, folder);
        }
        catch (IOException) when (Directory.Exists(folder))
        {
            Directory.Delete(staging, recursive: true);
        }
        return folder;
    }

    private static readonly string[] StaticRuntimeLinkFlags = ["-static-libstdc++", "-static-libgcc"];

    private static bool IsLinkOnly(string flag) =>
        flag is "-shared" or "-s" || StaticRuntimeLinkFlags.Contains(flag) || flag.StartsWith("-Wl,", StringComparison.Ordinal);

    private static NativeBuildResult Failure(Diagnostic diagnostic, string folder) => new(null, false, ImmutableArray.Create(diagnostic), folder);
}
