using Microsoft.CodeAnalysis;

namespace PythonAot.Compiler.Syntax.Errors;

/// <summary>
/// Every syntax diagnostic (ids PA0001–PA0999). Messages follow CPython 3.11's wording; each id has a page
/// in docs/diagnostics.md. PA0001–PA0049: lexical errors; PA0050–PA0099: encoding; PA0100 and up: grammar.
/// Message formats go through string.Format, so literal braces are doubled.
/// </summary>
public static class SyntaxDiagnosticDescriptors
{
    private const string Category = "Syntax";

    private static DiagnosticDescriptor Error(string id, string title, string format) =>
        new(id, title, format, Category, DiagnosticSeverity.Error, isEnabledByDefault: true, helpLinkUri: "docs/diagnostics.md#" + id.ToLowerInvariant());

    /// <summary>PA0100: the generic "invalid syntax" (CPython's fallback message).</summary>
    public static readonly DiagnosticDescriptor InvalidSyntax = Error("PA0100", "Invalid syntax", "invalid syntax");

    /// <summary>PA0101: a specific CPython syntax error message, passed as the argument.</summary>
    public static readonly DiagnosticDescriptor SyntaxErrorMessage = Error("PA0101", "Syntax error", "{0}");

    /// <summary>PA0102: a token the grammar requires at this point is missing ("expected ':'").</summary>
    public static readonly DiagnosticDescriptor ExpectedToken = Error("PA0102", "Expected token", "expected '{0}'");

    /// <summary>PA0050: the source bytes could not be decoded (PEP 263 / UTF-8).</summary>
    public static readonly DiagnosticDescriptor EncodingError = Error("PA0050", "Source encoding error", "{0}");
}
