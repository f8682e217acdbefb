namespace PythonAot.Compiler.Native.Toolchains;

/// <summary>A C++ compiler found on this machine: its path, family and the first line of <c>--version</c>.</summary>
public sealed record CppCompiler(string Path, CppCompilerFamily Family, string VersionLine)
{
    /// <summary>The major version parsed from <see cref="VersionLine"/> (0 when it cannot be read).</summary>
    public int MajorVersion
    {
        get
        {
            var match = System.Text.RegularExpressions.Regex.Match(VersionLine, @"(\d+)\.\d+(\.\d+)?");
            return match.Success ? int.Parse(match.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture) : 0;
        }
    }

    /// <summary>Whether it can compile the runtime: C++20 with coroutines (g++ 11+, clang++ 14+).</summary>
    public bool IsSupported => Family == CppCompilerFamily.Gcc ? MajorVersion >= 11 : MajorVersion >= 14;
}
