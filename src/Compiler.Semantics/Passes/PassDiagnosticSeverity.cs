namespace PythonAot.Compiler.Semantics.Passes;

/// <summary>How serious a <see cref="PassDiagnostic"/> is.</summary>
public enum PassDiagnosticSeverity
{
    /// <summary>Information (an optimization report).</summary>
    Info,
    /// <summary>A warning: the program compiles.</summary>
    Warning,
    /// <summary>An error: the pass could not do its work (missing overload in the op library).</summary>
    Error,
}
