namespace PythonAot.Compiler.Semantics.Passes;

/// <summary>
/// Says where a custom pass goes when it is loaded from an assembly (<c>pyaot ir --pass-assembly</c>,
/// <see cref="PassAssemblyLoader"/>): after (or before) the pass or pipeline point named <see cref="Anchor"/>.
/// </summary>
[AttributeUsage(AttributeTargets.Class, AllowMultiple = false, Inherited = false)]
public sealed class PipelineInsertionAttribute(string anchor) : Attribute
{
    /// <summary>A pass name or one of <see cref="PipelinePoints"/>.</summary>
    public string Anchor { get; } = anchor;

    /// <summary>Insert before the anchor instead of after it.</summary>
    public bool Before { get; init; }
}
