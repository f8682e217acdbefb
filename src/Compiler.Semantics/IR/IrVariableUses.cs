namespace PythonAot.Compiler.Semantics.IR;

/// <summary>The variables a piece of IR reads and writes (binds, assigns, deletes), nested blocks and flow expressions included.</summary>
public sealed class IrVariableUses : IrVisitor
{
    private IrVariableUses()
    {
    }

    /// <summary>Variables read (loads, captured variables of closures, short-circuit temporaries).</summary>
    public HashSet<IrVariable> Read { get; } = [];

    /// <summary>Variables written (assignment, loop and pattern targets, handler names, yield results, del).</summary>
    public HashSet<IrVariable> Written { get; } = [];

    /// <summary>
    /// Each written variable with the nodes that write it, in walk order: an <see cref="IrAssign"/>, the
    /// <see cref="IrFor"/>, <see cref="IrUnpack"/> or <see cref="IrComprehension"/> binding its target, the
    /// <see cref="IrExceptHandler"/>, <see cref="IrWith"/>, <see cref="IrYield"/>, <see cref="IrDelete"/>,
    /// <see cref="IrAugmentedAssign"/> or <see cref="IrShortCircuit"/>, so an analysis can tell the writes it
    /// understands from every other one.
    /// </summary>
    public Dictionary<IrVariable, List<IrNode>> Writers { get; } = [];

    /// <summary>
    /// Variables that closures made here capture: a nested function may read them and, through <c>nonlocal</c>,
    /// rebind them whenever it is called, so what the code in view writes is not all that writes them.
    /// </summary>
    public HashSet<IrVariable> Captured { get; } = [];

    /// <summary>Collects the uses in <paramref name="node"/>.</summary>
    public static IrVariableUses Collect(IrNode node)
    {
        var uses = new IrVariableUses();
        uses.Visit(node);
        return uses;
    }

    /// <summary>Collects the uses in the body of <paramref name="function"/>.</summary>
    public static IrVariableUses Collect(IrFunction function)
    {
        var uses = new IrVariableUses();
        uses.VisitFunction(function);
        return uses;
    }

    private void Write(IrVariable variable, IrNode writer)
    {
        Written.Add(variable);
        if (!Writers.TryGetValue(variable, out var writers)) Writers[variable] = writers = [];
        writers.Add(writer);
    }

    private void Bind(IrTarget target, IrNode writer)
    {
        foreach (var variable in target.Variables) Write(variable, writer);
    }

    /// <inheritdoc/>
    public override void VisitLoad(IrLoad node) => Read.Add(node.Variable);

    /// <inheritdoc/>
    public override void VisitAssign(IrAssign node)
    {
        Write(node.Target, node);
        base.VisitAssign(node);
    }

    /// <inheritdoc/>
    public override void VisitFor(IrFor node)
    {
        Bind(node.Target, node);
        base.VisitFor(node);
    }

    /// <inheritdoc/>
    public override void VisitUnpack(IrUnpack node)
    {
        Bind(node.Target, node);
        base.VisitUnpack(node);
    }

    /// <inheritdoc/>
    public override void VisitExceptHandler(IrExceptHandler node)
    {
        if (node.Variable is not null) Write(node.Variable, node);
        base.VisitExceptHandler(node);
    }

    /// <inheritdoc/>
    public override void VisitWith(IrWith node)
    {
        Write(node.ContextVariable, node);
        if (node.Target is not null) Write(node.Target, node);
        base.VisitWith(node);
    }

    /// <inheritdoc/>
    public override void VisitYield(IrYield node)
    {
        if (node.Result is not null) Write(node.Result, node);
        base.VisitYield(node);
    }

    /// <inheritdoc/>
    public override void VisitDelete(IrDelete node) => Write(node.Variable, node);

    /// <inheritdoc/>
    public override void VisitAugmentedAssign(IrAugmentedAssign node)
    {
        Read.Add(node.Target);
        Write(node.Target, node);
        base.VisitAugmentedAssign(node);
    }

    /// <inheritdoc/>
    public override void VisitShortCircuit(IrShortCircuit node)
    {
        Write(node.TruthVariable, node);
        Read.Add(node.TruthVariable);
        base.VisitShortCircuit(node);
    }

    /// <inheritdoc/>
    public override void VisitMakeClosure(IrMakeClosure node)
    {
        Read.UnionWith(node.CapturedVariables);
        Captured.UnionWith(node.CapturedVariables);
    }

    /// <inheritdoc/>
    public override void VisitComprehension(IrComprehension node)
    {
        foreach (var clause in node.Clauses)
            if (clause is IrComprehensionFor f) Bind(f.Target, node);
        base.VisitComprehension(node);
    }
}
