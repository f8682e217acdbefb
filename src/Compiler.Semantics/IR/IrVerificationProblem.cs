namespace PythonAot.Compiler.Semantics.IR;

/// <summary>One problem the verifier found.</summary>
/// <param name="Function">The instance name of the function where it is.</param>
/// <param name="Location">The source location of the offending node, if it has one.</param>
/// <param name="Message">What is wrong.</param>
public sealed record IrVerificationProblem(string Function, IrLocation? Location, string Message)
{
    /// <summary><c>square[int] (example.py:3:5): message</c>.</summary>
    public override string ToString() => Location is null ? $"{Function}: {Message}" : $"{Function} ({Location}): {Message}";
}
