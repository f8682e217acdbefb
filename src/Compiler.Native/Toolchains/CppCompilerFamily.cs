namespace PythonAot.Compiler.Native.Toolchains;

/// <summary>The C++ compiler families the builder knows the flags of.</summary>
public enum CppCompilerFamily
{
    /// <summary>GNU g++.</summary>
    Gcc,
    /// <summary>LLVM clang++.</summary>
    Clang,
}
