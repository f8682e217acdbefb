namespace PythonAot.Compiler.Syntax;

/// <summary>Immutable options of a parse.</summary>
public sealed class PythonParseOptions
{
    /// <summary>Python 3.11.</summary>
    public static PythonParseOptions Default { get; } = new(PythonLanguageVersion.Python311);

    /// <summary>Creates options for a language version.</summary>
    public PythonParseOptions(PythonLanguageVersion languageVersion = PythonLanguageVersion.Python311)
    {
        LanguageVersion = languageVersion;
    }

    /// <summary>The grammar version the parser accepts.</summary>
    public PythonLanguageVersion LanguageVersion { get; }

    /// <summary>A copy with another language version.</summary>
    public PythonParseOptions WithLanguageVersion(PythonLanguageVersion version) =>
        version == LanguageVersion ? this : new PythonParseOptions(version);
}
