namespace PythonAot.Compiler.Semantics.Passes;

/// <summary>
/// An ordered list of passes and named points (<see cref="PipelinePoints"/>). Custom passes go before or after a
/// pass or a point by name; several passes inserted after the same entry run in the order they were inserted.
/// </summary>
public sealed class PassPipeline
{
    private readonly List<IIrPass> _entries = [];
    // For InsertAfter: the last entry inserted after each anchor, so a second insertion goes after the first.
    private readonly Dictionary<string, IIrPass> _lastInsertedAfter = [];

    /// <summary>Creates a pipeline with only the four points (start, after-lowering, before-checks, end).</summary>
    public PassPipeline()
    {
        foreach (var point in PipelinePoints.All) _entries.Add(new PipelinePoint(point));
    }

    /// <summary>
    /// The default pipeline. The order matters; each line says why the pass sits where it does.
    /// </summary>
    public static PassPipeline CreateDefault()
    {
        var pipeline = new PassPipeline();
        // Lowering: remove the high-level node kinds, so every later pass and every backend sees fewer kinds.
        //   lower-augmented-assignment first: it only makes a call of the overload type propagation chose, and
        //   leaves plain assignments that folding and the checks understand.
        pipeline.InsertBefore(PipelinePoints.AfterLowering, new LowerAugmentedAssignmentPass());
        //   lower-comprehensions before lower-fstrings: it may lift a generator expression into a new function,
        //   and the f-strings inside it must be lowered there too (function passes visit the functions that exist
        //   when they start).
        pipeline.InsertBefore(PipelinePoints.AfterLowering, new LowerComprehensionsPass());
        //   lower-fstrings: format calls and a join; after comprehensions (above), before folding (its constant
        //   literal parts become constant arguments).
        pipeline.InsertBefore(PipelinePoints.AfterLowering, new LowerFormattedStringsPass());
        //   lower-with: try/finally around the protocol calls; after the expression lowerings, which do not
        //   look into statements' structure, before dead code elimination, which must see the finally block.
        pipeline.InsertBefore(PipelinePoints.AfterLowering, new LowerWithPass());
        //   lower-asserts last of the lowerings: an if and a raise, which folding and dead code elimination then
        //   remove when the condition is a constant True.
        pipeline.InsertBefore(PipelinePoints.AfterLowering, new LowerAssertsPass());
        // Optimizations, on lowered IR.
        //   constant-folding first: it turns conditions into constants for dead code elimination.
        pipeline.InsertBefore(PipelinePoints.BeforeChecks, new ConstantFoldingPass());
        //   dead-code-elimination after folding: constant conditions decide branches; before the checks, so no
        //   check is placed in code that is removed.
        pipeline.InsertBefore(PipelinePoints.BeforeChecks, new DeadCodeEliminationPass());
        // Checks last: they mark calls in the final shape of the code (a later rewrite could drop or duplicate
        // the flags), and they can use facts the optimizations established (constant operands).
        pipeline.InsertBefore(PipelinePoints.End, new PlaceOverflowChecksPass());
        //   version-overflow-checks right after: it copies a function whose overflow checks are placed and clears in
        //   the copy those its parameter test makes needless; the bounds checks, placed next, are placed in both
        //   copies alike, and version-bounds-checks may then version loops of either.
        pipeline.InsertBefore(PipelinePoints.End, new VersionOverflowChecksPass());
        pipeline.InsertBefore(PipelinePoints.End, new PlaceBoundsChecksPass());
        //   version-bounds-checks after the checks: it duplicates a loop whose checks are placed and clears the
        //   bounds checks the length test it adds makes needless in one copy; no pass after it changes flags.
        pipeline.InsertBefore(PipelinePoints.End, new VersionBoundsChecksPass());
        return pipeline;
    }

    /// <summary>Every entry, passes and points, in order.</summary>
    public IReadOnlyList<IIrPass> Entries => _entries;

    /// <summary>The passes in order, without the points.</summary>
    public IEnumerable<IIrPass> Passes => _entries.Where(e => e is not PipelinePoint);

    /// <summary>Whether a pass or point of that name is in the pipeline.</summary>
    public bool Contains(string name) => IndexOf(name) >= 0;

    private int IndexOf(string name) => _entries.FindIndex(e => e.Name == name);

    private int RequireIndex(string name)
    {
        var index = IndexOf(name);
        if (index < 0) throw new ArgumentException($"the pipeline has no pass or point named '{name}' (it has: {string.Join(", ", _entries.Select(e => e.Name))})", nameof(name));
        return index;
    }

    private void CheckNew(IIrPass pass)
    {
        if (Contains(pass.Name)) throw new ArgumentException($"the pipeline already has a pass named '{pass.Name}'", nameof(pass));
    }

    /// <summary>Adds a pass at the end (just before the <see cref="PipelinePoints.End"/> point).</summary>
    public PassPipeline Add(IIrPass pass) => InsertBefore(PipelinePoints.End, pass);

    /// <summary>Inserts a pass just before the pass or point named <paramref name="name"/>.</summary>
    public PassPipeline InsertBefore(string name, IIrPass pass)
    {
        CheckNew(pass);
        _entries.Insert(RequireIndex(name), pass);
        return this;
    }

    /// <summary>Inserts a pass after the pass or point named <paramref name="name"/> (after earlier insertions there).</summary>
    public PassPipeline InsertAfter(string name, IIrPass pass)
    {
        CheckNew(pass);
        var anchor = RequireIndex(name);
        if (_lastInsertedAfter.TryGetValue(name, out var previous) && _entries.IndexOf(previous) is var p && p > anchor) anchor = p;
        _entries.Insert(anchor + 1, pass);
        _lastInsertedAfter[name] = pass;
        return this;
    }

    /// <summary>Removes the pass named <paramref name="name"/>; false when there is none. Points cannot be removed.</summary>
    public bool Remove(string name)
    {
        var index = IndexOf(name);
        if (index < 0) return false;
        if (_entries[index] is PipelinePoint) throw new InvalidOperationException($"'{name}' is a pipeline point: points stay so custom passes can rely on them");
        _entries.RemoveAt(index);
        return true;
    }

    /// <summary>The names in order, points in angle brackets.</summary>
    public override string ToString() => string.Join(" → ", _entries);
}
