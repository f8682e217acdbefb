namespace PythonAot.Cli;

/// <summary>How <c>check</c> and <c>parse</c> print diagnostics.</summary>
internal enum DiagnosticFormat
{
    /// <summary><c>file:line:col: error PA0100: message</c>, then the source line and a caret under the span.</summary>
    Text,

    /// <summary><c>file(line,col): error PA0100: message</c>, the form MSBuild and Visual Studio pick up.</summary>
    MSBuild,

    /// <summary>A SARIF 2.1.0 log (JSON) with every diagnostic of every file.</summary>
    Sarif,
}
