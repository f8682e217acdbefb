namespace PythonAot.Compiler.Emit;

/// <summary>What a build produces.</summary>
public enum OutputKind
{
    /// <summary>An executable that runs the module as <c>python3 FILE</c> would.</summary>
    Executable,
    /// <summary>A shared library exporting functions through the C ABI, with a C header and a JSON manifest.</summary>
    SharedLibrary,
}
