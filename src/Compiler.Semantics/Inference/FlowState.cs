namespace PythonAot.Compiler.Semantics.Inference;

/// <summary>The state after a statement: the narrowings that hold, or unreachable (after return, raise, break, continue).</summary>
internal readonly record struct FlowState(NarrowingState Narrowing, bool Unreachable)
{
    public static FlowState Start { get; } = new(NarrowingState.Empty, false);

    public static FlowState Dead { get; } = new(NarrowingState.Empty, true);

    public static FlowState Join(FlowState a, FlowState b) =>
        a.Unreachable ? b : b.Unreachable ? a : new FlowState(NarrowingState.Join(a.Narrowing, b.Narrowing), false);
}
