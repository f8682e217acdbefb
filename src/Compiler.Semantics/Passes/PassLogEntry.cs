namespace PythonAot.Compiler.Semantics.Passes;

/// <summary>One pass that ran.</summary>
/// <param name="PassName">The pass.</param>
/// <param name="Elapsed">How long it took (verification excluded).</param>
/// <param name="Verified">Whether the verifier checked its output.</param>
public sealed record PassLogEntry(string PassName, TimeSpan Elapsed, bool Verified);
