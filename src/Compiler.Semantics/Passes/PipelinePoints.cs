namespace PythonAot.Compiler.Semantics.Passes;

/// <summary>
/// Stable names of points in the default pipeline where custom passes go (<see cref="PassPipeline.InsertAfter"/>
/// and <see cref="PassPipeline.InsertBefore"/> take them like pass names). They stay when built-in passes are
/// added, removed or reordered.
/// </summary>
public static class PipelinePoints
{
    /// <summary>Before every pass: the IR as lowered from the syntax, high-level nodes included.</summary>
    public const string Start = "start";

    /// <summary>After the lowering passes: no augmented assignment, comprehension, f-string, with or assert remains; before the optimizations.</summary>
    public const string AfterLowering = "after-lowering";

    /// <summary>After the optimizations, before runtime checks are placed: a pass here sees calls without check flags and its output gets them.</summary>
    public const string BeforeChecks = "before-checks";

    /// <summary>After every pass: the IR the backends receive.</summary>
    public const string End = "end";

    /// <summary>All points, in pipeline order.</summary>
    public static IReadOnlyList<string> All { get; } = [Start, AfterLowering, BeforeChecks, End];
}
