namespace PythonAot.Compiler.Emit;

/// <summary>One emitted source file: a path relative to the output folder and its text.</summary>
public sealed record EmittedFile(string RelativePath, string Content);
