namespace PythonAot.Compiler.Syntax.InternalSyntax;

[Flags]
internal enum GreenNodeFlags : byte
{
    None = 0,
    IsMissing = 1,
    ContainsDiagnostics = 2,
    ContainsSkippedText = 4,

    /// <summary>The flags a parent takes over from its children.</summary>
    InheritedMask = ContainsDiagnostics | ContainsSkippedText,
}
