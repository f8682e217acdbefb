namespace PythonAot.Compiler.Emit.Abi;

/// <summary>
/// The C ABI of one module's shared library: the symbol prefix, the exports and the free functions. The C header
/// (<see cref="CHeaderWriter"/>), the JSON manifest (<see cref="AbiManifestWriter"/>) and every backend's wrappers are
/// generated from this one description.
/// </summary>
public sealed class AbiLibrary
{
    /// <summary>The current manifest format version.</summary>
    public const int FormatVersion = 1;

    /// <summary>Creates a library description.</summary>
    public AbiLibrary(string moduleName, IReadOnlyList<AbiExport> exports)
    {
        ModuleName = moduleName;
        Prefix = AbiNames.SymbolPrefix(moduleName);
        Exports = exports;
    }

    /// <summary>The Python module name.</summary>
    public string ModuleName { get; }

    /// <summary>The prefix of every symbol (the module name as a C identifier).</summary>
    public string Prefix { get; }

    /// <summary>The library file name on this platform (<c>libprompt_builder.so</c>).</summary>
    public string LibraryFileName => AbiNames.LibraryFileName(ModuleName);

    /// <summary>The header file name (<c>prompt_builder.h</c>).</summary>
    public string HeaderFileName => ModuleName + ".h";

    /// <summary>The manifest file name (<c>prompt_builder.json</c>).</summary>
    public string ManifestFileName => ModuleName + ".json";

    /// <summary>The exports, in source order.</summary>
    public IReadOnlyList<AbiExport> Exports { get; }

    /// <summary><c>void &lt;prefix&gt;_free_error(pyaot_error* error)</c>: frees the type and message of an error and zeroes it.</summary>
    public string FreeErrorSymbol => Prefix + "_free_error";

    /// <summary>
    /// Every free function: (symbol, the struct it frees) — <c>_free_error</c>, then one per result type that owns
    /// memory (<c>_free_str</c>, <c>_free_str_list</c>, <c>_free_int64_list</c>, <c>_free_float64_list</c>,
    /// <c>_free_float64_matrix</c>). Every library has all of them, whatever its exports return, so a host can bind
    /// them without looking at the exports.
    /// </summary>
    public IReadOnlyList<(string Symbol, string CStruct)> FreeFunctions =>
        [(FreeErrorSymbol, AbiNames.ErrorStruct), .. AbiType.All.Where(t => t.ResultNeedsFree).Select(t => (FreeSymbol(t), t.ResultCType!))];

    /// <summary>The free function of a result of <paramref name="type"/>, or null when nothing is freed.</summary>
    public string? FreeSymbolOrNull(AbiType type) => type.FreeSuffix is { } suffix ? Prefix + "_free_" + suffix : null;

    private string FreeSymbol(AbiType type) => FreeSymbolOrNull(type)!;
}
