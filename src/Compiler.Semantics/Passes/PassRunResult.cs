namespace PythonAot.Compiler.Semantics.Passes;

/// <summary>What <see cref="PassManager.Run"/> did.</summary>
/// <param name="Log">The passes that ran, in order (points excluded).</param>
/// <param name="Diagnostics">What the passes reported.</param>
/// <param name="StoppedAfter">The pass or point the run stopped after, when <see cref="PassRunOptions.StopAfter"/> was given.</param>
public sealed record PassRunResult(IReadOnlyList<PassLogEntry> Log, IReadOnlyList<PassDiagnostic> Diagnostics, string? StoppedAfter);
