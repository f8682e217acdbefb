using System.CommandLine;
using PythonAot.Compiler.Syntax;

namespace PythonAot.Cli;

/// <summary>Options several commands share.</summary>
internal static class CommonOptions
{
    /// <summary><c>--language-version 3.11|3.12</c> (default 3.11, the version CPython's oracle runs).</summary>
    public static Option<string> CreateLanguageVersion()
    {
        var option = new Option<string>("--language-version")
        {
            Description = "The Python grammar to accept: 3.11 (default) or 3.12 (adds `type X = ...` and generic parameter lists).",
            DefaultValueFactory = _ => "3.11",
            HelpName = "3.11|3.12",
        };
        option.AcceptOnlyFromAmong("3.11", "3.12");
        return option;
    }

    /// <summary>The parse options a <c>--language-version</c> value stands for.</summary>
    public static PythonParseOptions ToParseOptions(string? languageVersion) => languageVersion switch
    {
        null or "3.11" => PythonParseOptions.Default,
        "3.12" => new PythonParseOptions(PythonLanguageVersion.Python312),
        _ => throw new CliException($"unknown language version '{languageVersion}' (expected 3.11 or 3.12)"),
    };
}
