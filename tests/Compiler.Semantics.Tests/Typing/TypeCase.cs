namespace PythonAot.Compiler.Semantics.Tests.Typing;

/// <summary>A snippet whose <c>[|marked|]</c> expressions must have the expected types, in order of their marks.</summary>
public sealed record TypeCase(string Name, string[] Expected, string Source)
{
    /// <inheritdoc/>
    public override string ToString() => Name;
}
