using PythonAot.Compiler.Semantics.IR;

namespace PythonAot.Compiler.Semantics.Passes;

/// <summary>A message from a pass.</summary>
/// <param name="Severity">Info, warning or error.</param>
/// <param name="PassName">The pass that reported it.</param>
/// <param name="Location">Where, if known.</param>
/// <param name="Message">The text.</param>
public sealed record PassDiagnostic(PassDiagnosticSeverity Severity, string PassName, IrLocation? Location, string Message)
{
    /// <summary><c>error [lower-fstrings] example.py:3:5: message</c>.</summary>
    public override string ToString() => $"{Severity.ToString().ToLowerInvariant()} [{PassName}] " + (Location is null ? "" : $"{Location}: ") + Message;
}
