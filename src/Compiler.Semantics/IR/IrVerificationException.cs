namespace PythonAot.Compiler.Semantics.IR;

/// <summary>Thrown by <see cref="IrVerifier.Verify"/> with every problem found: an internal error of the compiler (a pass or the lowering broke an invariant).</summary>
public sealed class IrVerificationException : Exception
{
    /// <summary>Creates the exception for <paramref name="problems"/>, after <paramref name="stage"/> (a pass name) when known.</summary>
    public IrVerificationException(IReadOnlyList<IrVerificationProblem> problems, string? stage = null)
        : base((stage is null ? "invalid IR" : $"invalid IR after {stage}") + ":\n  " + string.Join("\n  ", problems))
    {
        Problems = problems;
        Stage = stage;
    }

    /// <summary>The problems.</summary>
    public IReadOnlyList<IrVerificationProblem> Problems { get; }

    /// <summary>The pass after which verification failed, if known.</summary>
    public string? Stage { get; }
}
